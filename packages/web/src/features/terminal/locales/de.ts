import type { Messages } from '../../../app/locales/en.ts';
import type { terminalEn } from './en.ts';

/** German strings of the pod terminal. */
export const terminalDe: Messages<typeof terminalEn> = {
  terminal: {
    tab: 'Terminal',
    container: 'Container',
    mode: 'Terminal-Modus',
    shell: 'Shell',
    attach: 'Anhängen',
    connect: 'Verbinden',
    disconnect: 'Trennen',
    loading: 'Terminal wird geladen…',
    clipboardHint:
      'Kopieren: Text markieren, dann Strg+Umschalt+C. Einfügen: Strg+Umschalt+V. Strg+C unterbricht den Prozess.',
    exited: '[Prozess mit Exit-Code {{code}} beendet; „Verbinden“ startet neu]',
    closedLine: '[Verbindung geschlossen]',
    state: {
      idle: 'Getrennt',
      connecting: 'Verbinde…',
      connectedShell: 'Verbunden ({{shell}})',
      attached: 'Angehängt',
      ended: 'Beendet (Exit-Code {{code}})',
      refused: 'Abgelehnt',
      'no-shell': 'Keine Shell',
    },
    podFailed: 'Der Pod konnte nicht gelesen werden: {{message}}',
    notRunning: 'Der Pod ist {{phase}}; ein Terminal braucht einen laufenden Container.',
    forbidden:
      'Sie dürfen in diesem Pod kein Terminal öffnen. {{reason}} Bitten Sie eine Cluster-Administration um „create“ auf pods/exec (oder pods/attach).',
    refusedChecking: 'Die Verbindung wurde abgelehnt; der Grund wird ermittelt…',
    refused: 'Der Cluster hat das Terminal abgelehnt: {{message}}',
    noShell:
      'Container „{{container}}“ hat weder bash noch sh. Versuchen Sie „Anhängen“, um den Hauptprozess zu erreichen, oder einen Debug-Container mit Shell.',
  },
};

import type { Messages } from '../../../app/locales/en.ts';
import type { portForwardEn } from './en.ts';

/** German strings of port-forwarding. */
export const portForwardDe: Messages<typeof portForwardEn> = {
  portForward: {
    tab: 'Port-Weiterleitung',
    title: 'Port-Weiterleitungen',
    ports: 'Einen Port auf diesen Rechner weiterleiten (nur 127.0.0.1)',
    localPort: 'Lokaler Port',
    auto: 'beliebiger freier Port',
    invalidPort: 'Ein Port von 1 bis 65535, oder leer',
    forward: '{{port}} {{name}} weiterleiten',
    noPorts: 'Dieses {{kind}} deklariert keine TCP-Ports.',
    none: 'Es laufen keine Port-Weiterleitungen.',
    listLabel: 'Port-Weiterleitungen',
    local: 'Lokale Adresse',
    target: 'Ziel',
    state: 'Zustand',
    connections: 'Verbindungen',
    states: { active: 'Aktiv', failed: 'Fehlgeschlagen' },
    stop: 'Beenden',
    remove: 'Entfernen',
    started: 'Weiterleitung läuft: {{url}} öffnen',
    startFailed: 'Die Port-Weiterleitung konnte nicht gestartet werden: {{message}}',
    stopped: 'Weiterleitung auf Port {{port}} beendet',
    stopFailed: 'Die Weiterleitung konnte nicht beendet werden: {{message}}',
    unavailable:
      'Port-Weiterleitungen gibt es nur, wenn Wheelhouse auf Ihrem eigenen Rechner läuft (nicht im Cluster).',
    listFailed: 'Die Port-Weiterleitungen konnten nicht gelesen werden: {{message}}',
    objectFailed: 'Das Objekt konnte nicht gelesen werden: {{message}}',
  },
};

/** German strings of the plugin runtime and the Plugins page. */
import type { Messages } from '../../app/locales/en.ts';
import type { pluginsEn } from './en.ts';

/** German strings. */
export const pluginsDe: Messages<typeof pluginsEn> = {
  plugins: {
    title: 'Plugins',
    subtitle:
      'Erweiterungen aus den Plugin-Ordnern. Plugins laufen mit Ihrer Sitzung: fügen Sie nur vertrauenswürdige Plugins hinzu.',
    settingsLink: 'Plugins',
    settingsHint: 'Plugins ein- und ausschalten und sehen, warum eines nicht lädt.',
    manage: 'Plugins',
    retry: 'Erneut versuchen',
    failedShort: 'Plugin {{plugin}} fehlgeschlagen',
    failedRender: 'Das Plugin „{{plugin}}“ ist fehlgeschlagen: {{message}}',
    loadError: 'Die Plugins konnten nicht aufgelistet werden: {{message}}',
    settingsError: 'plugins.yaml ist nicht lesbar, daher gelten alle Plugins als eingeschaltet: {{message}}',
    empty: 'Noch keine Plugins',
    emptyHint: 'Legen Sie einen Plugin-Ordner (mit package.json) in einen dieser Ordner: {{dirs}}',
    origin: {
      'plugins-dir': 'aus --plugins-dir',
      'config-dir': 'aus dem Konfigurationsordner',
    },
    enable: '{{plugin}} einschalten',
    disable: '{{plugin}} ausschalten',
    readOnly: 'Auf diesem Server schaltet der Betreiber Plugins ein und aus (plugins.yaml).',
    switchFailed: '{{plugin}} konnte nicht umgeschaltet werden: {{message}}',
    status: {
      loaded: 'Geladen',
      loading: 'Wird geladen…',
      disabled: 'Aus',
      unavailable: 'Nicht ladbar',
      failed: 'Fehlgeschlagen',
      waiting: 'Wartet',
    },
    phase: {
      import: 'Sein Code konnte nicht geladen werden',
      export: 'Sein Code ist kein Wheelhouse-Plugin',
      setup: 'Seine Einrichtung ist fehlgeschlagen',
    },
    renderErrors: 'Fehler beim Anzeigen',
    pages: 'Seiten',
    folder: 'Ordner: {{path}}',
    pageNotFound: 'Diese Plugin-Seite gibt es nicht (mehr)',
    pageNotFoundHint: 'Das Plugin ist vielleicht aus, lädt noch, oder bietet die Seite nicht mehr an.',
    confirmAction: '{{action}}: {{name}}?',
    themes: 'Themes aus Plugins',
    themeDefault: 'Wheelhouse (hell oder dunkel wie oben gewählt)',
  },
};

/** Builds the `ctx` one plugin's `setup` receives: every registration is tagged with the plugin. */
import type { ExtensionPoint, PluginContext } from '@wheelhouse/plugin-sdk';
import type { ExtensionPointName, ExtensionPoints, ExtensionRegistry } from './extension-registry.ts';
import type { PluginEvents } from './plugin-events.ts';
import { addPluginTranslations } from './plugin-i18n.ts';

/** What {@link createPluginContext} wires a context to. */
export interface PluginContextDeps {
  readonly registry: ExtensionRegistry;
  readonly events: PluginEvents;
  /** Adds the plugin's strings (default: the app's i18next). */
  readonly addTranslations?: typeof addPluginTranslations;
}

/** Checks the fields every extension of `point` needs, so a mistake is reported at `add`, naming it. */
function check(point: ExtensionPointName, value: unknown): void {
  if (typeof value !== 'object' || value === null) throw new TypeError(`ctx.${point}.add expects an object`);
  const record = value as Record<string, unknown>;
  const needs: Record<ExtensionPointName, readonly string[]> = {
    routes: ['path', 'title', 'component'],
    detailsSections: ['kind', 'id', 'title', 'component'],
    tableColumns: ['kind', 'id', 'header', 'value'],
    appBarActions: ['id', 'component'],
    resourceActions: ['kind', 'id', 'label', 'run'],
    themes: ['id', 'label', 'mode', 'options'],
    settings: ['title', 'component'],
    clusterProviders: ['id', 'title', 'component'],
  };
  const missing = needs[point].filter((field) => record[field] === undefined);
  if (missing.length > 0)
    throw new TypeError(`ctx.${point}.add: missing ${missing.map((f) => `"${f}"`).join(', ')}`);
  if (point === 'routes' && !/^[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_-]+)*$/.test(String(record['path'])))
    throw new TypeError(
      `ctx.routes.add: "path" must be like "overview" or "reports/daily", got "${String(record['path'])}"`,
    );
}

/** The context for `plugin`. */
export function createPluginContext(
  plugin: { readonly name: string; readonly version: string },
  deps: PluginContextDeps,
): PluginContext {
  const point = <P extends ExtensionPointName>(name: P): ExtensionPoint<ExtensionPoints[P]> => ({
    add: (extension) => {
      check(name, extension);
      return deps.registry.add(name, plugin.name, extension);
    },
  });
  return {
    plugin: { name: plugin.name, version: plugin.version },
    routes: point('routes'),
    detailsSections: point('detailsSections'),
    tableColumns: point('tableColumns'),
    appBarActions: point('appBarActions'),
    resourceActions: point('resourceActions'),
    themes: point('themes'),
    settings: point('settings'),
    clusterProviders: point('clusterProviders'),
    events: { on: (event, listener) => deps.events.on(plugin.name, event, listener) },
    i18n: {
      add: (translations) => {
        (deps.addTranslations ?? addPluginTranslations)(plugin.name, translations);
      },
    },
  };
}

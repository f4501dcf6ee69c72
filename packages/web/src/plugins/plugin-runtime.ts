/** The app's one plugin runtime: the extension registry, the event bus and the loader, wired together. */
import { ExtensionRegistry } from './extension-registry.ts';
import { PluginEvents } from './plugin-events.ts';
import { removePluginTranslations } from './plugin-i18n.ts';
import { PluginLoader } from './plugin-loader.ts';

/** Registry, events and loader of one app. */
export interface PluginRuntime {
  readonly registry: ExtensionRegistry;
  readonly events: PluginEvents;
  readonly loader: PluginLoader;
}

/** Builds a runtime; `importModule` defaults to the browser's dynamic `import()`. */
export function createPluginRuntime(
  options: {
    readonly importModule?: (url: string) => Promise<unknown>;
    readonly prepare?: () => Promise<void>;
  } = {},
): PluginRuntime {
  const registry = new ExtensionRegistry();
  const events: PluginEvents = new PluginEvents((plugin, error) => {
    loader.reportRenderError(
      plugin,
      `event listener failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  });
  const loader: PluginLoader = new PluginLoader({
    registry,
    events,
    importModule: options.importModule ?? ((url) => import(/* @vite-ignore */ url) as Promise<unknown>),
    prepare:
      options.prepare ??
      (() =>
        import('./host-modules.ts').then((m) => {
          m.installHostModules();
        })),
    cleanup: (plugin) => {
      events.removePlugin(plugin);
      removePluginTranslations(plugin);
    },
  });
  return { registry, events, loader };
}

/** The runtime of this browser tab. */
export const pluginRuntime: PluginRuntime = createPluginRuntime();

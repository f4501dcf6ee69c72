/**
 * Loads and unloads plugins to match the server's list: an enabled, valid plugin is imported from its entry
 * URL (a new URL — the file changed — reloads it), its `plugin` export checked, and its `setup` run with a
 * context of its own. Whatever fails (import, a wrong export, setup) marks that plugin failed with a message
 * and undoes its registrations; other plugins and the app are not affected. Statuses are a store for
 * `useSyncExternalStore` (the Plugins page shows them).
 */
import type { PluginSummary } from '@wheelhouse/api-types';
import { isDefinedPlugin, PLUGIN_API_VERSION } from '@wheelhouse/plugin-sdk';
import { createPluginContext } from './create-plugin-context.ts';
import type { PluginContextDeps } from './create-plugin-context.ts';

/** Where a plugin stands in this browser tab. */
export type PluginStatus =
  | { readonly state: 'disabled' }
  | { readonly state: 'unavailable' }
  | { readonly state: 'loading' }
  | { readonly state: 'loaded'; readonly renderErrors: readonly string[] }
  | { readonly state: 'failed'; readonly phase: 'import' | 'export' | 'setup'; readonly message: string };

/** Dependencies of {@link PluginLoader}. */
export interface PluginLoaderDeps extends PluginContextDeps {
  /** `import(url)` (injectable for tests). */
  readonly importModule: (url: string) => Promise<unknown>;
  /** Makes React, MUI and the SDK available to plugins before the first import. */
  readonly prepare: () => Promise<void>;
  /** Undoes what the plugin added outside the registry (its strings and event listeners). */
  readonly cleanup: (plugin: string) => void;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** See the module comment. */
export class PluginLoader {
  readonly #deps: PluginLoaderDeps;
  #statuses: ReadonlyMap<string, PluginStatus> = new Map();
  /** Render errors per plugin since its last load (its components may render before setup returns). */
  #renderErrors = new Map<string, readonly string[]>();
  #active = new Map<string, string>();
  #listeners = new Set<() => void>();
  #queue: Promise<void> = Promise.resolve();

  constructor(deps: PluginLoaderDeps) {
    this.#deps = deps;
  }

  /** Brings the loaded set in line with `plugins`; calls are serialised. Never rejects. */
  sync(plugins: readonly PluginSummary[]): Promise<void> {
    this.#queue = this.#queue.then(() => this.#sync(plugins));
    return this.#queue;
  }

  /** Records an error a plugin's component threw while rendering. */
  reportRenderError(plugin: string, message: string): void {
    const errors = this.#renderErrors.get(plugin) ?? [];
    if (!this.#active.has(plugin) || errors.includes(message)) return;
    this.#renderErrors.set(plugin, [...errors, message]);
    if (this.#statuses.get(plugin)?.state === 'loaded')
      this.#set(plugin, { state: 'loaded', renderErrors: [...errors, message] });
  }

  /** The current statuses (a new map after each change). */
  getSnapshot = (): ReadonlyMap<string, PluginStatus> => this.#statuses;

  /** Calls `listener` after each status change. */
  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  };

  async #sync(plugins: readonly PluginSummary[]): Promise<void> {
    const wanted = new Set(plugins.map((p) => p.name));
    for (const name of [...this.#active.keys()]) if (!wanted.has(name)) this.#unload(name);
    for (const name of this.#statuses.keys()) if (!wanted.has(name)) this.#delete(name);
    for (const plugin of plugins) {
      if (!plugin.enabled || plugin.entryUrl === undefined || plugin.errors.length > 0) {
        this.#unload(plugin.name);
        this.#set(plugin.name, { state: plugin.enabled ? 'unavailable' : 'disabled' });
        continue;
      }
      if (this.#active.get(plugin.name) === plugin.entryUrl) continue;
      this.#unload(plugin.name);
      await this.#load(plugin, plugin.entryUrl);
    }
  }

  async #load(plugin: PluginSummary, url: string): Promise<void> {
    this.#active.set(plugin.name, url);
    this.#renderErrors.delete(plugin.name);
    this.#set(plugin.name, { state: 'loading' });
    let module: unknown;
    try {
      await this.#deps.prepare();
      module = await this.#deps.importModule(url);
    } catch (error) {
      this.#fail(plugin.name, 'import', `could not load ${url}: ${messageOf(error)}`);
      return;
    }
    const exported =
      typeof module === 'object' && module !== null
        ? ((module as Record<string, unknown>)['plugin'] ?? (module as Record<string, unknown>)['default'])
        : undefined;
    if (!isDefinedPlugin(exported)) {
      this.#fail(
        plugin.name,
        'export',
        'the entry module exports no plugin: add `export const plugin = definePlugin({ … })`',
      );
      return;
    }
    const apiVersion: unknown = (exported as { readonly apiVersion: unknown }).apiVersion;
    if (apiVersion !== PLUGIN_API_VERSION) {
      this.#fail(
        plugin.name,
        'export',
        `built for plugin API ${String(apiVersion)}; this Wheelhouse has ${String(PLUGIN_API_VERSION)}`,
      );
      return;
    }
    if (exported.name !== plugin.name) {
      this.#fail(
        plugin.name,
        'export',
        `definePlugin names "${exported.name}" but package.json names "${plugin.name}"`,
      );
      return;
    }
    try {
      await exported.setup(createPluginContext({ name: plugin.name, version: plugin.version }, this.#deps));
    } catch (error) {
      this.#fail(plugin.name, 'setup', `setup failed: ${messageOf(error)}`);
      return;
    }
    if (this.#active.get(plugin.name) === url)
      this.#set(plugin.name, { state: 'loaded', renderErrors: this.#renderErrors.get(plugin.name) ?? [] });
  }

  #fail(name: string, phase: 'import' | 'export' | 'setup', message: string): void {
    this.#deps.registry.removePlugin(name);
    this.#deps.cleanup(name);
    this.#set(name, { state: 'failed', phase, message });
  }

  #unload(name: string): void {
    if (!this.#active.delete(name)) return;
    this.#deps.registry.removePlugin(name);
    this.#deps.cleanup(name);
  }

  #set(name: string, status: PluginStatus): void {
    const next = new Map(this.#statuses);
    next.set(name, status);
    this.#statuses = next;
    for (const listener of [...this.#listeners]) listener();
  }

  #delete(name: string): void {
    const next = new Map(this.#statuses);
    next.delete(name);
    this.#statuses = next;
    for (const listener of [...this.#listeners]) listener();
  }
}

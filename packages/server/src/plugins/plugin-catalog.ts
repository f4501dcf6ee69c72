/**
 * The plugins the server knows: scans the plugin directories on first use and on `reload()`, keeps the
 * result, tells subscribers when it changed, and in local mode watches the directories (and
 * `<config-dir>`, for plugins.yaml and a plugins folder that appears later) so a rebuilt or added plugin is
 * picked up without a restart.
 */
import { watch as fsWatch } from 'node:fs';
import type { FSWatcher } from 'node:fs';
import path from 'node:path';
import type { PluginListResponse, PluginSummary } from '@wheelhouse/api-types';
import { ForbiddenError, NotFoundError } from '../http/errors.ts';
import { scanPlugins } from './plugin-scanner.ts';
import type { PluginDir, PluginRecord } from './plugin-scanner.ts';
import { PluginStateStore } from './plugin-state-store.ts';

/** Options of {@link PluginCatalog}. */
export interface PluginCatalogOptions {
  /** Directories in precedence order. */
  readonly dirs: readonly PluginDir[];
  /** plugins.yaml. */
  readonly stateFile: string;
  readonly baseUrl: string;
  /** Whether `PATCH /api/plugins/NAME` may switch plugins (local mode). */
  readonly canConfigure: boolean;
  /** Directories to watch for changes besides `dirs` (non-recursively); default none. */
  readonly watchExtra?: readonly string[];
  /** Quiet time after the last file event before rescanning (default 150 ms). */
  readonly debounceMs?: number;
  /** Watches a directory (default node:fs `watch`); injectable for tests. */
  readonly watchDir?: (dir: string, recursive: boolean, onChange: () => void) => FSWatcher | undefined;
  /** Reports a watch or scan failure (default: ignore). */
  readonly onError?: (error: unknown) => void;
}

/** The plugin directories of a server configuration: `--plugins-dir`, then `<config-dir>/plugins`. */
export function pluginDirsOf(config: {
  readonly pluginsDir: string;
  readonly configDir: string;
}): PluginDir[] {
  const inConfig = path.join(config.configDir, 'plugins');
  if (path.resolve(config.pluginsDir) === path.resolve(inConfig))
    return [{ kind: 'config-dir', dir: inConfig }];
  return [
    { kind: 'plugins-dir', dir: config.pluginsDir },
    { kind: 'config-dir', dir: inConfig },
  ];
}

function defaultWatchDir(dir: string, recursive: boolean, onChange: () => void): FSWatcher | undefined {
  try {
    return fsWatch(dir, { recursive, persistent: false }, onChange);
  } catch {
    return undefined;
  }
}

/** See the module comment. */
export class PluginCatalog {
  readonly #options: PluginCatalogOptions;
  #records: PluginRecord[] = [];
  #settingsError: string | undefined;
  #loaded: Promise<void> | undefined;
  #listeners = new Set<() => void>();
  #watchers = new Map<string, FSWatcher>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #watching = false;

  constructor(options: PluginCatalogOptions) {
    this.#options = options;
  }

  /** The `GET /api/plugins` body (scans first if never scanned). */
  async list(): Promise<PluginListResponse> {
    await this.#ensureLoaded();
    return {
      plugins: this.#records.map((record) => record.summary),
      canConfigure: this.#options.canConfigure,
      dirs: this.#options.dirs.map((dir) => ({ kind: dir.kind, dir: dir.dir })),
      ...(this.#settingsError === undefined ? {} : { settingsError: this.#settingsError }),
    };
  }

  /** The plugin that serves files under `name` (the first found with that name), if any. */
  async find(name: string): Promise<PluginRecord | undefined> {
    await this.#ensureLoaded();
    return this.#records.find((record) => record.summary.name === name);
  }

  /** Turns a plugin on or off in plugins.yaml, rescans, and returns its new summary. */
  async setEnabled(name: string, enabled: boolean): Promise<PluginSummary> {
    if (!this.#options.canConfigure)
      throw new ForbiddenError(
        'plugins are switched on and off in <config-dir>/plugins.yaml by the operator on this server (in-cluster mode)',
      );
    if ((await this.find(name)) === undefined)
      throw new NotFoundError(`there is no plugin named "${name}"`, 'name');
    await new PluginStateStore(this.#options.stateFile).setEnabled(name, enabled);
    await this.reload();
    const record = await this.find(name);
    if (record === undefined) throw new NotFoundError(`the plugin "${name}" disappeared`, 'name');
    return record.summary;
  }

  /** Rescans now; subscribers hear of it when something changed. */
  reload(): Promise<void> {
    this.#loaded = this.#scan();
    return this.#loaded;
  }

  /** Calls `listener` after each change of the list or of a plugin's entry module. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  /** Starts watching the directories (local mode). */
  watch(): void {
    this.#watching = true;
    this.#rewatch();
  }

  /** Stops watching. */
  close(): void {
    this.#watching = false;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    for (const watcher of this.#watchers.values()) watcher.close();
    this.#watchers.clear();
  }

  #ensureLoaded(): Promise<void> {
    this.#loaded ??= this.#scan();
    return this.#loaded;
  }

  async #scan(): Promise<void> {
    const states = await new PluginStateStore(this.#options.stateFile).read();
    const records = await scanPlugins({
      dirs: this.#options.dirs,
      disabled: states.disabled,
      baseUrl: this.#options.baseUrl,
    });
    const changed =
      JSON.stringify(records.map((r) => r.summary)) !== JSON.stringify(this.#records.map((r) => r.summary)) ||
      states.problem !== this.#settingsError;
    this.#records = records;
    this.#settingsError = states.problem;
    if (this.#watching) this.#rewatch();
    if (changed) for (const listener of [...this.#listeners]) listener();
  }

  #schedule = (): void => {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.reload().catch((error: unknown) => this.#options.onError?.(error));
    }, this.#options.debounceMs ?? 150);
  };

  /** Watches each existing plugin directory recursively and the extra directories flatly. */
  #rewatch(): void {
    const wanted = new Map<string, boolean>([
      ...this.#options.dirs.map((dir) => [dir.dir, true] as const),
      ...(this.#options.watchExtra ?? []).map((dir) => [dir, false] as const),
    ]);
    const watchDir = this.#options.watchDir ?? defaultWatchDir;
    for (const [dir, recursive] of wanted) {
      if (this.#watchers.has(dir)) continue;
      const watcher = watchDir(dir, recursive, this.#schedule);
      if (watcher === undefined) continue;
      watcher.on('error', () => {
        watcher.close();
        this.#watchers.delete(dir);
        this.#schedule();
      });
      this.#watchers.set(dir, watcher);
    }
  }
}

/**
 * The kubeconfig cluster source: every context of every kubeconfig file, kept live. Each load replaces the
 * source's clusters in the registry atomically; a missing or broken file is reported (per file) and never
 * hides the contexts of the other files.
 *
 * Live reload: each file's directory is watched (`fs.watch`), not the file itself, so editors that write a
 * temporary file and rename it over the original are seen, as are files that appear later. Events are
 * debounced. Because `fs.watch` is unreliable on some file systems (network mounts, some containers) and
 * fails for directories that do not exist yet, every file is also polled (`stat`) as a fallback.
 */
import { watch as fsWatch } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { systemClock } from '../util/clock.ts';
import type { Clock, ClockTimer } from '../util/clock.ts';
import { silentLogger } from '../util/logger.ts';
import type { ServiceLogger } from '../util/logger.ts';
import type { Cluster, ClusterCredentials } from './cluster.ts';
import type { ClusterRegistry } from './cluster-registry.ts';
import type { KubeconfigCredentialsInput } from './credentials.ts';
import { loadKubeconfigClusters } from './kubeconfig-loader.ts';

/** The file-system operations the source uses. */
export interface KubeconfigFs {
  readFile(file: string): Promise<string>;
  /** A change signature of the file (e.g. inode, size, mtime); rejects when it does not exist. */
  signature(file: string): Promise<string>;
  /** Watches a directory; the listener gets the changed file name (or null). May throw. */
  watchDir(dir: string, listener: (filename: string | null) => void, onError: () => void): { close(): void };
}

/** The real file system. */
export const nodeKubeconfigFs: KubeconfigFs = {
  readFile: (file) => readFile(file, 'utf8'),
  async signature(file) {
    const info = await stat(file);
    return `${info.ino}:${info.size}:${info.mtimeMs}`;
  },
  watchDir(dir, listener, onError) {
    const watcher = fsWatch(dir, { persistent: false }, (_event, filename) => {
      listener(filename);
    });
    watcher.on('error', onError);
    return watcher;
  },
};

/** Options of {@link KubeconfigSource}. */
export interface KubeconfigSourceOptions {
  /** Files in precedence order. */
  readonly paths: readonly string[];
  readonly registry: ClusterRegistry;
  readonly fs?: KubeconfigFs;
  readonly clock?: Clock;
  readonly logger?: ServiceLogger;
  /** Delay after a watch event before reloading (default 100 ms). */
  readonly debounceMs?: number;
  /** Polling interval of the fallback (default 1000 ms). */
  readonly pollIntervalMs?: number;
  readonly createCredentials?: (input: KubeconfigCredentialsInput) => ClusterCredentials;
}

/** Registry source id of kubeconfig clusters. */
export const KUBECONFIG_SOURCE_ID = 'kubeconfig';

/** Loads kubeconfig files into the registry and keeps them in sync. */
export class KubeconfigSource {
  readonly #options: KubeconfigSourceOptions;
  readonly #fs: KubeconfigFs;
  readonly #clock: Clock;
  readonly #logger: ServiceLogger;
  readonly #watchers = new Map<string, { close(): void }>();
  #previous: ReadonlyMap<string, Cluster> = new Map();
  #signatures = '';
  #running: Promise<void> | undefined;
  #dirty = false;
  #closed = false;
  #debounce: ClockTimer | undefined;
  #poll: ClockTimer | undefined;

  constructor(options: KubeconfigSourceOptions) {
    this.#options = options;
    this.#fs = options.fs ?? nodeKubeconfigFs;
    this.#clock = options.clock ?? systemClock;
    this.#logger = options.logger ?? silentLogger;
    options.registry.declareSource(KUBECONFIG_SOURCE_ID);
  }

  /** First load, then watching and polling. Resolves when the first load is in the registry. */
  async start(): Promise<void> {
    await this.reload();
    this.#ensureWatchers();
    this.#poll = this.#clock.setInterval(() => {
      void this.#pollOnce();
    }, this.#options.pollIntervalMs ?? 1000);
  }

  /** Reloads every file now. Concurrent calls coalesce into at most one more load. */
  reload(): Promise<void> {
    if (this.#running !== undefined) {
      this.#dirty = true;
      return this.#running;
    }
    this.#running = (async () => {
      do {
        this.#dirty = false;
        await this.#loadOnce();
      } while (this.#shouldReloadAgain());
    })().finally(() => {
      this.#running = undefined;
    });
    return this.#running;
  }

  /** Stops watching and polling. */
  close(): void {
    this.#closed = true;
    if (this.#debounce !== undefined) this.#clock.clear(this.#debounce);
    if (this.#poll !== undefined) this.#clock.clear(this.#poll);
    for (const watcher of this.#watchers.values()) watcher.close();
    this.#watchers.clear();
  }

  async #loadOnce(): Promise<void> {
    const { registry, paths } = this.#options;
    this.#signatures = await this.#currentSignatures();
    const reserved = new Set(
      registry
        .list()
        .map((cluster) => cluster.name)
        .filter((name) => registry.sourceOf(name) !== KUBECONFIG_SOURCE_ID),
    );
    const load = await loadKubeconfigClusters(paths, {
      readFile: (file) => this.#fs.readFile(file),
      reserved,
      previous: this.#previous,
      createCredentials: this.#options.createCredentials,
    });
    if (this.#closed) return;
    this.#previous = load.byFingerprint;
    const errors = load.errors.map((error) => ({ source: KUBECONFIG_SOURCE_ID, ...error }));
    for (const error of load.errors) this.#logger.warn({ file: error.file }, `kubeconfig: ${error.message}`);
    registry.replaceSource(KUBECONFIG_SOURCE_ID, load.clusters, errors);
    this.#logger.debug({ clusters: load.clusters.length }, 'kubeconfig loaded');
  }

  async #currentSignatures(): Promise<string> {
    const parts = await Promise.all(
      this.#options.paths.map((file) => this.#fs.signature(file).catch(() => 'missing')),
    );
    return parts.join('|');
  }

  async #pollOnce(): Promise<void> {
    if (this.#closed) return;
    this.#ensureWatchers();
    const signatures = await this.#currentSignatures();
    if (signatures !== this.#signatures && this.#isOpen()) await this.reload();
  }

  // Methods, not inline checks: the flags change while a load is awaited.
  #shouldReloadAgain(): boolean {
    return this.#dirty && !this.#closed;
  }

  #isOpen(): boolean {
    return !this.#closed;
  }

  #schedule(): void {
    if (this.#closed) return;
    if (this.#debounce !== undefined) this.#clock.clear(this.#debounce);
    this.#debounce = this.#clock.setTimeout(() => {
      this.#debounce = undefined;
      void this.reload();
    }, this.#options.debounceMs ?? 100);
  }

  #ensureWatchers(): void {
    const byDir = new Map<string, Set<string>>();
    for (const file of this.#options.paths) {
      const dir = path.dirname(file);
      const names = byDir.get(dir) ?? new Set<string>();
      names.add(path.basename(file));
      byDir.set(dir, names);
    }
    for (const [dir, names] of byDir) {
      if (this.#watchers.has(dir) || this.#closed) continue;
      try {
        const watcher = this.#fs.watchDir(
          dir,
          (filename) => {
            if (filename === null || names.has(path.basename(filename))) this.#schedule();
          },
          () => {
            this.#watchers.get(dir)?.close();
            this.#watchers.delete(dir);
          },
        );
        this.#watchers.set(dir, watcher);
      } catch {
        // The directory may not exist yet; polling covers it and the next poll tries again.
      }
    }
  }
}

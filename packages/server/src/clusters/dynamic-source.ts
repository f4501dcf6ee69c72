/**
 * The dynamic cluster source (local mode): clusters added, renamed and removed at run time through the
 * API, held in the shared `ClusterRegistry` under source id `dynamic`, and — when added with `persist` —
 * saved in clusters.yaml (cluster-store.ts) and reloaded at start.
 *
 * Operations run one at a time (a queue), so a check and the change it guards cannot interleave with
 * another operation. Order within one: file first (under its inter-process lock), then the registry; if the
 * registry refuses (a kubeconfig reload took the name meanwhile), the file change is undone. Wheelhouse
 * never edits kubeconfig files: only `dynamic` clusters can be renamed or removed.
 */
import { ConflictError, ForbiddenError, NotFoundError } from '../http/errors.ts';
import { silentLogger } from '../util/logger.ts';
import type { ServiceLogger } from '../util/logger.ts';
import type { Cluster } from './cluster.ts';
import { buildCluster } from './cluster-definition.ts';
import type { BuildClusterOptions, ClusterDefinition } from './cluster-definition.ts';
import type { ClusterRegistry } from './cluster-registry.ts';
import type { ClusterStore, StoredCluster } from './cluster-store.ts';
import { chooseNames } from './cluster-admission.ts';
import type { NameConflictPolicy } from '@wheelhouse/api-types';

/** Registry source id of dynamic clusters. */
export const DYNAMIC_SOURCE_ID = 'dynamic';

/** Options of {@link DynamicSource}. */
export interface DynamicSourceOptions {
  readonly registry: ClusterRegistry;
  /** clusters.yaml; undefined when persistence is off (`--no-persist-clusters`). */
  readonly store?: ClusterStore | undefined;
  readonly build: BuildClusterOptions;
  readonly logger?: ServiceLogger;
}

interface Entry {
  readonly definition: ClusterDefinition;
  readonly persisted: boolean;
}

/** Adds, renames and removes dynamic clusters, keeping the registry and clusters.yaml in step. */
export class DynamicSource {
  readonly #options: DynamicSourceOptions;
  readonly #entries = new Map<string, Entry>();
  readonly #logger: ServiceLogger;
  #queue: Promise<unknown> = Promise.resolve();
  #storeProblem: string | undefined;

  constructor(options: DynamicSourceOptions) {
    this.#options = options;
    this.#logger = options.logger ?? silentLogger;
  }

  /**
   * Loads clusters.yaml (if persistence is on) into the registry. Call after the kubeconfig source (whose
   * names win); declare {@link DYNAMIC_SOURCE_ID} on the registry first if readiness should wait for it.
   */
  start(): Promise<void> {
    return this.#serial(async () => {
      const store = this.#options.store;
      if (store === undefined) {
        this.#options.registry.markLoaded(DYNAMIC_SOURCE_ID);
        return;
      }
      let stored: readonly StoredCluster[] = [];
      try {
        const read = await store.load();
        stored = read.clusters;
        this.#noteProblem(read.problem);
      } catch (error) {
        this.#noteProblem(`cannot read ${store.file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
      }
      const clusters = stored.flatMap(({ name, definition }) => {
        const built = buildCluster(
          name,
          definition,
          { type: 'dynamic', persisted: true },
          this.#options.build,
        );
        if ('error' in built) return [];
        this.#entries.set(name, { definition, persisted: true });
        return [built.value];
      });
      this.#publishErrors(clusters);
      for (const name of [...this.#entries.keys()])
        if (this.#options.registry.sourceOf(name) !== DYNAMIC_SOURCE_ID) this.#entries.delete(name);
    });
  }

  /**
   * Adds `definitions` under free names, all or nothing. Returns the clusters in order. A dry run makes the
   * same checks (persistence allowed, names free or chosen) and returns the clusters without adding them.
   */
  add(
    definitions: readonly ClusterDefinition[],
    persist: boolean,
    onConflict: NameConflictPolicy,
    dryRun = false,
  ): Promise<Cluster[]> {
    return this.#serial(async () => {
      const { registry, store } = this.#options;
      if (persist && store === undefined)
        throw new ForbiddenError(
          'persistence is off: Wheelhouse was started with --no-persist-clusters',
          'persist',
        );
      let names = chooseNames(definitions, (name) => registry.get(name) !== undefined, onConflict);
      if (persist && store !== undefined && !dryRun) {
        await this.#update(store, (current) => {
          const inFile = new Set(current.map((entry) => entry.name));
          names = chooseNames(
            definitions,
            (name) => registry.get(name) !== undefined || inFile.has(name),
            onConflict,
          );
          return [
            ...current,
            ...names.map((name, index) => ({ name, definition: definitions[index] as ClusterDefinition })),
          ];
        });
      }
      const clusters = names.map((name, index) => {
        const definition = definitions[index] as ClusterDefinition;
        const built = buildCluster(
          name,
          definition,
          { type: 'dynamic', persisted: persist },
          this.#options.build,
        );
        if ('error' in built) throw new Error(built.error.message); // checked before: cannot happen
        return built.value;
      });
      if (dryRun) return clusters;
      try {
        registry.add(DYNAMIC_SOURCE_ID, clusters);
      } catch (error) {
        if (persist && store !== undefined) {
          const added = new Set(names);
          await this.#update(store, (current) => current.filter((entry) => !added.has(entry.name)));
        }
        throw error;
      }
      names.forEach((name, index) =>
        this.#entries.set(name, { definition: definitions[index] as ClusterDefinition, persisted: persist }),
      );
      return clusters;
    });
  }

  /** Renames a dynamic cluster (and its clusters.yaml entry). */
  rename(from: string, to: string): Promise<Cluster> {
    return this.#serial(async () => {
      const { registry, store } = this.#options;
      const entry = this.#ownEntry(from, 'renamed');
      if (from === to) return registry.get(from) as Cluster;
      if (registry.get(to) !== undefined)
        throw new ConflictError(`a cluster named "${to}" already exists`, 'name');
      if (entry.persisted && store !== undefined) {
        await this.#update(store, (current) => {
          if (current.some((stored) => stored.name === to))
            throw new ConflictError(`a cluster named "${to}" is already saved in ${store.file}`, 'name');
          return [
            ...current.filter((stored) => stored.name !== from),
            { name: to, definition: entry.definition },
          ];
        });
      }
      const cluster = registry.rename(from, to);
      this.#entries.delete(from);
      this.#entries.set(to, entry);
      return cluster;
    });
  }

  /** Removes a dynamic cluster (and its clusters.yaml entry); its proxy streams are closed by the app. */
  remove(name: string): Promise<void> {
    return this.#serial(async () => {
      const { registry, store } = this.#options;
      const entry = this.#ownEntry(name, 'removed');
      if (entry.persisted && store !== undefined)
        await this.#update(store, (current) => current.filter((stored) => stored.name !== name));
      registry.remove(name);
      this.#entries.delete(name);
    });
  }

  #ownEntry(name: string, verb: string): Entry {
    const entry = this.#entries.get(name);
    if (entry !== undefined && this.#options.registry.sourceOf(name) === DYNAMIC_SOURCE_ID) return entry;
    const cluster = this.#options.registry.get(name);
    if (cluster === undefined) throw new NotFoundError(`no cluster named "${name}"`, 'name');
    const from =
      cluster.source.type === 'kubeconfig'
        ? `the kubeconfig file ${cluster.source.file}`
        : `the ${cluster.source.type} source`;
    throw new ConflictError(
      `cluster "${name}" comes from ${from} and cannot be ${verb}: Wheelhouse never edits or deletes your kubeconfig files (hide the cluster in the UI instead)`,
      'name',
    );
  }

  async #update(
    store: ClusterStore,
    change: (current: readonly StoredCluster[]) => readonly StoredCluster[],
  ): Promise<void> {
    const read = await store.update(change);
    if (read.problem !== undefined) {
      this.#noteProblem(read.problem);
      this.#publishErrors(
        this.#options.registry
          .list()
          .filter((c) => this.#options.registry.sourceOf(c.name) === DYNAMIC_SOURCE_ID),
      );
    }
  }

  #noteProblem(problem: string | undefined): void {
    if (problem === undefined) return;
    this.#storeProblem = problem;
    this.#logger.error({ file: this.#options.store?.file }, `dynamic clusters: ${problem}`);
  }

  #publishErrors(clusters: readonly Cluster[]): void {
    const file = this.#options.store?.file;
    const errors =
      this.#storeProblem === undefined
        ? []
        : [
            {
              source: DYNAMIC_SOURCE_ID,
              message: this.#storeProblem,
              ...(file === undefined ? {} : { file }),
            },
          ];
    this.#options.registry.replaceSource(DYNAMIC_SOURCE_ID, clusters, errors);
  }

  #serial<T>(operation: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(operation, operation);
    this.#queue = run.catch(() => undefined);
    return run;
  }
}

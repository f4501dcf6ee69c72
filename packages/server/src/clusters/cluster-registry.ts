/**
 * The single place every cluster source adds to (kubeconfig, in-cluster, and later dynamic and plugin
 * sources), and the one every reader asks. It holds each cluster with the id of the source that owns it,
 * the last reachability status, and each source's errors; every change is announced as a typed event after
 * the state is updated, so a listener always sees a consistent registry.
 */
import type { ClusterStatus, SourceError } from '@wheelhouse/api-types';
import { ConflictError, InputError, NotFoundError } from '../http/errors.ts';
import { TypedEmitter } from '../util/typed-emitter.ts';
import type { Cluster } from './cluster.ts';
import { isValidClusterName } from './cluster-name.ts';

/** A change in the registry. */
export type RegistryEvent =
  | { readonly type: 'added'; readonly cluster: Cluster }
  | { readonly type: 'updated'; readonly cluster: Cluster; readonly previous: Cluster }
  | { readonly type: 'removed'; readonly cluster: Cluster }
  | { readonly type: 'renamed'; readonly from: string; readonly cluster: Cluster }
  | { readonly type: 'status'; readonly name: string; readonly status: ClusterStatus }
  | { readonly type: 'source-errors'; readonly source: string; readonly errors: readonly SourceError[] };

interface Entry {
  readonly cluster: Cluster;
  readonly sourceId: string;
  readonly status: ClusterStatus;
}

interface SourceState {
  loaded: boolean;
  errors: readonly SourceError[];
}

const UNKNOWN: ClusterStatus = { state: 'unknown' };

/** The registry of all clusters. */
export class ClusterRegistry {
  readonly #entries = new Map<string, Entry>();
  readonly #sources = new Map<string, SourceState>();
  readonly #events: TypedEmitter<RegistryEvent>;

  constructor(options: { onListenerError?: (error: unknown) => void } = {}) {
    this.#events = new TypedEmitter(options.onListenerError);
  }

  /** The cluster called `name`, if any. */
  get(name: string): Cluster | undefined {
    return this.#entries.get(name)?.cluster;
  }

  /** All clusters, sorted by name. */
  list(): Cluster[] {
    return [...this.#entries.values()].map((entry) => entry.cluster).sort((a, b) => compare(a.name, b.name));
  }

  /** Id of the source that owns `name`, if any. */
  sourceOf(name: string): string | undefined {
    return this.#entries.get(name)?.sourceId;
  }

  /** The last reachability status of `name` (`unknown` until probed or when there is no such cluster). */
  status(name: string): ClusterStatus {
    return this.#entries.get(name)?.status ?? UNKNOWN;
  }

  /** Errors of every source, in source declaration order. */
  sourceErrors(): SourceError[] {
    return [...this.#sources.values()].flatMap((source) => source.errors);
  }

  /** Announces a source that will load; the registry is ready once every declared source has loaded. */
  declareSource(sourceId: string): void {
    if (!this.#sources.has(sourceId)) this.#sources.set(sourceId, { loaded: false, errors: [] });
  }

  /** True once every declared source has called {@link replaceSource} (or {@link markLoaded}) once. */
  isReady(): boolean {
    return [...this.#sources.values()].every((source) => source.loaded);
  }

  /** Marks a source as loaded without changing its clusters. */
  markLoaded(sourceId: string): void {
    this.#source(sourceId).loaded = true;
  }

  /** Subscribes to changes; returns the unsubscribe function. */
  subscribe(listener: (event: RegistryEvent) => void): () => void {
    return this.#events.subscribe(listener);
  }

  /**
   * Replaces everything `sourceId` owns with `clusters`, atomically: the state is complete before any event
   * fires. The same object as before → no event; a new object under an existing name → `updated`. A name
   * held by another source, a duplicate or an invalid name is left out and reported as a source error.
   */
  replaceSource(sourceId: string, clusters: readonly Cluster[], errors: readonly SourceError[] = []): void {
    const source = this.#source(sourceId);
    const allErrors = [...errors];
    const incoming = new Map<string, Cluster>();
    for (const cluster of clusters) {
      const problem = this.#replaceProblem(sourceId, cluster, incoming);
      if (problem === undefined) incoming.set(cluster.name, cluster);
      else allErrors.push({ source: sourceId, message: problem });
    }
    const events: RegistryEvent[] = [];
    for (const [name, entry] of this.#entries) {
      if (entry.sourceId === sourceId && !incoming.has(name)) {
        this.#entries.delete(name);
        events.push({ type: 'removed', cluster: entry.cluster });
      }
    }
    for (const cluster of incoming.values()) {
      const previous = this.#entries.get(cluster.name);
      if (previous?.cluster === cluster) continue;
      this.#entries.set(cluster.name, { cluster, sourceId, status: UNKNOWN });
      events.push(
        previous === undefined
          ? { type: 'added', cluster }
          : { type: 'updated', cluster, previous: previous.cluster },
      );
    }
    const errorsChanged = JSON.stringify(source.errors) !== JSON.stringify(allErrors);
    source.errors = allErrors;
    source.loaded = true;
    if (errorsChanged) events.push({ type: 'source-errors', source: sourceId, errors: allErrors });
    for (const event of events) this.#events.emit(event);
  }

  #replaceProblem(
    sourceId: string,
    cluster: Cluster,
    incoming: ReadonlyMap<string, Cluster>,
  ): string | undefined {
    if (!isValidClusterName(cluster.name)) return `invalid cluster name "${cluster.name}"`;
    if (incoming.has(cluster.name)) return `duplicate cluster name "${cluster.name}"`;
    const owner = this.#entries.get(cluster.name)?.sourceId;
    if (owner !== undefined && owner !== sourceId) {
      return `cluster name "${cluster.name}" is already used by source "${owner}"`;
    }
    return undefined;
  }

  /**
   * Adds clusters for `sourceId`, all or nothing. Throws `InputError('name')` for an invalid name and
   * `ConflictError('name')` when a name is taken or repeated in the batch; then nothing is added.
   */
  add(sourceId: string, clusters: readonly Cluster[]): void {
    const names = new Set<string>();
    for (const cluster of clusters) {
      if (!isValidClusterName(cluster.name))
        throw new InputError('name', `invalid cluster name "${cluster.name}"`);
      if (names.has(cluster.name) || this.#entries.has(cluster.name)) {
        throw new ConflictError(`a cluster named "${cluster.name}" already exists`, 'name');
      }
      names.add(cluster.name);
    }
    this.#source(sourceId).loaded = true;
    for (const cluster of clusters) this.#entries.set(cluster.name, { cluster, sourceId, status: UNKNOWN });
    for (const cluster of clusters) this.#events.emit({ type: 'added', cluster });
  }

  /** Renames a cluster, keeping its source, credentials and status. Returns the renamed cluster. */
  rename(from: string, to: string): Cluster {
    const entry = this.#entries.get(from);
    if (entry === undefined) throw new NotFoundError(`no cluster named "${from}"`, 'name');
    if (!isValidClusterName(to)) throw new InputError('newName', `invalid cluster name "${to}"`);
    if (from === to) return entry.cluster;
    if (this.#entries.has(to)) throw new ConflictError(`a cluster named "${to}" already exists`, 'newName');
    const cluster: Cluster = { ...entry.cluster, name: to };
    this.#entries.delete(from);
    this.#entries.set(to, { ...entry, cluster });
    this.#events.emit({ type: 'renamed', from, cluster });
    return cluster;
  }

  /** Removes a cluster; returns it. Throws `NotFoundError('name')` when there is none. */
  remove(name: string): Cluster {
    const entry = this.#entries.get(name);
    if (entry === undefined) throw new NotFoundError(`no cluster named "${name}"`, 'name');
    this.#entries.delete(name);
    this.#events.emit({ type: 'removed', cluster: entry.cluster });
    return entry.cluster;
  }

  /**
   * Records a probe result for exactly this cluster object: if the cluster was replaced, renamed or removed
   * meanwhile, the stale result is dropped. Emits `status` only when the state, reason or message changed.
   */
  setStatus(cluster: Cluster, status: ClusterStatus): void {
    const entry = this.#entries.get(cluster.name);
    if (entry?.cluster !== cluster) return;
    const before = entry.status;
    this.#entries.set(cluster.name, { ...entry, status });
    const changed =
      before.state !== status.state || before.reason !== status.reason || before.message !== status.message;
    if (changed) this.#events.emit({ type: 'status', name: cluster.name, status });
  }

  #source(sourceId: string): SourceState {
    let source = this.#sources.get(sourceId);
    if (source === undefined) {
      source = { loaded: false, errors: [] };
      this.#sources.set(sourceId, source);
    }
    return source;
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

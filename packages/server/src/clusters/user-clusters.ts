/**
 * In-cluster mode with dynamic clusters: the clusters each user added, visible and usable only with that
 * user's key cookie (security/user-key.ts). The server holds, per user id, each cluster's public facts
 * (name, server URL, auth kind) in the clear and its definition — the credentials — only as AES-256-GCM
 * ciphertext under the user's key, bound to the user id and cluster name. Nothing is written to disk.
 *
 * For each proxied request the definition is decrypted and a fresh `Cluster` with its own credential
 * context is built, under a connection key unique to the request; when the exchange ends the proxy releases
 * it and its connection state (pools, TLS context holding a client key) is closed, so no decrypted
 * credential outlives the request. Removing or renaming a cluster closes the user's open streams on it.
 */
import type { ClusterEvent, ClusterStatus, ClusterSummary, NameConflictPolicy } from '@wheelhouse/api-types';
import type { ClusterVerification } from '@wheelhouse/api-types';
import type { FastifyRequest } from 'fastify';
import { ConflictError, ForbiddenError, NotFoundError } from '../http/errors.ts';
import { seal, unseal } from '../security/user-key.ts';
import type { Sealed, UserKey } from '../security/user-key.ts';
import { systemClock } from '../util/clock.ts';
import type { Clock } from '../util/clock.ts';
import { TypedEmitter } from '../util/typed-emitter.ts';
import type { Cluster } from './cluster.ts';
import { chooseNames } from './cluster-admission.ts';
import { authTypeOfDefinition, buildCluster } from './cluster-definition.ts';
import type { BuildClusterOptions, ClusterDefinition } from './cluster-definition.ts';
import type { ClusterRegistry } from './cluster-registry.ts';

/** Options of {@link UserClusters}. */
export interface UserClustersOptions {
  /** Names held in the registry are not available to users. */
  readonly registry: ClusterRegistry;
  readonly build: BuildClusterOptions;
  readonly clock?: Clock;
  /** Default 50. */
  readonly maxClustersPerUser?: number;
  /** Users beyond this are dropped, least recently active first (default 10 000). */
  readonly maxUsers?: number;
  /** A user's clusters are dropped after this long without use (default 24 h). */
  readonly idleMs?: number;
}

interface StoredUserCluster {
  readonly summary: ClusterSummary;
  readonly sealed: Sealed;
}

interface UserState {
  readonly clusters: Map<string, StoredUserCluster>;
  lastUsed: number;
}

/** A change of one user's clusters, for that user's event streams. */
export interface UserClusterEvent {
  readonly userId: string;
  readonly event: ClusterEvent;
}

/** The clusters only the requesting user sees, for `/api/config` and the events stream. */
export interface PrivateClusters {
  list(request: FastifyRequest): ClusterSummary[];
  subscribe(request: FastifyRequest, listener: (event: ClusterEvent) => void): () => void;
}

/** The per-user cluster sets. */
export class UserClusters {
  /** Closes the proxy's connection state of a key; set by the app once the proxy exists. */
  closeConnection: (connectionKey: string) => void = () => undefined;
  readonly #options: UserClustersOptions;
  readonly #clock: Clock;
  readonly #users = new Map<string, UserState>();
  readonly #live = new Map<string, Set<string>>();
  readonly #events = new TypedEmitter<UserClusterEvent>();
  #sequence = 0;

  constructor(options: UserClustersOptions) {
    this.#options = options;
    this.#clock = options.clock ?? systemClock;
  }

  /** Summaries of the user's clusters, sorted by name. */
  list(key: UserKey | undefined): ClusterSummary[] {
    const user = key === undefined ? undefined : this.#user(key, false);
    return [...(user?.clusters.values() ?? [])]
      .map((entry) => entry.summary)
      .sort((a, b) => (a.name < b.name ? -1 : 1));
  }

  /** The {@link PrivateClusters} view, keyed by `keyOf(request)`. */
  view(keyOf: (request: FastifyRequest) => UserKey | undefined): PrivateClusters {
    return {
      list: (request) => this.list(keyOf(request)),
      subscribe: (request, listener) => {
        const key = keyOf(request);
        return key === undefined ? () => undefined : this.subscribe(key.id, listener);
      },
    };
  }

  /** Subscribes to changes of one user's clusters. */
  subscribe(userId: string, listener: (event: ClusterEvent) => void): () => void {
    return this.#events.subscribe((change) => {
      if (change.userId === userId) listener(change.event);
    });
  }

  /** Adds checked definitions for the user, all or nothing; a dry run checks the same and adds nothing. */
  add(
    key: UserKey,
    definitions: readonly ClusterDefinition[],
    onConflict: NameConflictPolicy,
    verification: readonly ClusterVerification[],
    dryRun = false,
  ): ClusterSummary[] {
    this.#sweep();
    const user = this.#user(key, true) as UserState;
    const max = this.#options.maxClustersPerUser ?? 50;
    if (user.clusters.size + definitions.length > max)
      throw new ForbiddenError(`at most ${max} clusters per user`, 'body');
    const names = chooseNames(definitions, (name) => this.#taken(user, name), onConflict);
    const checkedAt = new Date(this.#clock.now()).toISOString();
    const added = names.map((name, index) => {
      const definition = definitions[index] as ClusterDefinition;
      const verified = verification[index];
      const status: ClusterStatus =
        verified === undefined
          ? { state: 'unknown' }
          : {
              state: 'reachable',
              ...(verified.version === undefined ? {} : { version: verified.version }),
              checkedAt,
            };
      return { summary: summaryOf(name, definition, status), definition };
    });
    if (dryRun) return added.map((entry) => entry.summary);
    for (const { summary, definition } of added)
      user.clusters.set(summary.name, { summary, sealed: this.#seal(key, summary.name, definition) });
    for (const entry of added)
      this.#events.emit({ userId: key.id, event: { type: 'added', cluster: entry.summary } });
    return added.map((entry) => entry.summary);
  }

  /** Renames one of the user's clusters; open streams on the old name close. */
  rename(key: UserKey, from: string, to: string): ClusterSummary {
    const user = this.#user(key, false);
    const entry = user?.clusters.get(from);
    if (user === undefined || entry === undefined) throw this.#missing(from);
    if (from === to) return entry.summary;
    if (this.#taken(user, to)) throw new ConflictError(`a cluster named "${to}" already exists`, 'name');
    const definition = this.#open(key, from, entry);
    if (definition === undefined) throw this.#missing(from);
    const summary: ClusterSummary = { ...entry.summary, name: to };
    user.clusters.delete(from);
    user.clusters.set(to, { summary, sealed: this.#seal(key, to, definition) });
    this.#closeLive(key.id, from);
    this.#events.emit({ userId: key.id, event: { type: 'renamed', from, cluster: summary } });
    return summary;
  }

  /** Removes one of the user's clusters: its definition is forgotten and open streams close. */
  remove(key: UserKey, name: string): void {
    const user = this.#user(key, false);
    if (user?.clusters.delete(name) !== true) throw this.#missing(name);
    this.#closeLive(key.id, name);
    this.#events.emit({ userId: key.id, event: { type: 'removed', name } });
  }

  /** The cluster for one proxied request (decrypted now, released by {@link release}), or undefined. */
  get(key: UserKey | undefined, name: string): Cluster | undefined {
    const user = key === undefined ? undefined : this.#user(key, false);
    const entry = user?.clusters.get(name);
    if (key === undefined || entry === undefined) return undefined;
    const definition = this.#open(key, name, entry);
    if (definition === undefined) return undefined;
    const source = { type: 'dynamic', persisted: false, owner: key.id } as const;
    const built = buildCluster(name, definition, source, this.#options.build);
    if ('error' in built) return undefined;
    this.#sequence += 1;
    const connectionKey = `user/${key.id}/${name}/${this.#sequence}`;
    const live = this.#live.get(`${key.id}/${name}`) ?? new Set<string>();
    live.add(connectionKey);
    this.#live.set(`${key.id}/${name}`, live);
    return { ...built.value, connectionKey };
  }

  /** True for clusters built by {@link get}: their credentials are the requesting user's. */
  owns(cluster: Cluster): boolean {
    return (
      cluster.source.type === 'dynamic' &&
      cluster.source.owner !== undefined &&
      cluster.connectionKey?.startsWith('user/') === true
    );
  }

  /** Ends one request's use of a cluster from {@link get}: its connection state is closed. */
  release(cluster: Cluster): void {
    if (!this.owns(cluster) || cluster.connectionKey === undefined || cluster.source.type !== 'dynamic')
      return;
    const liveKey = `${cluster.source.owner ?? ''}/${cluster.name}`;
    const live = this.#live.get(liveKey);
    live?.delete(cluster.connectionKey);
    if (live?.size === 0) this.#live.delete(liveKey);
    this.closeConnection(cluster.connectionKey);
  }

  #taken(user: UserState, name: string): boolean {
    return user.clusters.has(name) || this.#options.registry.get(name) !== undefined;
  }

  #missing(name: string): NotFoundError {
    return new NotFoundError(`no cluster named "${name}"`, 'name');
  }

  #user(key: UserKey, create: boolean): UserState | undefined {
    let user = this.#users.get(key.id);
    if (user === undefined && create) {
      user = { clusters: new Map(), lastUsed: 0 };
      this.#users.set(key.id, user);
    }
    if (user !== undefined) user.lastUsed = this.#clock.now();
    return user;
  }

  #seal(key: UserKey, name: string, definition: ClusterDefinition): Sealed {
    const plain = {
      cluster: definition.cluster,
      user: definition.user,
      namespace: definition.namespace,
      contextName: definition.contextName,
    };
    return seal(key, JSON.stringify(plain), `${key.id}/${name}`);
  }

  #open(key: UserKey, name: string, entry: StoredUserCluster): ClusterDefinition | undefined {
    const text = unseal(key, entry.sealed, `${key.id}/${name}`);
    if (text === undefined) return undefined;
    const plain = JSON.parse(text) as Pick<
      ClusterDefinition,
      'cluster' | 'user' | 'namespace' | 'contextName'
    >;
    return { ...plain, name, origin: { type: 'fields' } };
  }

  #closeLive(userId: string, name: string): void {
    const live = this.#live.get(`${userId}/${name}`);
    this.#live.delete(`${userId}/${name}`);
    for (const connectionKey of live ?? []) this.closeConnection(connectionKey);
  }

  #sweep(): void {
    const now = this.#clock.now();
    const idleMs = this.#options.idleMs ?? 24 * 60 * 60 * 1000;
    for (const [id, user] of this.#users) if (now - user.lastUsed > idleMs) this.#users.delete(id);
    const maxUsers = this.#options.maxUsers ?? 10_000;
    if (this.#users.size < maxUsers) return;
    const oldest = [...this.#users.entries()].sort((a, b) => a[1].lastUsed - b[1].lastUsed);
    for (const [id] of oldest.slice(0, this.#users.size - maxUsers + 1)) this.#users.delete(id);
  }
}

function summaryOf(name: string, definition: ClusterDefinition, status: ClusterStatus): ClusterSummary {
  return {
    name,
    source: 'dynamic',
    ...(definition.contextName === undefined ? {} : { contextName: definition.contextName }),
    server: String(definition.cluster['server']),
    authType: authTypeOfDefinition(definition),
    ...(definition.namespace === undefined ? {} : { namespace: definition.namespace }),
    persisted: false,
    status,
  };
}

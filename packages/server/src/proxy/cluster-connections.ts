/**
 * Per-cluster upstream connection state: lazily created keep-alive pools (one with the cluster's client
 * certificate, one without for user credentials) and every open stream or upgraded socket, so that a
 * removed or redefined cluster can be cut off completely and at once.
 */
import type { ConnectionOptions } from 'node:tls';
import type { Pool, buildConnector } from 'undici';
import type { Cluster, UpstreamTls } from '../clusters/cluster.ts';
import { loadUndici } from '../util/undici.ts';
import { ClusterClosedError, CredentialsError } from './upstream-error.ts';

/** `cluster` presents the cluster's client certificate (if any); `plain` presents none. */
export type ConnectionKind = 'cluster' | 'plain';

/** Something open against a cluster that must end when the cluster goes. */
export interface OpenStream {
  close(error: Error): void;
}

/** Timeouts for upstream connections, in milliseconds. */
export interface ConnectionSettings {
  readonly connectTimeoutMs: number;
  /** Time to the response head. Bodies have no timeout: watches stay open for as long as they need. */
  readonly headersTimeoutMs: number;
  /** How long an idle keep-alive connection is kept. */
  readonly keepAliveTimeoutMs: number;
}

/** Node TLS options for one connection kind, built from the cluster's {@link UpstreamTls}. */
export function tlsConnectionOptions(tls: UpstreamTls, kind: ConnectionKind): ConnectionOptions {
  const options: ConnectionOptions = { rejectUnauthorized: tls.rejectUnauthorized };
  if (tls.ca !== undefined) options.ca = tls.ca;
  if (tls.servername !== undefined) options.servername = tls.servername;
  if (tls.lookup !== undefined) options.lookup = tls.lookup;
  if (kind === 'cluster' && tls.cert !== undefined && tls.key !== undefined) {
    options.cert = tls.cert;
    options.key = tls.key;
  }
  return options;
}

/** One cluster definition's connections. Replaced, never mutated, when the definition changes. */
export class ClusterConnection {
  readonly cluster: Cluster;
  readonly origin: URL;
  readonly #settings: ConnectionSettings;
  #tls: Promise<UpstreamTls> | undefined;
  readonly #pools = new Map<ConnectionKind, Promise<Pool>>();
  readonly #open = new Set<OpenStream>();
  #closed = false;

  constructor(cluster: Cluster, settings: ConnectionSettings) {
    this.cluster = cluster;
    this.origin = new URL(cluster.server);
    this.#settings = settings;
  }

  /** Whether this connection state serves `cluster` (same server and credential context). */
  serves(cluster: Cluster): boolean {
    return cluster.server === this.cluster.server && cluster.credentials === this.cluster.credentials;
  }

  /** TLS options for a direct socket (upgrades). Rejects with {@link CredentialsError} on failure. */
  async tlsOptions(kind: ConnectionKind): Promise<ConnectionOptions> {
    this.#assertOpen();
    return tlsConnectionOptions(await this.#upstreamTls(), kind);
  }

  /** The keep-alive pool for `kind`, created on first use. */
  pool(kind: ConnectionKind): Promise<Pool> {
    this.#assertOpen();
    let pool = this.#pools.get(kind);
    if (pool === undefined) {
      pool = this.#createPool(kind);
      this.#pools.set(kind, pool);
      pool.catch(() => this.#pools.delete(kind));
    }
    return pool;
  }

  /** Registers an open stream; returns the function that unregisters it. Closed at once if too late. */
  track(stream: OpenStream): () => void {
    if (this.#closed) {
      stream.close(new ClusterClosedError(this.cluster.name));
      return () => undefined;
    }
    this.#open.add(stream);
    return () => this.#open.delete(stream);
  }

  /** Number of open streams and upgraded sockets (for tests and metrics). */
  get openCount(): number {
    return this.#open.size;
  }

  /** Closes every open stream and socket, then destroys the pools. Idempotent. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    const error = new ClusterClosedError(this.cluster.name);
    for (const stream of this.#open) stream.close(error);
    this.#open.clear();
    const pools = await Promise.allSettled(this.#pools.values());
    this.#pools.clear();
    const destroyed: Promise<void>[] = [];
    for (const result of pools)
      if (result.status === 'fulfilled') destroyed.push(result.value.destroy(error));
    await Promise.all(destroyed);
  }

  #assertOpen(): void {
    if (this.#closed) throw new ClusterClosedError(this.cluster.name);
  }

  #upstreamTls(): Promise<UpstreamTls> {
    if (this.#tls === undefined) {
      const tls = this.cluster.credentials.tls().catch((error: unknown) => {
        this.#tls = undefined;
        throw new CredentialsError(error instanceof Error ? error.message : 'TLS settings unavailable');
      });
      this.#tls = tls;
    }
    return this.#tls;
  }

  async #createPool(kind: ConnectionKind): Promise<Pool> {
    const [tls, { Pool, buildConnector }] = await Promise.all([this.#upstreamTls(), loadUndici()]);
    const base = buildConnector({
      ...tlsConnectionOptions(tls, kind),
      timeout: this.#settings.connectTimeoutMs,
      // HTTP/1.1 only. undici 8 offers h2 by default and kube-apiserver picks it, but over HTTP/2 the API
      // server spends far more CPU per list (bench/ big-lists: ~2× the apiserver CPU, lists 1.3–1.7× slower).
      allowH2: false,
    });
    // undici derives SNI from the Host of each request; kubeconfig's tls-server-name must win over it.
    const servername = tls.servername;
    const connect: buildConnector.connector = (options, callback) => {
      base(servername === undefined ? options : { ...options, servername }, callback);
    };
    this.#assertOpen();
    return new Pool(this.origin.origin, {
      connect,
      headersTimeout: this.#settings.headersTimeoutMs,
      bodyTimeout: 0,
      keepAliveTimeout: this.#settings.keepAliveTimeoutMs,
    });
  }
}

/** All clusters' connection states, keyed by cluster name (or `connectionKey` when a cluster has one). */
export class ClusterConnections {
  readonly #settings: ConnectionSettings;
  readonly #byName = new Map<string, ClusterConnection>();
  #closed = false;

  constructor(settings: ConnectionSettings) {
    this.#settings = settings;
  }

  /**
   * The connection state for `cluster`. If the name now maps to a different server or credential
   * context, the old state is closed first: its streams end and its pools go.
   */
  acquire(cluster: Cluster): ClusterConnection {
    const key = cluster.connectionKey ?? cluster.name;
    const existing = this.#byName.get(key);
    if (existing?.serves(cluster) === true) return existing;
    if (existing !== undefined) void existing.close();
    const connection = new ClusterConnection(cluster, this.#settings);
    if (this.#closed) void connection.close();
    else this.#byName.set(key, connection);
    return connection;
  }

  /** The current state for a name, if any (for tests and metrics). */
  peek(name: string): ClusterConnection | undefined {
    return this.#byName.get(name);
  }

  /** Closes a cluster's pools, streams and upgraded sockets (call on removal or change). */
  async closeCluster(name: string): Promise<void> {
    const connection = this.#byName.get(name);
    this.#byName.delete(name);
    await connection?.close();
  }

  /** Closes everything; later acquisitions are closed on arrival. */
  async close(): Promise<void> {
    this.#closed = true;
    const all = [...this.#byName.values()];
    this.#byName.clear();
    await Promise.all(all.map((connection) => connection.close()));
  }
}

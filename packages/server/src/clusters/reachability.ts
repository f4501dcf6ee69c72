/**
 * Reachability of clusters: `GET /version` through the cluster's own credentials, classified as reachable,
 * unauthorized (401), forbidden (403) or unreachable with a reason (DNS, refused, TLS, timeout, credentials,
 * HTTP error). Probes are lazy: {@link ReachabilityMonitor.refreshStale} probes what has not been probed in
 * the last `staleAfterMs` (called by `/api/config`), and while someone watches the events stream, new and
 * changed clusters are probed and everything is re-probed periodically. Lazy, because probing runs exec
 * plugins and OIDC refreshes, which must not all fire at start for a kubeconfig with many contexts.
 */
import type { ClusterStatus, UnreachableReason } from '@wheelhouse/api-types';
import { systemClock } from '../util/clock.ts';
import type { Clock, ClockTimer } from '../util/clock.ts';
import type { Cluster } from './cluster.ts';
import type { ClusterRegistry } from './cluster-registry.ts';
import { loadUndici } from '../util/undici.ts';

/** Probes one cluster. */
export type ClusterProbe = (cluster: Cluster) => Promise<ClusterStatus>;

const TLS_CODES = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|EPROTO$|HOSTNAME_MISMATCH)/;

/** Classifies a connection error. */
export function classifyNetworkError(error: unknown): { reason: UnreachableReason; message: string } {
  const code = errorCode(error) ?? errorCode(error instanceof Error ? error.cause : undefined) ?? '';
  const message = error instanceof Error ? error.message : 'request failed';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return { reason: 'dns', message: `DNS lookup failed (${code})` };
  if (code === 'ECONNREFUSED') return { reason: 'refused', message: 'connection refused' };
  if (TLS_CODES.test(code)) return { reason: 'tls', message: `TLS: ${message}` };
  const name = error instanceof Error ? error.name : '';
  if (code.endsWith('_TIMEOUT') || code === 'ETIMEDOUT' || name === 'TimeoutError' || name === 'AbortError') {
    return { reason: 'timeout', message: 'timed out' };
  }
  return { reason: 'other', message: code === '' ? message : `${code}: ${message}` };
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/** The default probe: `GET <server>/version` with a short-lived connection. */
export function createVersionProbe(options: { timeoutMs?: number; clock?: Clock } = {}): ClusterProbe {
  const timeoutMs = options.timeoutMs ?? 5000;
  const clock = options.clock ?? systemClock;
  return async (cluster) => {
    const checkedAt = new Date(clock.now()).toISOString();
    let tls;
    let headers;
    try {
      [tls, headers] = await Promise.all([cluster.credentials.tls(), cluster.credentials.authHeaders()]);
    } catch (error) {
      const message = error instanceof Error ? error.message.slice(0, 300) : 'credentials failed';
      return { state: 'unreachable', reason: 'credentials', message, checkedAt };
    }
    const { Agent, request } = await loadUndici();
    const dispatcher = new Agent({ connect: { ...tls, timeout: timeoutMs }, pipelining: 0 });
    try {
      const response = await request(`${cluster.server.replace(/\/$/, '')}/version`, {
        dispatcher,
        headers: { ...headers, accept: 'application/json' },
        signal: AbortSignal.timeout(timeoutMs),
      });
      const body = await response.body.text();
      return statusFromResponse(response.statusCode, body, checkedAt);
    } catch (error) {
      return { state: 'unreachable', ...classifyNetworkError(error), checkedAt };
    } finally {
      void dispatcher.destroy().catch(() => undefined);
    }
  };
}

function statusFromResponse(code: number, body: string, checkedAt: string): ClusterStatus {
  if (code === 401)
    return { state: 'unauthorized', message: 'the API server rejected the credentials', checkedAt };
  if (code === 403)
    return { state: 'forbidden', message: 'the credentials may not read /version', checkedAt };
  if (code < 200 || code >= 300)
    return { state: 'unreachable', reason: 'http', message: `HTTP ${code}`, checkedAt };
  let version: string | undefined;
  try {
    const parsed: unknown = JSON.parse(body);
    const gitVersion =
      typeof parsed === 'object' && parsed !== null && 'gitVersion' in parsed ? parsed.gitVersion : undefined;
    version = typeof gitVersion === 'string' ? gitVersion : undefined;
  } catch {
    version = undefined;
  }
  return { state: 'reachable', ...(version === undefined ? {} : { version }), checkedAt };
}

/** Options of {@link ReachabilityMonitor}. */
export interface ReachabilityMonitorOptions {
  readonly registry: ClusterRegistry;
  readonly probe?: ClusterProbe;
  readonly clock?: Clock;
  /** A status older than this is re-probed by `refreshStale` (default 30 s). */
  readonly staleAfterMs?: number;
  /** Probes in flight at once (default 4). */
  readonly concurrency?: number;
}

/** Probes clusters and records their status in the registry. */
export class ReachabilityMonitor {
  readonly #registry: ClusterRegistry;
  readonly #probe: ClusterProbe;
  readonly #clock: Clock;
  readonly #staleAfterMs: number;
  readonly #concurrency: number;
  readonly #probedAt = new WeakMap<Cluster, number>();
  readonly #inFlight = new Set<Cluster>();
  readonly #queue: Cluster[] = [];
  #watchers = 0;
  #timer: ClockTimer | undefined;
  #unsubscribe: (() => void) | undefined;

  constructor(options: ReachabilityMonitorOptions) {
    this.#registry = options.registry;
    this.#clock = options.clock ?? systemClock;
    this.#probe = options.probe ?? createVersionProbe({ clock: this.#clock });
    this.#staleAfterMs = options.staleAfterMs ?? 30_000;
    this.#concurrency = options.concurrency ?? 4;
  }

  /** Probes every cluster whose status is missing or older than `staleAfterMs`. Does not wait. */
  refreshStale(): void {
    const now = this.#clock.now();
    for (const cluster of this.#registry.list()) {
      const at = this.#probedAt.get(cluster);
      if (at === undefined || now - at >= this.#staleAfterMs) this.#enqueue(cluster);
    }
  }

  /** Keeps statuses fresh until the returned function is called (used by event-stream clients). */
  watch(): () => void {
    this.#watchers += 1;
    if (this.#watchers === 1) {
      this.#unsubscribe = this.#registry.subscribe((event) => {
        if (event.type === 'added' || event.type === 'updated' || event.type === 'renamed') {
          this.#enqueue(event.cluster);
        }
      });
      this.#timer = this.#clock.setInterval(() => {
        this.refreshStale();
      }, this.#staleAfterMs);
    }
    this.refreshStale();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#watchers -= 1;
      if (this.#watchers === 0) this.close();
    };
  }

  /** Stops periodic probing (probes in flight finish and are recorded). */
  close(): void {
    this.#watchers = 0;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    if (this.#timer !== undefined) this.#clock.clear(this.#timer);
    this.#timer = undefined;
  }

  #enqueue(cluster: Cluster): void {
    if (this.#inFlight.has(cluster) || this.#queue.includes(cluster)) return;
    this.#queue.push(cluster);
    this.#drain();
  }

  #drain(): void {
    while (this.#inFlight.size < this.#concurrency) {
      const cluster = this.#queue.shift();
      if (cluster === undefined) return;
      this.#inFlight.add(cluster);
      this.#probedAt.set(cluster, this.#clock.now());
      void this.#probe(cluster)
        .catch((error: unknown): ClusterStatus => ({ state: 'unreachable', ...classifyNetworkError(error) }))
        .then((status) => {
          this.#registry.setStatus(cluster, status);
        })
        .finally(() => {
          this.#inFlight.delete(cluster);
          this.#drain();
        });
    }
  }
}

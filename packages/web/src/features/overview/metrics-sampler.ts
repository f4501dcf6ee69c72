/**
 * Samples node CPU and memory use from metrics-server (`metrics.k8s.io/v1beta1`) while someone looks, and keeps
 * the last samples per cluster for the charts of the overview. One sampler per cluster lives for the whole tab
 * (see {@link clusterMetricsSampler}), so leaving the overview and coming back keeps the history; it polls only
 * while at least one component holds it and the page is visible.
 */
import { clusterPath } from '../../api/api-client.ts';
import { toApiError, type ApiError } from '../../api/api-error.ts';
import { stringField, type KubeObjectList } from '../../k8s/kube-object.ts';
import { kubeRequest } from '../../k8s/kube-request.ts';
import { parseQuantity } from '../../k8s/quantity.ts';
import type { Resources } from './cluster-health.ts';
import { SampleRing } from './sample-ring.ts';

/** Cluster-wide use at one moment: `time` in ms since the epoch (browser clock), CPU in cores, memory in bytes. */
export interface UsageSample extends Resources {
  readonly time: number;
}

/**
 * `pending` before the first answer; `available` once metrics came; `absent` when the cluster does not serve
 * metrics.k8s.io (404: metrics-server is not installed); `unavailable` when the API is registered but does not
 * answer (503: metrics-server starting or failing); `error` for anything else (403, network…).
 */
export type MetricsStatus = 'pending' | 'available' | 'absent' | 'unavailable' | 'error';

/** What the overview shows; a new object on every change (for `useSyncExternalStore`). */
export interface MetricsSnapshot {
  readonly status: MetricsStatus;
  readonly error: ApiError | undefined;
  /** Use per node from the latest answer. */
  readonly nodes: ReadonlyMap<string, Resources>;
  /** Cluster totals, oldest first, at most `capacity` of them. */
  readonly samples: readonly UsageSample[];
}

/** The part of `document` the sampler watches: polling pauses while the page is hidden. */
export type PageVisibility = Pick<Document, 'hidden' | 'addEventListener' | 'removeEventListener'>;

/** Options of {@link MetricsSampler}: I/O as parameters so tests pass fakes. */
export interface MetricsSamplerOptions {
  /** Reads a NodeMetricsList. */
  readonly load: (signal: AbortSignal) => Promise<KubeObjectList>;
  /** Between two polls; metrics-server's own resolution is 15 s. */
  readonly intervalMs?: number;
  /** Samples kept. */
  readonly capacity?: number;
  readonly now?: () => number;
  readonly page?: PageVisibility;
}

/** Default poll interval (ms). */
export const metricsIntervalMs = 15_000;
/** Default number of samples kept: 15 minutes at the default interval. */
export const metricsCapacity = 60;

/** Reads a NodeMetricsList into use per node, with the quantity parser of `k8s/quantity.ts`. */
export function nodeUsage(list: KubeObjectList): Map<string, Resources> {
  return new Map(
    list.items.map((item) => [
      item.metadata.name,
      {
        cpu: parseQuantity(stringField(item, 'usage', 'cpu') ?? '0') ?? 0,
        memory: parseQuantity(stringField(item, 'usage', 'memory') ?? '0') ?? 0,
      },
    ]),
  );
}

function sum(usage: ReadonlyMap<string, Resources>): Resources {
  let cpu = 0;
  let memory = 0;
  for (const r of usage.values()) {
    cpu += r.cpu;
    memory += r.memory;
  }
  return { cpu, memory };
}

/** Polls one cluster's node metrics into a {@link SampleRing}; see the module comment. */
export class MetricsSampler {
  readonly intervalMs: number;
  readonly #ring: SampleRing<UsageSample>;
  readonly #load: MetricsSamplerOptions['load'];
  readonly #now: () => number;
  readonly #page: PageVisibility | undefined;
  readonly #listeners = new Set<() => void>();
  #snapshot: MetricsSnapshot = { status: 'pending', error: undefined, nodes: new Map(), samples: [] };
  #users = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #inFlight: AbortController | undefined;
  /** When the last poll finished (aborted ones do not count), or -Infinity. */
  #lastPoll = -Infinity;

  constructor(options: MetricsSamplerOptions) {
    this.intervalMs = options.intervalMs ?? metricsIntervalMs;
    this.#ring = new SampleRing(options.capacity ?? metricsCapacity);
    this.#load = options.load;
    this.#now = options.now ?? Date.now;
    this.#page = options.page ?? (typeof document === 'undefined' ? undefined : document);
  }

  /** For `useSyncExternalStore`. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** For `useSyncExternalStore`. */
  readonly getSnapshot = (): MetricsSnapshot => this.#snapshot;

  /** How many samples it keeps. */
  get capacity(): number {
    return this.#ring.capacity;
  }

  /** True while a poll is scheduled or running. */
  get polling(): boolean {
    return this.#timer !== undefined || this.#inFlight !== undefined;
  }

  /**
   * Adds a user: polling starts (at once, or when the last poll is `intervalMs` old) and goes on while any user
   * holds the sampler. Returns the function that removes this user.
   */
  retain(): () => void {
    this.#users += 1;
    if (this.#users === 1) this.#page?.addEventListener('visibilitychange', this.#onVisibility);
    this.#update();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#users -= 1;
      if (this.#users === 0) this.#page?.removeEventListener('visibilitychange', this.#onVisibility);
      this.#update();
    };
  }

  readonly #onVisibility = () => {
    this.#update();
  };

  #update(): void {
    const active = this.#users > 0 && !this.#page?.hidden;
    if (!active) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
      this.#inFlight?.abort();
      this.#inFlight = undefined;
    } else if (!this.polling) {
      this.#schedule(this.#lastPoll + this.intervalMs - this.#now());
    }
  }

  #schedule(delay: number): void {
    if (delay <= 0) {
      void this.#poll();
      return;
    }
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.#poll();
    }, delay);
  }

  async #poll(): Promise<void> {
    const abort = new AbortController();
    this.#inFlight = abort;
    try {
      const list = await this.#load(abort.signal);
      if (abort.signal.aborted) return;
      const nodes = nodeUsage(list);
      this.#ring.push({ time: this.#now(), ...sum(nodes) });
      this.#set({ status: 'available', error: undefined, nodes, samples: this.#ring.toArray() });
    } catch (caught) {
      if (abort.signal.aborted) return;
      const error = toApiError(caught);
      const status = error.status === 404 ? 'absent' : error.status === 503 ? 'unavailable' : 'error';
      this.#set({ ...this.#snapshot, status, error });
    } finally {
      if (this.#inFlight === abort) {
        this.#inFlight = undefined;
        this.#lastPoll = this.#now();
        this.#schedule(this.intervalMs);
      }
    }
  }

  #set(snapshot: MetricsSnapshot): void {
    this.#snapshot = snapshot;
    for (const listener of this.#listeners) listener();
  }
}

const samplers = new Map<string, MetricsSampler>();

/** The tab-wide sampler of `cluster` (created on first use), reading through the cluster proxy. */
export function clusterMetricsSampler(cluster: string): MetricsSampler {
  let sampler = samplers.get(cluster);
  if (!sampler) {
    sampler = new MetricsSampler({
      load: (signal) =>
        kubeRequest<KubeObjectList>(`/clusters/${clusterPath(cluster)}/apis/metrics.k8s.io/v1beta1/nodes`, {
          signal,
        }),
    });
    samplers.set(cluster, sampler);
  }
  return sampler;
}

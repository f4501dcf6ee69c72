/**
 * One phase of the watch-dom scenario: pod updates at a set rate, each setting one pod's restart count to a
 * fresh sequence number (the pod list's Restarts column); their events timed on a direct watch; the page's
 * table changes timed by the probe; the two matched (watch-dom-coverage.ts).
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { CDPSession, Page } from 'playwright-core';
import type { KubeAdmin } from '../lib/kube.ts';
import { pacedRequests, type PacedResult } from '../lib/paced-requests.ts';
import type { ApiTarget } from '../lib/servers.ts';
import { TimedWatch } from '../lib/timed-watch.ts';
import { arrivalLatencies, matchEvents, type Coverage } from './watch-dom-coverage.ts';
import type { NetworkArrivals } from './watch-dom-network.ts';
import {
  shownValues,
  takeRecords,
  type ClockOffset,
  type LongTask,
  type Sighting,
} from './watch-dom-probe.ts';

/** The pods being churned: `${prefix}0` … in one namespace. */
export interface ChurnedPods {
  readonly namespace: string;
  readonly prefix: string;
  readonly count: number;
}

interface PodEvent {
  readonly metadata?: { readonly name?: string };
  readonly status?: { readonly containerStatuses?: readonly { readonly restartCount?: number }[] };
}

/** A direct watch of the namespace keeping each change of a churned pod's restart count, on the epoch clock. */
export class RestartsWatch {
  /** Value changes in arrival order. */
  readonly events: Sighting[] = [];
  readonly #last = new Map<string, number>();
  readonly #watch: TimedWatch;

  constructor(target: ApiTarget, pods: ChurnedPods, resourceVersion: string) {
    const path = `/api/v1/namespaces/${pods.namespace}/pods?watch=1&resourceVersion=${resourceVersion}`;
    this.#watch = new TimedWatch(target, path, (event, receivedAt) => {
      const pod = event.object as PodEvent | undefined;
      const name = pod?.metadata?.name;
      const value = pod?.status?.containerStatuses?.[0]?.restartCount;
      if (name === undefined || !name.startsWith(pods.prefix) || value === undefined) return;
      if (this.#last.get(name) === value) return;
      this.#last.set(name, value);
      this.events.push({ pod: name, value, at: performance.timeOrigin + receivedAt });
    });
  }

  /** The last value seen per pod. */
  lastValues(): ReadonlyMap<string, number> {
    return this.#last;
  }

  stop(): Promise<void> {
    return this.#watch.stop();
  }
}

/** Sets a pod's restart count (status subresource, so kwok and the scheduler leave it alone). */
export async function setRestarts(
  admin: KubeAdmin,
  pods: ChurnedPods,
  pod: string,
  value: number,
): Promise<void> {
  const path = `/api/v1/namespaces/${pods.namespace}/pods/${pod}/status`;
  const patch = [{ op: 'replace', path: '/status/containerStatuses/0/restartCount', value }];
  const { status } = await admin.request('PATCH', path, patch, 'application/json-patch+json');
  if (status !== 200) throw new Error(`patch ${path}: HTTP ${String(status)}`);
}

/** Polls until `done` holds or `timeoutMs` passed; returns whether it held. */
export async function waitUntil(done: () => Promise<boolean> | boolean, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (await done()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

/** Main-thread time of the page by kind, seconds (CDP Performance.getMetrics). */
async function pageMetrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/** A phase: a name, the update rate asked for and for how long. */
export interface Phase {
  readonly name: string;
  readonly ratePerS: number;
  readonly durationMs: number;
}

/** What one phase measured. */
export interface PhaseResult {
  readonly phase: Phase;
  readonly patches: PacedResult;
  /** Direct-watch events of the phase per second (first to last arrival). */
  readonly eventRatePerS: number;
  readonly coverage: Coverage;
  /** API event → the browser's network stack receiving its line (Wheelhouse, loopback, the browser), ms. */
  readonly networkLatencies: readonly number[];
  /** API event → the page's main thread reading its line (the above plus a busy main thread), ms. */
  readonly receivedLatencies: readonly number[];
  /** Table updates: the probe's DOM observations that changed at least one churned pod's value. */
  readonly domUpdates: number;
  /** Whether the table showed every pod's final value within the catch-up time. */
  readonly caughtUp: boolean;
  readonly longTasks: readonly LongTask[];
  /**
   * Page main-thread time by kind over `pageSpanS`, s (CDP Performance metrics: TaskDuration = wall time in
   * tasks, ThreadTime = CPU time, ScriptDuration, LayoutDuration, RecalcStyleDuration).
   */
  readonly pageBusyS: Readonly<Record<string, number>>;
  /** From the churn's start to the page caught up (or gave up), s. */
  readonly pageSpanS: number;
  /** The bench's own event-loop delay p99 during the churn, ms (the error bar of the event arrival times). */
  readonly benchLoopDelayP99Ms: number;
}

/** Everything a phase needs. */
export interface PhaseSetup {
  readonly admin: KubeAdmin;
  readonly page: Page;
  readonly cdp: CDPSession;
  readonly network: NetworkArrivals;
  readonly watch: RestartsWatch;
  readonly pods: ChurnedPods;
  readonly clock: ClockOffset;
  readonly workers: number;
  /** How long the page may take to show the final values once the churn stopped. */
  readonly catchUpMs: number;
}

/** Runs `phase` with sequence numbers from `firstSeq`; the next phase starts at firstSeq + patches.sent. */
export async function runPhase(setup: PhaseSetup, phase: Phase, firstSeq: number): Promise<PhaseResult> {
  const { admin, page, cdp, watch, pods } = setup;
  await takeRecords(page);
  setup.network.take();
  const eventsFrom = watch.events.length;
  const metrics0 = await pageMetrics(cdp);
  const started = performance.now();
  const loopDelay = monitorEventLoopDelay({ resolution: 1 });
  loopDelay.enable();
  const patches = await pacedRequests({
    ratePerS: phase.ratePerS,
    durationMs: phase.durationMs,
    workers: setup.workers,
    firstSeq,
    send: (seq) => setRestarts(admin, pods, `${pods.prefix}${String(seq % pods.count)}`, seq),
  });
  loopDelay.disable();
  const inPhase = (event: Sighting): boolean =>
    event.value >= firstSeq && event.value < firstSeq + patches.sent;
  await waitUntil(() => watch.events.slice(eventsFrom).filter(inPhase).length >= patches.completed, 10_000);
  const caughtUp = await waitUntil(async () => {
    const shown = await shownValues(page);
    return [...watch.lastValues()].every(([pod, value]) => shown[pod] === value);
  }, setup.catchUpMs);
  const metrics1 = await pageMetrics(cdp);
  const pageSpanS = (performance.now() - started) / 1000;
  const { sightings, received, longTasks } = await takeRecords(page);
  const toBenchClock = (s: Sighting): Sighting => ({ ...s, at: s.at - setup.clock.offsetMs });
  const events = watch.events.slice(eventsFrom).filter(inPhase);

  const first = events[0]?.at ?? Number.NaN;
  const last = events[events.length - 1]?.at ?? Number.NaN;
  const busy = (name: string): number => (metrics1[name] ?? 0) - (metrics0[name] ?? 0);
  return {
    phase,
    patches,
    eventRatePerS: ((events.length - 1) * 1000) / (last - first),
    coverage: matchEvents(events, sightings.map(toBenchClock)),
    // The browser stamps network data with the system's wall clock, the bench's too.
    networkLatencies: arrivalLatencies(events, setup.network.take()),
    receivedLatencies: arrivalLatencies(events, received.map(toBenchClock)),
    domUpdates: new Set(sightings.map((s) => s.at)).size,
    caughtUp,
    longTasks,
    pageBusyS: Object.fromEntries(
      ['TaskDuration', 'ThreadTime', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'].map((n) => [
        n,
        busy(n),
      ]),
    ),
    pageSpanS,
    benchLoopDelayP99Ms: loopDelay.percentile(99) / 1e6,
  };
}

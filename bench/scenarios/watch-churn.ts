/**
 * Scenario 4, server side (the DOM half is watch-dom.ts): a churn of pod updates watched at the
 * same time directly and through Wheelhouse. Event latency = patch sent → event line received; the
 * added latency is compared per event (same event, both streams).
 */
import { inParallel, createPods, waitAllRunning } from '../lib/kube.ts';
import { sampleProcess } from '../lib/process-stats.ts';
import type { Table, Verdict } from '../lib/report.ts';
import type { BenchContext, Scenario } from '../lib/scenario.ts';
import { directTarget, wheelhouseTarget } from '../lib/servers.ts';
import type { ApiTarget } from '../lib/servers.ts';
import { fmt, summarize } from '../lib/stats.ts';
import { TimedWatch, type WatchEvent } from '../lib/timed-watch.ts';

const NAMESPACE = 'bench-churn';
const PODS = 10;
const SEQ = 'wheelhouse.dev/seq';
/**
 * The warm-up is not reported: Wheelhouse's first proxied requests load undici, open the upstream TLS
 * connection and run cold code, and a measured phase that includes them times the start, not the relay.
 */
const PHASES = [
  { name: 'warm-up', updates: 100, patchers: 2, gapMs: 5, reported: false },
  { name: 'steady (1 patcher, 20 ms apart)', updates: 300, patchers: 1, gapMs: 20, reported: true },
  { name: 'burst (8 patchers, back to back)', updates: 1000, patchers: 8, gapMs: 0, reported: true },
] as const;

/** The sequence annotation of a watch event's object, if it carries one. */
function seqOf(event: WatchEvent): number | undefined {
  const object = event.object as { metadata?: { annotations?: Record<string, string> } } | undefined;
  const seq = object?.metadata?.annotations?.[SEQ];
  return seq === undefined ? undefined : Number(seq);
}

/** A watch of the namespace from `resourceVersion` that times each sequence's first arrival. */
function seqWatch(
  target: ApiTarget,
  resourceVersion: string,
): { watch: TimedWatch; arrivals: Map<number, number> } {
  const arrivals = new Map<number, number>();
  const path = `/api/v1/namespaces/${NAMESPACE}/pods?watch=1&resourceVersion=${resourceVersion}`;
  const watch = new TimedWatch(target, path, (event, receivedAt) => {
    const seq = seqOf(event);
    if (seq !== undefined && !arrivals.has(seq)) arrivals.set(seq, receivedAt);
  });
  return { watch, arrivals };
}

async function churn(
  ctx: BenchContext,
  phase: (typeof PHASES)[number],
  firstSeq: number,
): Promise<Map<number, number>> {
  const sent = new Map<number, number>();
  await inParallel(firstSeq, firstSeq + phase.updates, phase.patchers, async (seq) => {
    const patch = { metadata: { annotations: { [SEQ]: String(seq) } } };
    sent.set(seq, performance.now());
    const path = `/api/v1/namespaces/${NAMESPACE}/pods/churn-${String(seq % PODS)}`;
    const { status } = await ctx.admin.request('PATCH', path, patch, 'application/merge-patch+json');
    if (status !== 200) throw new Error(`patch ${path}: HTTP ${String(status)}`);
    if (phase.gapMs > 0) await new Promise((resolve) => setTimeout(resolve, phase.gapMs));
  });
  return sent;
}

async function waitArrivals(
  watches: readonly { arrivals: Map<number, number> }[],
  seqs: readonly number[],
): Promise<void> {
  const deadline = performance.now() + 15_000;
  while (performance.now() < deadline) {
    if (watches.every((watch) => seqs.every((seq) => watch.arrivals.has(seq)))) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Scenario 4 (server side): watch event latency through the proxy vs direct. */
export const watchChurn: Scenario = {
  name: 'watch-churn',
  summary: 'pod-update churn watched directly and through Wheelhouse at once: event latency',
  async run(ctx) {
    await ctx.admin.ensureNamespace(NAMESPACE);
    await createPods(ctx.admin, ctx.cluster, { namespace: NAMESPACE, prefix: 'churn', from: 0, to: PODS });
    await waitAllRunning(ctx.admin, NAMESPACE);
    const direct = directTarget(ctx.cluster);
    const wheelhouse = await wheelhouseTarget(ctx.cluster);
    const rows: string[][] = [];
    const verdicts: Verdict[] = [];
    let firstSeq = Date.now();
    try {
      for (const phase of PHASES) {
        ctx.log(`watch-churn: ${phase.name}`);
        const list = await ctx.admin.request('GET', `/api/v1/namespaces/${NAMESPACE}/pods?limit=1`);
        const rv = (list.body as { metadata: { resourceVersion: string } }).metadata.resourceVersion;
        const watches = [seqWatch(direct, rv), seqWatch(wheelhouse, rv)];
        const cpu0 = wheelhouse.pid === undefined ? undefined : sampleProcess(wheelhouse.pid);
        const sent = await churn(ctx, phase, firstSeq);
        firstSeq += phase.updates;
        const seqs = [...sent.keys()];
        await waitArrivals(watches, seqs);
        const cpu1 = wheelhouse.pid === undefined ? undefined : sampleProcess(wheelhouse.pid);
        await Promise.all(watches.map(({ watch }) => watch.stop()));
        const [viaDirect, viaWheelhouse] = watches.map((watch) => {
          const latencies = seqs.flatMap((seq) => {
            const at = watch.arrivals.get(seq);
            const from = sent.get(seq);
            return at === undefined || from === undefined ? [] : [at - from];
          });
          return summarize(latencies);
        });
        const added = summarize(
          seqs.flatMap((seq) => {
            const [a, b] = watches.map((watch) => watch.arrivals.get(seq));
            return a === undefined || b === undefined ? [] : [b - a];
          }),
        );
        if (!phase.reported || !viaDirect || !viaWheelhouse) continue;
        const cpuMsPerEvent =
          cpu0 && cpu1 ? ((cpu1.cpuSeconds - cpu0.cpuSeconds) * 1000) / viaWheelhouse.count : Number.NaN;
        for (const [name, s] of [
          ['direct', viaDirect],
          ['wheelhouse', viaWheelhouse],
        ] as const)
          rows.push([
            phase.name,
            name,
            `${String(s.count)}/${String(seqs.length)}`,
            fmt(s.p50, 2),
            fmt(s.p99, 2),
            fmt(s.max, 2),
          ]);
        rows.push([
          phase.name,
          'added per event (Wheelhouse − direct)',
          String(added.count),
          fmt(added.p50, 2),
          fmt(added.p99, 2),
          fmt(added.max, 2),
        ]);
        verdicts.push({
          what: `${phase.name}: added event latency p50 / p99`,
          measured: `${fmt(added.p50, 3)} / ${fmt(added.p99, 3)} ms; Wheelhouse CPU ${fmt(cpuMsPerEvent * 1000, 0)} µs per event`,
          target: 'none set (informational); same spirit as scenario 1: p50 ≤ 0.2 ms, p99 ≤ 1 ms',
          met: undefined,
        });
      }
    } finally {
      await direct.close();
      await wheelhouse.close();
    }
    const table: Table = { columns: ['phase', 'watch', 'events', 'p50 ms', 'p99 ms', 'max ms'], rows };
    return {
      scenario: 'watch-churn',
      title: 'Watch churn (server side)',
      tables: [table],
      verdicts,
      notes: [
        `After an unreported warm-up of ${String(PHASES[0].updates)} updates, both watches (direct and through Wheelhouse) are open at once on ${NAMESPACE} (${String(PODS)} pods); each merge-patch sets an annotation with a sequence number and its event is timed on the first arrival per stream. Latency = patch sent → event line parsed, so it includes the API server's write and watch fan-out; the "added" row compares the two arrivals of the same event.`,
        'The browser/DOM half of scenario 4 (API event → DOM, p99 ≤ 100 ms) is the watch-dom scenario.',
      ],
    };
  },
};

/**
 * Scenario 2, big lists: 10k and 50k kwok pods (25k when 50k would take more than ~6 minutes to create)
 * listed in one request directly and through Wheelhouse. Targets: time to last byte ≤ 1.1× direct, and
 * the server's RSS growth during a list ≤ 32 MiB whatever the size (the proxy streams, never buffers).
 */
import { BIG_NAMESPACE, growBigNamespace, lastCreationRate } from '../lib/big-namespace.ts';
import { resetPeakRss, sampleProcess } from '../lib/process-stats.ts';
import type { Verdict } from '../lib/report.ts';
import { rotate } from '../lib/scenario.ts';
import type { Scenario } from '../lib/scenario.ts';
import { directTarget, wheelhouseTarget } from '../lib/servers.ts';
import type { ApiTarget } from '../lib/servers.ts';
import { fmt, median, toMiB } from '../lib/stats.ts';

const PATH = `/api/v1/namespaces/${BIG_NAMESPACE}/pods`;
/** Creating more than this would take too long for one run; the issue allows 25k instead of 50k then. */
const CREATE_BUDGET_S = 360;
const ENCODINGS = ['identity', 'gzip'] as const;

interface ListRun {
  readonly ttfbMs: number;
  readonly ttlbMs: number;
  readonly bytes: number;
  /** Peak RSS during the list − RSS before it, for the proxy process (NaN for direct). */
  readonly rssGrowth: number;
  /** CPU seconds the API server spent during the list: what moves its time most from one list to the next. */
  readonly apiCpuS: number;
  /** CPU seconds the proxy process spent during the list (NaN for direct). */
  readonly proxyCpuS: number;
}

async function listOnce(target: ApiTarget, encoding: string, apiPid: number): Promise<ListRun> {
  const pid = target.pid;
  const apiBefore = sampleProcess(apiPid);
  const before = pid === undefined ? undefined : sampleProcess(pid);
  let sampledPeak = before?.rssBytes ?? 0;
  const exact = pid !== undefined && resetPeakRss(pid);
  const sampler =
    pid === undefined
      ? undefined
      : setInterval(() => (sampledPeak = Math.max(sampledPeak, sampleProcess(pid).rssBytes)), 20);
  const t0 = performance.now();
  try {
    const headers = { ...target.headers, 'accept-encoding': encoding };
    const response = await target.pool.request({ method: 'GET', path: target.prefix + PATH, headers });
    const ttfbMs = performance.now() - t0;
    let bytes = 0;
    for await (const chunk of response.body as AsyncIterable<Buffer>) bytes += chunk.length;
    const ttlbMs = performance.now() - t0;
    if (response.statusCode !== 200)
      throw new Error(`list via ${target.name}: HTTP ${String(response.statusCode)}`);
    const apiCpuS = sampleProcess(apiPid).cpuSeconds - apiBefore.cpuSeconds;
    if (pid === undefined || before === undefined)
      return { ttfbMs, ttlbMs, bytes, rssGrowth: Number.NaN, apiCpuS, proxyCpuS: Number.NaN };
    const after = sampleProcess(pid);
    const peak = Math.max(sampledPeak, after.rssBytes, exact ? after.peakRssBytes : 0);
    const proxyCpuS = after.cpuSeconds - before.cpuSeconds;
    return { ttfbMs, ttlbMs, bytes, rssGrowth: peak - before.rssBytes, apiCpuS, proxyCpuS };
  } finally {
    clearInterval(sampler);
  }
}

/** Scenario 2: big lists. */
export const bigLists: Scenario = {
  name: 'big-lists',
  summary: '10k and 50k (or 25k) pods listed directly vs through Wheelhouse: time to last byte, RSS growth',
  async run(ctx) {
    const sizes = [...(ctx.options.sizes ?? [10_000, 50_000])];
    const direct = directTarget(ctx.cluster);
    const directH2 = directTarget(ctx.cluster, { http2: true });
    const wheelhouse = await wheelhouseTarget(ctx.cluster);
    const targets = [direct, wheelhouse, directH2];
    const apiPid = ctx.cluster.pids['kube-apiserver'];
    if (apiPid === undefined) throw new Error('big-lists: the cluster info has no kube-apiserver pid');
    const rows: string[][] = [];
    const creation: string[][] = [];
    const verdicts: Verdict[] = [];
    const notes: string[] = [];
    let maxGrowth = 0;
    try {
      for (let s = 0; s < sizes.length; s++) {
        const size = sizes[s] ?? 0;
        const grown = await growBigNamespace(ctx, size);
        // The browser scenario may have grown the namespace to this size already: use its rate then.
        const rate = lastCreationRate() ?? Number.POSITIVE_INFINITY;
        if (grown.created > 0)
          creation.push([
            String(size),
            String(grown.created),
            fmt(grown.createS, 1),
            fmt(grown.runningS, 1),
            fmt(rate, 0),
          ]);
        const next = sizes[s + 1];
        if (ctx.options.sizes === undefined && next === 50_000 && (next - size) / rate > CREATE_BUDGET_S) {
          sizes[s + 1] = 25_000;
          notes.push(
            `50k pods would take ~${fmt((next - size) / rate / 60, 1)} min more to create at the measured ${fmt(rate, 0)} pods/s (create + kwok making them Running, all on the same 2 cores), over the ~6 min budget: measured 25k instead.`,
          );
        }
        for (const encoding of ENCODINGS) {
          ctx.log(`big-lists: ${String(size)} pods, ${encoding}`);
          const runs = new Map<string, ListRun[]>(targets.map((target) => [target.name, []]));
          for (const target of targets) await listOnce(target, encoding, apiPid); // warm up
          for (let round = 0; round < ctx.options.rounds; round++)
            for (const target of rotate(targets, round))
              runs.get(target.name)?.push(await listOnce(target, encoding, apiPid));
          const ttlb = (name: string): number => median((runs.get(name) ?? []).map((run) => run.ttlbMs));
          for (const [name, list] of runs) {
            const growth = Math.max(...list.map((run) => run.rssGrowth));
            const apiCpu = list.map((run) => run.apiCpuS);
            if (name === 'wheelhouse') maxGrowth = Math.max(maxGrowth, growth);
            rows.push([
              String(size),
              encoding,
              name,
              fmt(toMiB(list[0]?.bytes ?? 0), 1),
              fmt(median(list.map((run) => run.ttfbMs)), 0),
              fmt(ttlb(name), 0),
              fmt(Math.min(...list.map((run) => run.ttlbMs)), 0),
              fmt(Math.max(...list.map((run) => run.ttlbMs)), 0),
              fmt(toMiB(list[0]?.bytes ?? 0) / (ttlb(name) / 1000), 1),
              name === 'wheelhouse' ? fmt(toMiB(growth), 1) : '',
              `${fmt(median(apiCpu), 1)} (${fmt(Math.min(...apiCpu), 1)}–${fmt(Math.max(...apiCpu), 1)})`,
              name === 'wheelhouse' ? fmt(median(list.map((run) => run.proxyCpuS)), 2) : '',
            ]);
          }
          const ratio = ttlb('wheelhouse') / ttlb('direct');
          verdicts.push({
            what: `${String(size)} pods, ${encoding}: time to last byte Wheelhouse ÷ direct (medians)`,
            measured: `${fmt(ttlb('wheelhouse'), 0)} ÷ ${fmt(ttlb('direct'), 0)} ms = ${fmt(ratio, 3)}×`,
            target: '≤ 1.1×',
            met: ratio <= 1.1,
            ...(ratio > 1.1 ? { note: `over by ${fmt((ratio - 1.1) * 100, 1)} points` } : {}),
          });
        }
      }
    } finally {
      for (const target of targets) await target.close();
    }
    verdicts.push({
      what: 'Wheelhouse RSS growth during a list, worst case',
      measured: `${fmt(toMiB(maxGrowth), 1)} MiB`,
      target: '≤ 32 MiB whatever the size',
      met: maxGrowth <= 32 * 2 ** 20,
    });
    const tables = [
      {
        columns: [
          'pods',
          'encoding',
          'target',
          'body MiB',
          'TTFB ms',
          'TTLB ms (median)',
          'min',
          'max',
          'MiB/s',
          'RSS growth MiB',
          'API server CPU s (min–max)',
          'proxy CPU s',
        ],
        rows,
      },
    ];
    if (creation.length > 0)
      tables.push({
        columns: ['pods', 'created', 'create s (POST, c=32)', 'until all Running s', 'pods/s overall'],
        rows: creation,
      });
    notes.push(
      `${String(ctx.options.rounds)} rounds per size and encoding after one warm-up list each, order alternating (A/B, B/A, …); one list at a time, full (no limit), Accept: application/json. RSS growth = peak RSS during the list (VmHWM reset via /proc/PID/clear_refs, plus 20 ms sampling) − RSS before it.`,
      'direct and Wheelhouse → API server both speak HTTP/1.1; "direct (HTTP/2)" is what undici and client-go negotiate by default with kube-apiserver, shown for reference (not judged).',
      'CPU columns: seconds of CPU the API server (median, min–max) and Wheelhouse (median) used per list, read from /proc around each list. The API server spends very different CPU on the same list from one request to the next (its Go garbage collector), and that moves the time to last byte of either target more than the proxy does: compare the ratio with that spread in mind.',
      'gzip: the API server compresses (its APIResponseCompression); the proxy passes the compressed bytes through untouched, as a browser would receive them.',
    );
    return { scenario: 'big-lists', title: 'Big lists', tables, verdicts, notes };
  },
};

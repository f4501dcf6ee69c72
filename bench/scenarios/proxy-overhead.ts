/**
 * Scenario 1, proxy overhead: GET one pod and list 100 pods, directly from kube-apiserver, through
 * Wheelhouse and through `kubectl proxy` (and, for reference, a bare Node relay), at concurrency 1 and 32.
 * Targets: added p50 ≤ 0.2 ms and p99 ≤ 1 ms (judged at concurrency 1, where latency is the per-request
 * cost; at 32 on 2 cores it is queueing), requests/s at least kubectl proxy's.
 */
import { mergeResults, runLoad } from '../lib/load.ts';
import type { LoadResult } from '../lib/load.ts';
import { createPods, waitAllRunning } from '../lib/kube.ts';
import { sampleProcess } from '../lib/process-stats.ts';
import type { ProcessSample } from '../lib/process-stats.ts';
import type { Table, Verdict } from '../lib/report.ts';
import { rotate } from '../lib/scenario.ts';
import type { BenchContext, Scenario } from '../lib/scenario.ts';
import { bareRelayTarget, directTarget, kubectlProxyTarget, wheelhouseTarget } from '../lib/servers.ts';
import type { ApiTarget } from '../lib/servers.ts';
import { fmt, summarize, toMiB } from '../lib/stats.ts';
import type { Summary } from '../lib/stats.ts';

const NAMESPACE = 'bench-small';
const REQUESTS = [
  { name: 'GET pod', path: `/api/v1/namespaces/${NAMESPACE}/pods/small-0` },
  { name: 'list 100 pods', path: `/api/v1/namespaces/${NAMESPACE}/pods` },
] as const;
const CONCURRENCIES = [1, 32] as const;

/** One target's aggregate over the rounds of one (request, concurrency) cell. */
interface Cell {
  readonly result: LoadResult;
  readonly latency: Summary;
  readonly rps: number;
  readonly proxyCpuSeconds: number;
  readonly proxyRssBytes: number;
  readonly apiCpuSeconds: number;
}

interface Run {
  readonly result: LoadResult;
  readonly proxyCpuSeconds: number;
  readonly proxyRssBytes: number;
  readonly apiCpuSeconds: number;
}

function sample(pid: number | undefined): ProcessSample | undefined {
  return pid === undefined ? undefined : sampleProcess(pid);
}

async function measure(
  target: ApiTarget,
  path: string,
  concurrency: number,
  ctx: BenchContext,
): Promise<Run> {
  const request = { dispatcher: target.pool, path: target.prefix + path, headers: target.headers };
  await runLoad(request, { concurrency, durationMs: Math.min(500, ctx.options.durationMs / 4) });
  const apiPid = ctx.cluster.pids['kube-apiserver'];
  const [proxy0, api0] = [sample(target.pid), sample(apiPid)];
  const result = await runLoad(request, { concurrency, durationMs: ctx.options.durationMs });
  const [proxy1, api1] = [sample(target.pid), sample(apiPid)];
  if (result.errors > 0)
    ctx.log(`  ${target.name}: ${String(result.errors)} errors (${result.firstError ?? ''})`);
  return {
    result,
    proxyCpuSeconds: proxy0 && proxy1 ? proxy1.cpuSeconds - proxy0.cpuSeconds : Number.NaN,
    proxyRssBytes: proxy1?.rssBytes ?? Number.NaN,
    apiCpuSeconds: api0 && api1 ? api1.cpuSeconds - api0.cpuSeconds : Number.NaN,
  };
}

function aggregate(runs: readonly Run[]): Cell {
  const result = mergeResults(runs.map((run) => run.result));
  const sum = (pick: (run: Run) => number): number => runs.reduce((n, run) => n + pick(run), 0);
  return {
    result,
    latency: summarize(result.latenciesMs),
    rps: result.latenciesMs.length / (result.elapsedMs / 1000),
    proxyCpuSeconds: sum((run) => run.proxyCpuSeconds),
    proxyRssBytes: Math.max(...runs.map((run) => run.proxyRssBytes)),
    apiCpuSeconds: sum((run) => run.apiCpuSeconds),
  };
}

async function ensureFixture(ctx: BenchContext): Promise<void> {
  await ctx.admin.ensureNamespace(NAMESPACE);
  if ((await ctx.admin.countPods(NAMESPACE)) < 100) {
    ctx.log('proxy-overhead: creating 100 pods');
    await createPods(ctx.admin, ctx.cluster, { namespace: NAMESPACE, prefix: 'small', from: 0, to: 100 });
  }
  await waitAllRunning(ctx.admin, NAMESPACE);
}

function row(request: string, concurrency: number, target: ApiTarget, cell: Cell): string[] {
  const seconds = cell.result.elapsedMs / 1000;
  const requests = cell.result.latenciesMs.length;
  return [
    request,
    String(concurrency),
    target.name,
    fmt(cell.latency.p50, 3),
    fmt(cell.latency.p99, 3),
    fmt(cell.rps, 0),
    fmt(cell.proxyCpuSeconds / seconds, 2),
    fmt((cell.proxyCpuSeconds / requests) * 1e6, 0),
    fmt(toMiB(cell.proxyRssBytes), 1),
    fmt(cell.apiCpuSeconds / seconds, 2),
    String(cell.result.errors),
  ];
}

function judge(request: string, concurrency: number, cells: Map<string, Cell>): Verdict[] {
  const direct = cells.get('direct');
  const wheelhouse = cells.get('wheelhouse');
  const kubectl = cells.get('kubectl proxy');
  const bare = cells.get('bare Node relay');
  if (!direct || !wheelhouse || !kubectl) return [];
  const label = `${request}, c=${String(concurrency)}`;
  const verdicts: Verdict[] = [];
  const addedBy = (cell: Cell, pick: (s: Summary) => number): number =>
    pick(cell.latency) - pick(direct.latency);
  const added = (pick: (s: Summary) => number): number => addedBy(wheelhouse, pick);
  for (const [name, pick, target] of [
    ['p50', (s: Summary) => s.p50, 0.2],
    ['p99', (s: Summary) => s.p99, 1],
  ] as const) {
    const value = added(pick);
    const floor = bare === undefined ? '' : `, the bare Node relay ${fmt(addedBy(bare, pick), 3)} ms`;
    const context = `kubectl proxy adds ${fmt(addedBy(kubectl, pick), 3)} ms${floor}`;
    verdicts.push({
      what: `${label}: added ${name} (Wheelhouse − direct)`,
      measured: `${fmt(value, 3)} ms`,
      target: `≤ ${String(target)} ms${concurrency === 1 ? '' : ', judged at c=1 only'}`,
      met: concurrency === 1 ? value <= target : undefined,
      note: value > target ? `over by ${fmt(value - target, 3)} ms; ${context}` : context,
    });
  }
  const ratio = wheelhouse.rps / kubectl.rps;
  verdicts.push({
    what: `${label}: requests/s Wheelhouse ÷ kubectl proxy`,
    measured: `${fmt(wheelhouse.rps, 0)} ÷ ${fmt(kubectl.rps, 0)} = ${fmt(ratio, 2)}×`,
    target: '≥ 1×',
    met: ratio >= 1,
    note: `Wheelhouse ÷ direct ${fmt(wheelhouse.rps / direct.rps, 2)}×`,
  });
  return verdicts;
}

/** Scenario 1: proxy overhead. */
export const proxyOverhead: Scenario = {
  name: 'proxy-overhead',
  summary: 'GET one pod / list 100 pods: direct vs Wheelhouse vs kubectl proxy, c=1 and c=32',
  async run(ctx) {
    await ensureFixture(ctx);
    const targets = [
      directTarget(ctx.cluster),
      await wheelhouseTarget(ctx.cluster),
      await kubectlProxyTarget(ctx.cluster),
      await bareRelayTarget(ctx.cluster),
    ];
    const rows: string[][] = [];
    const verdicts: Verdict[] = [];
    try {
      ctx.log('proxy-overhead: warming up');
      for (const target of targets)
        for (const request of REQUESTS)
          await runLoad(
            { dispatcher: target.pool, path: target.prefix + request.path, headers: target.headers },
            { concurrency: 32, durationMs: 1000 },
          );
      for (const request of REQUESTS) {
        for (const concurrency of CONCURRENCIES) {
          const runs = new Map<string, Run[]>(targets.map((target) => [target.name, []]));
          for (let round = 0; round < ctx.options.rounds; round++) {
            ctx.log(`proxy-overhead: ${request.name}, c=${String(concurrency)}, round ${String(round + 1)}`);
            for (const target of rotate(targets, round))
              runs.get(target.name)?.push(await measure(target, request.path, concurrency, ctx));
          }
          const cells = new Map([...runs].map(([name, list]) => [name, aggregate(list)]));
          for (const target of targets) {
            const cell = cells.get(target.name);
            if (cell) rows.push(row(request.name, concurrency, target, cell));
          }
          verdicts.push(...judge(request.name, concurrency, cells));
        }
      }
    } finally {
      for (const target of targets) await target.close();
    }
    const table: Table = {
      columns: [
        'request',
        'c',
        'target',
        'p50 ms',
        'p99 ms',
        'req/s',
        'proxy CPU',
        'proxy µs/req',
        'proxy RSS MiB',
        'apiserver CPU',
        'errors',
      ],
      rows,
    };
    return {
      scenario: 'proxy-overhead',
      title: 'Proxy overhead',
      tables: [table],
      verdicts,
      notes: [
        `${String(ctx.options.rounds)} rounds × ${String(ctx.options.durationMs)} ms per target and cell, targets rotated each round (A/B/C, B/C/A, …), after a warm-up; latency = request start → last body byte; closed loop (undici Pool, keep-alive).`,
        'CPU in cores (1.00 = one core busy); "proxy" = the Wheelhouse, kubectl proxy or bare relay process (blank for direct); µs/req = proxy CPU time per request. Client, proxies and the whole control plane share the same cores.',
        'Upstream protocol: direct and Wheelhouse speak HTTP/1.1 to kube-apiserver; kubectl proxy uses client-go (HTTP/2).',
        '"bare Node relay" (bench/lib/bare-relay.ts, reference, not judged) is the floor of a proxy written in Node on this machine: node:http in, one undici pool out, the body piped back, nothing checked or filtered. What it adds over direct is the cost of a second process and two loopback hops, which no proxy avoids.',
      ],
    };
  },
};

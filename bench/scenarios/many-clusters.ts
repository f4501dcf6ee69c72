/**
 * Scenario 5, many clusters: add 100 dynamic clusters (`POST /api/clusters`, the bench cluster's server
 * with the viewer token) one after another; time per add, RSS per idle cluster (target ≤ 50 KB) and the
 * latency of the first request through each. Skipped while the dynamic-clusters API is not available.
 */
import { readFileSync } from 'node:fs';
import { gcPreloadEnv, memoryAfterGc } from '../lib/gc-memory.ts';
import type { GcMemory } from '../lib/gc-memory.ts';
import type { ScenarioReport, Table, Verdict } from '../lib/report.ts';
import type { BenchContext, Scenario } from '../lib/scenario.ts';
import { wheelhouseTarget } from '../lib/servers.ts';
import type { ApiTarget } from '../lib/servers.ts';
import type { Wheelhouse } from '../../test/wheelhouse.ts';
import { fmt, summarize } from '../lib/stats.ts';
import type { Summary } from '../lib/stats.ts';

const COUNT = 100;
const SETTLE_MS = 3_000;

type FetchApi = (path: string, init?: RequestInit) => Promise<Response>;

/** Why the scenario cannot run, or undefined when it can. */
async function unavailable(fetchApi: FetchApi): Promise<string | undefined> {
  const config = (await (await fetchApi('/api/config')).json()) as {
    features?: { dynamicClusters?: boolean };
  };
  if (config.features?.dynamicClusters !== true) return '/api/config reports features.dynamicClusters false';
  // An empty body is invalid: an existing endpoint answers 400/422 and adds nothing; no route answers 404.
  const probe = await fetchApi('/api/clusters', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  await probe.arrayBuffer();
  if (probe.status === 404 || probe.status === 405)
    return `POST /api/clusters answers ${String(probe.status)}`;
  return undefined;
}

function skipped(reason: string): ScenarioReport {
  const notes = [`skipped: dynamic clusters API not available (${reason})`];
  return { scenario: 'many-clusters', title: 'Many clusters', tables: [], verdicts: [], notes };
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

interface Answer {
  readonly status: number;
  readonly ms: number;
  readonly json: unknown;
}

function requester(target: ApiTarget) {
  return async (method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<Answer> => {
    const t0 = performance.now();
    const headers = { ...target.headers, 'content-type': 'application/json' };
    const payload = body === undefined ? null : JSON.stringify(body);
    const response = await target.pool.request({ method, path, headers, body: payload });
    const text = await response.body.text();
    const ms = performance.now() - t0;
    return {
      status: response.statusCode,
      ms,
      json: text.startsWith('{') ? (JSON.parse(text) as unknown) : undefined,
    };
  };
}

interface Measured {
  readonly add: Summary;
  readonly first: Summary;
  readonly second: Summary;
  readonly memory: { readonly before: GcMemory; readonly idle: GcMemory; readonly used: GcMemory };
}

async function measure(
  ctx: BenchContext,
  target: ApiTarget & { readonly wheelhouse: Wheelhouse },
): Promise<Measured> {
  const request = requester(target);
  const ca = readFileSync(ctx.cluster.caCert).toString('base64');
  await request('GET', `/clusters/${ctx.cluster.name}/version`); // warm the pool and the route
  await settle();
  const before = await memoryAfterGc(target.wheelhouse);
  const names: string[] = [];
  const addMs: number[] = [];
  ctx.log(`many-clusters: adding ${String(COUNT)} clusters`);
  for (let i = 0; i < COUNT; i++) {
    const name = `bench-dyn-${String(i).padStart(3, '0')}`;
    const body = {
      name,
      server: ctx.cluster.server,
      certificateAuthorityData: ca,
      token: ctx.cluster.viewerToken,
    };
    const added = await request('POST', '/api/clusters', body);
    if (added.status !== 201 && added.status !== 200)
      throw new Error(
        `POST /api/clusters ${name}: HTTP ${String(added.status)} ${JSON.stringify(added.json)}`,
      );
    names.push((added.json as { clusters?: { name: string }[] } | undefined)?.clusters?.[0]?.name ?? name);
    addMs.push(added.ms);
  }
  await settle();
  const idle = await memoryAfterGc(target.wheelhouse);
  ctx.log('many-clusters: first request to each');
  const firstMs: number[] = [];
  const secondMs: number[] = [];
  for (const name of names) {
    const path = `/clusters/${name}/api/v1/namespaces/default/pods?limit=1`;
    const first = await request('GET', path);
    if (first.status !== 200) throw new Error(`GET ${path}: HTTP ${String(first.status)}`);
    firstMs.push(first.ms);
    secondMs.push((await request('GET', path)).ms);
  }
  await settle();
  const used = await memoryAfterGc(target.wheelhouse);
  for (const name of names) await request('DELETE', `/api/clusters/${name}`);
  return {
    add: summarize(addMs),
    first: summarize(firstMs),
    second: summarize(secondMs),
    memory: { before, idle, used },
  };
}

function report(m: Measured): ScenarioReport {
  const { before, idle, used } = m.memory;
  const per = (after: GcMemory, pick: (x: GcMemory) => number): number =>
    (pick(after) - pick(before)) / COUNT;
  const js = (x: GcMemory): number => x.heapUsed + x.external;
  const kb = (bytes: number): string => `${fmt(bytes / 1024, 1)} KB`;
  const mib = (bytes: number): string => fmt(bytes / 2 ** 20, 1);
  const perIdle = per(idle, (x) => x.rss);
  const perIdleJs = per(idle, js);
  const worst = Math.max(perIdle, perIdleJs);
  const verdicts: Verdict[] = [
    {
      what: `memory per idle cluster (growth after ${String(COUNT)} adds ÷ ${String(COUNT)}, after a full GC)`,
      measured: `RSS ${kb(perIdle)}, JS heap + external ${kb(perIdleJs)}`,
      target: '≤ 50 KB (both)',
      met: worst <= 50 * 1024,
      ...(worst > 50 * 1024 ? { note: `over by ${fmt(worst / 1024 - 50, 1)} KB` } : {}),
    },
    {
      what: 'time per add, p50 / p99',
      measured: `${fmt(m.add.p50, 2)} / ${fmt(m.add.p99, 2)} ms`,
      target: 'reported',
      met: undefined,
    },
    {
      what: 'first request to each cluster, p50 / p99',
      measured: `${fmt(m.first.p50, 2)} / ${fmt(m.first.p99, 2)} ms`,
      target: 'reported',
      met: undefined,
      note: `the second request: ${fmt(m.second.p50, 2)} / ${fmt(m.second.p99, 2)} ms (the difference is the pool's TCP + TLS connect)`,
    },
  ];
  const row = (what: string, s: Summary, total = ''): string[] => [
    what,
    fmt(s.p50, 2),
    fmt(s.p99, 2),
    fmt(s.max, 2),
    total,
  ];
  const tables: Table[] = [
    {
      columns: ['what', 'p50', 'p99', 'max', 'total'],
      rows: [
        row('add one cluster (ms)', m.add, `${fmt(m.add.mean * m.add.count, 0)} ms`),
        row('first request per cluster (ms)', m.first),
        row('second request per cluster (ms)', m.second),
      ],
    },
    {
      columns: [
        'after a full GC',
        'before',
        `${String(COUNT)} idle clusters`,
        'after one request each',
        'per idle cluster',
        'per used cluster',
      ],
      rows: [
        [
          'RSS (MiB)',
          mib(before.rss),
          mib(idle.rss),
          mib(used.rss),
          kb(perIdle),
          kb(per(used, (x) => x.rss)),
        ],
        [
          'JS heap + external (MiB)',
          mib(js(before)),
          mib(js(idle)),
          mib(js(used)),
          kb(per(idle, js)),
          kb(per(used, js)),
        ],
      ],
    },
  ];
  const notes = [
    `Clusters added one at a time with {name, server, certificateAuthorityData, token: viewer}. Memory read ${String(SETTLE_MS / 1000)} s after each phase and after a forced full GC (bench/lib/gc-on-signal.ts preloaded, SIGUSR2), so the garbage of the add requests does not count; RSS still moves by whole pages and V8 spaces (± a few MiB ÷ ${String(COUNT)}). "Used" clusters hold a keep-alive TLS connection each.`,
  ];
  return { scenario: 'many-clusters', title: 'Many clusters', tables, verdicts, notes };
}

/** Scenario 5: many dynamic clusters. */
export const manyClusters: Scenario = {
  name: 'many-clusters',
  summary: 'add 100 dynamic clusters: time per add, RSS per idle cluster, first-request latency',
  async run(ctx) {
    const target = await wheelhouseTarget(ctx.cluster, { env: gcPreloadEnv() });
    try {
      const reason = await unavailable((path, init) => target.wheelhouse.fetch(path, init));
      if (reason !== undefined) {
        ctx.log(`many-clusters: skipped: dynamic clusters API not available (${reason})`);
        return skipped(reason);
      }
      return report(await measure(ctx, target));
    } finally {
      await target.close();
    }
  },
};

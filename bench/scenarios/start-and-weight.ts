/**
 * Scenario 6, start and weight: process start → `/readyz` 200 (target ≤ 300 ms) and idle RSS (target
 * ≤ 80 MiB) of the real CLI on one kubeconfig cluster, beside a bare `node:http` server's start as the
 * floor; the web app's initial JavaScript, gzipped (n/a until packages/web/dist exists).
 */
import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { request } from 'undici';
import { repoRoot } from '../../tools/testcluster/node/testcluster.ts';
import { freePort } from '../../test/wheelhouse.ts';
import { gcPreloadEnv } from '../lib/gc-memory.ts';
import type { GcMemory } from '../lib/gc-memory.ts';
import { sampleProcess } from '../lib/process-stats.ts';
import type { ScenarioReport, Verdict } from '../lib/report.ts';
import { rotate } from '../lib/scenario.ts';
import type { BenchContext, Scenario } from '../lib/scenario.ts';
import { fmt, summarize, toMiB } from '../lib/stats.ts';

const STARTS = 7;
const TOKEN = 'bench-token-0123456789abcdef';
const SETTLE_MS = 5_000;
const webDist = join(repoRoot, 'packages/web/dist');

interface Started {
  readonly child: ChildProcess;
  readonly readyMs: number;
  /** CPU time (user + system) of the process when it first answered. */
  readonly cpuMs: number;
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await request(url);
    await response.body.dump();
    return response.statusCode === 200;
  } catch {
    return false;
  }
}

/**
 * Spawns `node args…` and waits for its first line on stdout (Wheelhouse prints its login URL once it
 * listens and its sources are in; the floor server prints when it listens), then asks `url` and, until it
 * answers 200, asks again every 10 ms. The time includes the spawn. Polling from the start instead (every
 * 2 ms, as this scenario did until 2026-12-02) took CPU from the process being measured on this 2-core
 * machine: it made a bare server's start 190 ms instead of 105 ms. Also reads the process's CPU time at
 * that moment (less sensitive to a busy machine than the wall time).
 */
async function startAndWait(args: string[], url: string, env: Record<string, string> = {}): Promise<Started> {
  const t0 = performance.now();
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'ignore'],
    env: { ...process.env, KUBECONFIG: '', ...env },
  });
  const printed = new Promise<void>((resolve) => {
    child.stdout.once('data', () => {
      resolve();
    });
    child.once('exit', () => {
      resolve();
    });
  });
  const timeout = setTimeout(() => child.kill('SIGKILL'), 90_000);
  try {
    await printed;
    child.stdout.resume(); // keep draining the pipe: a full pipe would block the child's writes
    for (;;) {
      if (await answers(url)) {
        const readyMs = performance.now() - t0;
        const cpuMs = child.pid === undefined ? Number.NaN : sampleProcess(child.pid).cpuSeconds * 1000;
        return { child, readyMs, cpuMs };
      }
      if (child.exitCode !== null || child.signalCode !== null)
        throw new Error(
          `${args.join(' ')} ended (${String(child.exitCode ?? child.signalCode)}) before ${url} answered`,
        );
      await sleep(10);
    }
  } finally {
    clearTimeout(timeout);
  }
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve();
    else {
      child.once('exit', () => {
        resolve();
      });
      child.kill('SIGTERM');
    }
  });
}

/** Gzipped size of the scripts index.html loads at once (module scripts and modulepreloads), or undefined. */
export function initialJavaScriptGzip(
  dist = webDist,
): { files: number; raw: number; gzip: number } | undefined {
  const index = join(dist, 'index.html');
  if (!existsSync(index)) return undefined;
  const html = readFileSync(index, 'utf8');
  const refs = [
    ...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((match) => match[1] ?? '');
  let raw = 0;
  let gzip = 0;
  for (const ref of new Set(refs)) {
    const path = join(dist, ref.replace(/^(\.\/|\/)/, '').replace(/^.*?assets\//, 'assets/'));
    if (!existsSync(path)) continue;
    const body = readFileSync(path);
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { files: refs.length, raw, gzip };
}

const launcher = join(repoRoot, 'packages/server/bin/wheelhouse.js');

/** How the bin runs the server: the prebuilt bundle (what `npm start` runs) or the TypeScript sources. */
const VARIANTS = [
  { name: 'bundle', label: 'prebuilt bundle', env: {} },
  { name: 'sources', label: 'TypeScript sources', env: { WHEELHOUSE_FROM_SOURCES: '1' } },
] as const;
type Variant = (typeof VARIANTS)[number];

/** What one Wheelhouse start measured. */
interface StartRun {
  readonly readyMs: number;
  readonly cpuMs: number;
  readonly idleRss: number;
  /** RSS 2 s after one proxied request (undici and the pool are loaded on first use). */
  readonly usedRss: number;
}

function wheelhouseArgs(port: number, configDir: string, kubeconfig: string): string[] {
  return [
    launcher,
    ...['--port', String(port), '--config-dir', configDir, '--token', TOKEN],
    ...['--log-level', 'warn', '--kubeconfig', kubeconfig],
  ];
}

async function startOnce(variant: Variant, ctx: BenchContext): Promise<StartRun> {
  const port = await freePort();
  const configDir = mkdtempSync(join(tmpdir(), 'wheelhouse-bench-'));
  const url = `http://127.0.0.1:${String(port)}`;
  const args = wheelhouseArgs(port, configDir, ctx.cluster.adminKubeconfig);
  const started = await startAndWait(args, `${url}/readyz`, variant.env);
  const pid = started.child.pid ?? 0;
  try {
    await sleep(SETTLE_MS);
    const idleRss = sampleProcess(pid).rssBytes;
    const response = await request(`${url}/clusters/${ctx.cluster.name}/api/v1/namespaces/default`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    await response.body.dump();
    if (response.statusCode !== 200) throw new Error(`proxied GET: HTTP ${String(response.statusCode)}`);
    await sleep(2_000);
    return { readyMs: started.readyMs, cpuMs: started.cpuMs, idleRss, usedRss: sampleProcess(pid).rssBytes };
  } finally {
    await stop(started.child);
    rmSync(configDir, { recursive: true, force: true });
  }
}

/** Memory after a forced full GC, SETTLE_MS after ready (bundle; gc-on-signal's code preloaded). */
async function idleAfterGc(kubeconfig: string): Promise<GcMemory> {
  const port = await freePort();
  const configDir = mkdtempSync(join(tmpdir(), 'wheelhouse-bench-'));
  const child = spawn(process.execPath, wheelhouseArgs(port, configDir, kubeconfig), {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, KUBECONFIG: '', ...gcPreloadEnv() },
  });
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    for (let i = 0; !(await answers(`http://127.0.0.1:${String(port)}/readyz`)); i++) {
      if (i > 9000 || child.exitCode !== null) throw new Error(`no /readyz for the GC run:\n${output}`);
      await sleep(10);
    }
    await sleep(SETTLE_MS);
    child.kill('SIGUSR2');
    for (let i = 0; !output.includes('BENCH-MEM '); i++) {
      if (i > 250) throw new Error('no BENCH-MEM answer');
      await sleep(20);
    }
    return JSON.parse(output.split('BENCH-MEM ')[1]?.split('\n')[0] ?? '{}') as GcMemory;
  } finally {
    await stop(child);
    rmSync(configDir, { recursive: true, force: true });
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Scenario 6: start and weight. */
export const startAndWeight: Scenario = {
  name: 'start-and-weight',
  summary: 'process start → /readyz (bundle and sources), idle RSS, initial JavaScript gzip size',
  async run(ctx) {
    ctx.log('start-and-weight: bundling the server if stale (as npm start does)');
    execFileSync(process.execPath, [join(repoRoot, 'packages/server/bundle/build.ts'), '--if-stale'], {
      stdio: 'inherit',
    });
    const floorMs: number[] = [];
    const floorCpu: number[] = [];
    const runs = new Map<Variant['name'], StartRun[]>(VARIANTS.map((v) => [v.name, []]));
    for (let i = 0; i < STARTS; i++) {
      ctx.log(`start-and-weight: round ${String(i + 1)}/${String(STARTS)}`);
      const floorPort = await freePort();
      const floorServer = `require('node:http').createServer((q, s) => s.end('ok')).listen(${String(floorPort)}, '127.0.0.1', () => console.log('listening'))`;
      const floor = await startAndWait(['-e', floorServer], `http://127.0.0.1:${String(floorPort)}/`);
      floorMs.push(floor.readyMs);
      floorCpu.push(floor.cpuMs);
      await stop(floor.child);
      for (const variant of rotate(VARIANTS, i)) runs.get(variant.name)?.push(await startOnce(variant, ctx));
    }
    const gced = await idleAfterGc(ctx.cluster.adminKubeconfig);
    return report(floorMs, floorCpu, runs, gced);
  },
};

function report(
  floorMs: number[],
  floorCpu: number[],
  runs: Map<Variant['name'], StartRun[]>,
  gced: GcMemory,
): ScenarioReport {
  const of = (name: Variant['name'], pick: (run: StartRun) => number): ReturnType<typeof summarize> =>
    summarize((runs.get(name) ?? []).map(pick));
  const ready = of('bundle', (r) => r.readyMs);
  const idle = of('bundle', (r) => r.idleRss);
  const floor = summarize(floorMs);
  const js = initialJavaScriptGzip();
  const ms = (s: typeof ready, digits = 0): string[] => [
    fmt(s.min, digits),
    fmt(s.p50, digits),
    fmt(s.max, digits),
  ];
  const mib = (s: typeof ready): string[] => [
    fmt(toMiB(s.min), 1),
    fmt(toMiB(s.p50), 1),
    fmt(toMiB(s.max), 1),
  ];
  const rows: string[][] = [
    ['bare node:http start → 200 (ms)', ...ms(floor)],
    ['… its CPU time at that moment (ms)', ...ms(summarize(floorCpu))],
  ];
  for (const variant of VARIANTS) {
    rows.push(
      [`Wheelhouse (${variant.label}) start → /readyz 200 (ms)`, ...ms(of(variant.name, (r) => r.readyMs))],
      ['… its CPU time at that moment (ms)', ...ms(of(variant.name, (r) => r.cpuMs))],
      [
        `… idle RSS ${String(SETTLE_MS / 1000)} s after ready (MiB)`,
        ...mib(of(variant.name, (r) => r.idleRss)),
      ],
      ['… RSS 2 s after its first proxied request (MiB)', ...mib(of(variant.name, (r) => r.usedRss))],
    );
  }
  rows.push(
    ['bundle, after a forced full GC: RSS (MiB)', '', fmt(toMiB(gced.rss), 1), ''],
    [
      'bundle, after a forced full GC: JS heap used + external (MiB)',
      '',
      fmt(toMiB(gced.heapUsed + gced.external), 1),
      '',
    ],
  );
  const verdicts: Verdict[] = [
    {
      what: 'start → /readyz, median (prebuilt bundle, what npm start runs)',
      measured: `${fmt(ready.p50, 0)} ms`,
      target: '≤ 300 ms',
      met: ready.p50 <= 300,
      note: `bare node:http server start ${fmt(floor.p50, 0)} ms (Node's own floor on this machine)${ready.p50 > 300 ? `; over by ${fmt(ready.p50 - 300, 0)} ms` : ''}`,
    },
    {
      what: 'idle RSS, median (prebuilt bundle)',
      measured: `${fmt(toMiB(idle.p50), 1)} MiB`,
      target: '≤ 80 MiB',
      met: toMiB(idle.p50) <= 80,
      note: `${toMiB(idle.p50) > 80 ? `over by ${fmt(toMiB(idle.p50) - 80, 1)} MiB; ` : ''}after the first proxied request ${fmt(toMiB(of('bundle', (r) => r.usedRss).p50), 1)} MiB`,
    },
    {
      what: 'initial JavaScript, gzip -9',
      measured:
        js === undefined
          ? 'n/a'
          : `${fmt(js.gzip / 1024, 1)} KiB (${String(js.files)} files, ${fmt(js.raw / 1024, 0)} KiB raw)`,
      target: '≤ 300 KB',
      met: js === undefined ? undefined : js.gzip <= 300 * 1000,
      note:
        js === undefined
          ? 'packages/web/dist does not exist: the web app is not built yet'
          : 'what index.html loads at once',
    },
  ];
  return {
    scenario: 'start-and-weight',
    title: 'Start and weight',
    tables: [{ columns: ['what', 'min', 'median', 'max'], rows }],
    verdicts,
    notes: [
      `${String(STARTS)} rounds; each starts a bare node:http server, then Wheelhouse from the prebuilt bundle and from the TypeScript sources (order alternating). Time from spawn() to the first 200, asked once the process prints its first line (then every 10 ms), so that polling takes no CPU from the start being measured; CPU = the process's user + system time when it first answered. Wheelhouse runs the real bin (packages/server/bin/wheelhouse.js) with one kubeconfig cluster (the bench cluster); the bundle is rebuilt first if stale, as npm start does.`,
      "RSS after the first proxied request: undici (the proxy's HTTP client) is imported on first use, so it is not in the idle number.",
    ],
  };
}

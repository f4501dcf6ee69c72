/**
 * Scenario 6, start and weight: process start → `/readyz` 200 (target ≤ 300 ms) and idle RSS (target
 * ≤ 80 MiB) of the real CLI on one kubeconfig cluster, beside a bare `node:http` server's start as the
 * floor; the web app's initial JavaScript, gzipped (n/a until packages/web/dist exists).
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { request } from 'undici';
import { repoRoot } from '../../tools/testcluster/node/testcluster.ts';
import { cliPath, freePort, startWheelhouse } from '../../test/wheelhouse.ts';
import { gcPreloadEnv, memoryAfterGc } from '../lib/gc-memory.ts';
import type { GcMemory } from '../lib/gc-memory.ts';
import { sampleProcess } from '../lib/process-stats.ts';
import type { Verdict } from '../lib/report.ts';
import type { Scenario } from '../lib/scenario.ts';
import { fmt, summarize, toMiB } from '../lib/stats.ts';

const STARTS = 7;
const SETTLE_MS = 5_000;
const webDist = join(repoRoot, 'packages/web/dist');

interface Started {
  readonly child: ChildProcess;
  readonly readyMs: number;
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

/** Spawns `node args…` and polls `url` every 2 ms until it answers 200; the time includes the spawn. */
async function startAndWait(args: string[], url: string): Promise<Started> {
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { stdio: 'ignore', env: { ...process.env, KUBECONFIG: '' } });
  for (;;) {
    if (await answers(url)) return { child, readyMs: performance.now() - t0 };
    if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited with ${String(child.exitCode)}`);
    if (performance.now() - t0 > 20_000) throw new Error(`${url} not ready after 20 s`);
    await new Promise((resolve) => setTimeout(resolve, 2));
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

/** Idle memory of one more start (gc-on-signal.ts preloaded), after a forced full GC: what is not garbage. */
async function idleAfterGc(kubeconfig: string): Promise<GcMemory> {
  const wheelhouse = await startWheelhouse({ kubeconfig: [kubeconfig], env: gcPreloadEnv() });
  try {
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    return await memoryAfterGc(wheelhouse);
  } finally {
    await wheelhouse.stop();
  }
}

/** Scenario 6: start and weight. */
export const startAndWeight: Scenario = {
  name: 'start-and-weight',
  summary: 'process start → /readyz, idle RSS, initial JavaScript gzip size',
  async run(ctx) {
    const readyMs: number[] = [];
    const floorMs: number[] = [];
    const idleRss: number[] = [];
    for (let i = 0; i < STARTS; i++) {
      ctx.log(`start-and-weight: start ${String(i + 1)}/${String(STARTS)}`);
      const floorPort = await freePort();
      const floorServer = `require('node:http').createServer((q, s) => s.end('ok')).listen(${String(floorPort)}, '127.0.0.1')`;
      const floor = await startAndWait(['-e', floorServer], `http://127.0.0.1:${String(floorPort)}/`);
      floorMs.push(floor.readyMs);
      await stop(floor.child);
      const port = await freePort();
      const configDir = mkdtempSync(join(tmpdir(), 'wheelhouse-bench-'));
      const args = [
        cliPath,
        '--port',
        String(port),
        '--config-dir',
        configDir,
        '--token',
        'bench-token-0123456789abcdef',
      ];
      args.push('--log-level', 'warn', '--kubeconfig', ctx.cluster.adminKubeconfig);
      const wheelhouse = await startAndWait(args, `http://127.0.0.1:${String(port)}/readyz`);
      readyMs.push(wheelhouse.readyMs);
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      if (wheelhouse.child.pid !== undefined) idleRss.push(sampleProcess(wheelhouse.child.pid).rssBytes);
      await stop(wheelhouse.child);
      rmSync(configDir, { recursive: true, force: true });
    }
    const ready = summarize(readyMs);
    const floor = summarize(floorMs);
    const rss = summarize(idleRss);
    const js = initialJavaScriptGzip();
    const gced = await idleAfterGc(ctx.cluster.adminKubeconfig);
    const verdicts: Verdict[] = [
      {
        what: 'start → /readyz, median',
        measured: `${fmt(ready.p50, 0)} ms`,
        target: '≤ 300 ms',
        met: ready.p50 <= 300,
        note: `bare node:http server start ${fmt(floor.p50, 0)} ms (Node's own floor on this machine)${ready.p50 > 300 ? `; over by ${fmt(ready.p50 - 300, 0)} ms` : ''}`,
      },
      {
        what: 'idle RSS, median',
        measured: `${fmt(toMiB(rss.p50), 1)} MiB`,
        target: '≤ 80 MiB',
        met: toMiB(rss.p50) <= 80,
        ...(toMiB(rss.p50) > 80 ? { note: `over by ${fmt(toMiB(rss.p50) - 80, 1)} MiB` } : {}),
      },
      {
        what: 'initial JavaScript, gzip -9',
        measured:
          js === undefined
            ? 'n/a'
            : `${fmt(js.gzip / 1024, 1)} KiB (${String(js.files)} files, ${fmt(js.raw / 1024, 0)} KiB raw)`,
        target: 'reported',
        met: undefined,
        note:
          js === undefined
            ? 'packages/web/dist does not exist: the web app is not built yet'
            : 'what index.html loads at once',
      },
    ];
    const ms = (s: typeof ready): string[] => [fmt(s.min, 0), fmt(s.p50, 0), fmt(s.max, 0)];
    return {
      scenario: 'start-and-weight',
      title: 'Start and weight',
      tables: [
        {
          columns: ['what', 'min', 'median', 'max'],
          rows: [
            ['Wheelhouse start → /readyz 200 (ms)', ...ms(ready)],
            ['bare node:http start → 200 (ms)', ...ms(floor)],
            [
              `Wheelhouse idle RSS ${String(SETTLE_MS / 1000)} s after ready (MiB)`,
              fmt(toMiB(rss.min), 1),
              fmt(toMiB(rss.p50), 1),
              fmt(toMiB(rss.max), 1),
            ],
            ['… after a forced full GC: RSS (MiB)', '', fmt(toMiB(gced.rss), 1), ''],
            [
              '… after a forced full GC: JS heap used + external (MiB)',
              '',
              fmt(toMiB(gced.heapUsed + gced.external), 1),
              '',
            ],
          ],
        },
      ],
      verdicts,
      notes: [
        `${String(STARTS)} starts, each after a bare-server start (alternating); time from spawn() to the first 200, polled every 2 ms. Wheelhouse runs the real CLI (Node type-stripping the TypeScript sources, no build) with one kubeconfig cluster (the bench cluster).`,
      ],
    };
  },
};

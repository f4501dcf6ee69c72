/**
 * `npm run bench -- [scenario…] [--duration=MS] [--rounds=N] [--sizes=10000,50000] [--reuse-cluster]
 * [--no-append]`: starts a dedicated test cluster `bench` (.testcluster/bench), runs the scenarios in
 * order, prints each one's table and appends it to BENCHMARKS.md, then stops the cluster.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Agent, request } from 'undici';
import {
  clusterDown,
  clusterUp,
  defaultClusterDir,
  readClusterInfo,
} from '../tools/testcluster/node/testcluster.ts';
import type { ClusterInfo } from '../tools/testcluster/node/testcluster.ts';
import { KubeAdmin, kubeconfigTls } from './lib/kube.ts';
import { loadAverage } from './lib/process-stats.ts';
import { publishReport } from './lib/report.ts';
import type { BenchOptions, Scenario } from './lib/scenario.ts';
import { bigLists } from './scenarios/big-lists.ts';
import { browserList } from './scenarios/browser-list.ts';
import { manyClusters } from './scenarios/many-clusters.ts';
import { proxyOverhead } from './scenarios/proxy-overhead.ts';
import { startAndWeight } from './scenarios/start-and-weight.ts';
import { watchChurn } from './scenarios/watch-churn.ts';
import { watchDom } from './scenarios/watch-dom.ts';

const CLUSTER = 'bench';

/**
 * Every scenario in run order: the ones that fill the cluster with pods run last (browser grows bench-big
 * to 10k, big-lists on to 50k).
 */
export const scenarios: readonly Scenario[] = [
  startAndWeight,
  proxyOverhead,
  watchChurn,
  watchDom,
  manyClusters,
  browserList,
  bigLists,
];

function usage(): string {
  const lines = scenarios.map((s) => `  ${s.name.padEnd(18)} ${s.summary}`);
  return [
    'npm run bench -- [scenario…] [--duration=MS] [--rounds=N] [--sizes=N,N] [--reuse-cluster] [--no-append]',
    '',
    ...lines,
    '',
    "--rounds=N       measured rounds per comparison, and the browser scenario's page loads (default 3)",
    '--reuse-cluster  use .testcluster/bench if it is running and leave it running (for iterating)',
    '--no-append      print only; do not append to BENCHMARKS.md',
  ].join('\n');
}

async function clusterRunning(info: ClusterInfo): Promise<boolean> {
  try {
    const tls = kubeconfigTls(info.adminKubeconfig);
    const response = await request(`${info.server}/readyz`, { dispatcher: new Agent({ connect: tls }) });
    await response.body.dump();
    return response.statusCode === 200;
  } catch {
    return false;
  }
}

async function startCluster(reuse: boolean): Promise<ClusterInfo> {
  if (reuse && existsSync(join(defaultClusterDir, CLUSTER, 'cluster.json'))) {
    const info = readClusterInfo(defaultClusterDir, CLUSTER);
    if (await clusterRunning(info)) {
      console.info(`bench: reusing the running cluster ${CLUSTER}`);
      return info;
    }
  }
  console.info(`bench: starting cluster ${CLUSTER} (.testcluster/${CLUSTER})…`);
  return clusterUp({ name: CLUSTER, nodes: 4, ownerPid: reuse ? undefined : process.pid });
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      duration: { type: 'string', default: '3000' },
      rounds: { type: 'string', default: '3' },
      sizes: { type: 'string' },
      'reuse-cluster': { type: 'boolean', default: false },
      'no-append': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.info(usage());
    return 0;
  }
  const unknown = positionals.filter((name) => !scenarios.some((s) => s.name === name));
  if (unknown.length > 0) {
    console.error(`bench: unknown scenario ${unknown.join(', ')}\n\n${usage()}`);
    return 2;
  }
  const selected =
    positionals.length === 0 ? scenarios : scenarios.filter((s) => positionals.includes(s.name));
  const options: BenchOptions = {
    durationMs: Number(values.duration),
    rounds: Number(values.rounds),
    sizes: values.sizes?.split(',').map(Number),
  };
  const command = [
    'npm run bench',
    ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : []),
  ].join(' ');
  const reuse = values['reuse-cluster'];
  const cluster = await startCluster(reuse);
  const admin = new KubeAdmin(cluster);
  let failed = 0;
  try {
    for (const scenario of selected) {
      const startedAt = new Date();
      const loadBefore = loadAverage();
      const t0 = performance.now();
      console.info(`\nbench: ${scenario.name} (load average ${loadBefore})`);
      try {
        const report = await scenario.run({
          cluster,
          admin,
          options,
          log: (line) => {
            console.info(line);
          },
        });
        const run = {
          command,
          startedAt,
          loadBefore,
          loadAfter: loadAverage(),
          durationS: (performance.now() - t0) / 1000,
        };
        publishReport(report, run, !values['no-append']);
      } catch (error) {
        failed++;
        console.error(`bench: ${scenario.name} failed:`, error);
      }
    }
  } finally {
    await admin.close();
    if (!reuse) await clusterDown({ name: CLUSTER });
  }
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main();

/**
 * Vitest global setup of the integration project: starts two real control planes once per run
 * (`alpha`, seeded, and `beta`) with tools/testcluster and stops them at the end. The clusters are owned by
 * this process, so they stop even if the run is killed. Without Go the integration tests are skipped with a
 * visible message on a developer machine, and fail in CI.
 */
import type { TestProject } from 'vitest/node';
import { join } from 'node:path';
import {
  clusterDown,
  clusterUp,
  goAvailable,
  repoRoot,
  type ClusterInfo,
} from '../tools/testcluster/node/testcluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The test clusters, or null when they could not be started (see skipReason). */
    testClusters: { alpha: ClusterInfo; beta: ClusterInfo } | null;
    testClustersSkipReason: string;
  }
}

const dir = join(repoRoot, '.testcluster', 'test');

export async function setup(project: TestProject): Promise<void> {
  const go = goAvailable();
  if (!go.ok) {
    const message = `integration tests SKIPPED: ${go.message}; install Go 1.26+ to run them against real clusters`;
    if (process.env['CI']) throw new Error(message);
    process.stderr.write(`\n\x1b[33m${message}\x1b[0m\n\n`);
    project.provide('testClusters', null);
    project.provide('testClustersSkipReason', message);
    return;
  }
  const started = Date.now();
  const [alpha, beta] = await Promise.all([
    clusterUp({ dir, name: 'alpha', seed: true, nodes: 2, ownerPid: process.pid }),
    clusterUp({ dir, name: 'beta', nodes: 2, ownerPid: process.pid }),
  ]);
  process.stderr.write(`test clusters up in ${((Date.now() - started) / 1000).toFixed(1)}s\n`);
  project.provide('testClusters', { alpha, beta });
  project.provide('testClustersSkipReason', '');
}

export async function teardown(): Promise<void> {
  await Promise.allSettled([clusterDown({ dir, name: 'alpha' }), clusterDown({ dir, name: 'beta' })]);
}

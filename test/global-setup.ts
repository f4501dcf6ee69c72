/**
 * Vitest global setup of the integration and e2e projects: starts two real control planes (`alpha`, seeded,
 * and `beta`) with tools/testcluster and stops them at the end. Both projects list this file; the first setup
 * starts the clusters and the others share them (the count lives on globalThis because Vitest may load this
 * module once per project), and the last teardown stops them. Each run uses its own directory, so two test
 * runs on one machine never touch each other's clusters. The clusters are owned by this process, so they stop
 * even if the run is killed. Without Go the tests are skipped with a visible message on a developer machine,
 * and fail in CI.
 */
import type { TestProject } from 'vitest/node';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  clusterDown,
  clusterUp,
  goAvailable,
  repoRoot,
  type ClusterInfo,
} from '../tools/testcluster/node/testcluster.ts';

type TestClusters = { alpha: ClusterInfo; beta: ClusterInfo };

declare module 'vitest' {
  export interface ProvidedContext {
    /** The test clusters, or null when they could not be started (see skipReason). */
    testClusters: TestClusters | null;
    testClustersSkipReason: string;
  }
}

interface Shared {
  started: Promise<TestClusters | { skipped: string }>;
  users: number;
}

const key = Symbol.for('wheelhouse.test-clusters');
const dir = join(repoRoot, '.testcluster', `run-${String(process.pid)}`);

function shared(): Shared | undefined {
  return (globalThis as Record<symbol, Shared | undefined>)[key];
}

/** Removes the directories of earlier runs whose process is gone (their clusters stopped with it). */
function removeStaleRuns(): void {
  const root = join(repoRoot, '.testcluster');
  let entries: string[];
  try {
    entries = readdirSync(root);
  } catch {
    return;
  }
  for (const entry of entries) {
    const pid = /^run-(\d+)$/.exec(entry)?.[1];
    if (!pid || Number(pid) === process.pid || isAlive(Number(pid))) continue;
    rmSync(join(root, entry), { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function start(): Promise<TestClusters | { skipped: string }> {
  removeStaleRuns();
  const go = goAvailable();
  if (!go.ok) {
    const message = `integration tests SKIPPED: ${go.message}; install Go 1.26+ to run them against real clusters`;
    if (process.env['CI']) throw new Error(message);
    process.stderr.write(`\n\x1b[33m${message}\x1b[0m\n\n`);
    return { skipped: message };
  }
  const begun = Date.now();
  const [alpha, beta] = await Promise.all([
    clusterUp({ dir, name: 'alpha', seed: true, nodes: 2, ownerPid: process.pid }),
    clusterUp({ dir, name: 'beta', nodes: 2, ownerPid: process.pid }),
  ]);
  process.stderr.write(`test clusters up in ${((Date.now() - begun) / 1000).toFixed(1)}s (${dir})\n`);
  return { alpha, beta };
}

export async function setup(project: TestProject): Promise<void> {
  let state = shared();
  if (!state) {
    state = { started: start(), users: 0 };
    (globalThis as Record<symbol, Shared | undefined>)[key] = state;
  }
  state.users += 1;
  const clusters = await state.started;
  project.provide('testClusters', 'skipped' in clusters ? null : clusters);
  project.provide('testClustersSkipReason', 'skipped' in clusters ? clusters.skipped : '');
}

export async function teardown(): Promise<void> {
  const state = shared();
  if (!state) return;
  state.users -= 1;
  if (state.users > 0) return;
  (globalThis as Record<symbol, Shared | undefined>)[key] = undefined;
  const clusters = await state.started.catch(() => null);
  if (!clusters || 'skipped' in clusters) return;
  await Promise.allSettled([clusterDown({ dir, name: 'alpha' }), clusterDown({ dir, name: 'beta' })]);
  rmSync(dir, { recursive: true, force: true });
}

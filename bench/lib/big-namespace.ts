/**
 * The namespace of many kwok pods that the big-lists and browser scenarios share (`bench-big`): grown, never
 * shrunk, so the browser scenario's 10k pods are big-lists' first size. The pod creation rate measured by
 * whichever scenario grew it last is kept for big-lists' 50k time budget.
 */
import { createPods, waitAllRunning } from './kube.ts';
import type { BenchContext } from './scenario.ts';
import { fmt } from './stats.ts';

export const BIG_NAMESPACE = 'bench-big';

/** One growth step: pods created, seconds to create them, seconds until all were Running. */
export interface Growth {
  readonly created: number;
  readonly createS: number;
  readonly runningS: number;
}

let lastRate: number | undefined;

/** Pods per second (create + until Running) of the last growth that created pods in this run, if any. */
export function lastCreationRate(): number | undefined {
  return lastRate;
}

/** Grows the namespace to `size` pods, all Running. */
export async function growBigNamespace(ctx: BenchContext, size: number): Promise<Growth> {
  await ctx.admin.ensureNamespace(BIG_NAMESPACE);
  const current = await ctx.admin.countPods(BIG_NAMESPACE);
  if (current >= size) return { created: 0, createS: 0, runningS: 0 };
  ctx.log(`${BIG_NAMESPACE}: creating pods ${String(current)}…${String(size)}`);
  const t0 = performance.now();
  await createPods(ctx.admin, ctx.cluster, {
    namespace: BIG_NAMESPACE,
    prefix: 'big',
    from: current,
    to: size,
  });
  const createS = (performance.now() - t0) / 1000;
  const runningS = (await waitAllRunning(ctx.admin, BIG_NAMESPACE)) / 1000;
  ctx.log(
    `${BIG_NAMESPACE}: ${String(size - current)} pods in ${fmt(createS, 1)} s, all Running ${fmt(runningS, 1)} s later`,
  );
  lastRate = (size - current) / (createS + runningS);
  return { created: size - current, createS, runningS };
}

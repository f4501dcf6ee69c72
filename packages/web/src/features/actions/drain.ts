/**
 * Draining a node the way `kubectl drain --ignore-daemonsets` does: cordon it, then evict every pod on it
 * through the `eviction` subresource — except DaemonSet pods (their controller would put them straight back)
 * and mirror pods (the kubelet owns them; the API cannot remove them). An eviction that a PodDisruptionBudget
 * refuses (429) is retried with backoff until it passes or the user cancels.
 */
import type { ApiError } from '../../api/api-error.ts';
import { stringField, type KubeObject } from '../../k8s/kube-object.ts';
import { abortableSleep } from '../../util/abortable-sleep.ts';

/** Why a pod on the node is left alone. */
export type SkipReason = 'daemonset' | 'mirror' | 'finished';

/** What a drain will do. */
export interface DrainPlan {
  readonly evict: readonly KubeObject[];
  readonly skip: readonly { readonly pod: KubeObject; readonly reason: SkipReason }[];
}

/** Splits the pods of a node into those to evict and those to skip (with the reason). */
export function planDrain(pods: readonly KubeObject[]): DrainPlan {
  const evict: KubeObject[] = [];
  const skip: { pod: KubeObject; reason: SkipReason }[] = [];
  for (const pod of pods) {
    const phase = stringField(pod, 'status', 'phase');
    if (pod.metadata.annotations?.['kubernetes.io/config.mirror'] !== undefined)
      skip.push({ pod, reason: 'mirror' });
    else if (
      (pod.metadata.ownerReferences ?? []).some((o) => o.controller === true && o.kind === 'DaemonSet')
    )
      skip.push({ pod, reason: 'daemonset' });
    else if (phase === 'Succeeded' || phase === 'Failed') skip.push({ pod, reason: 'finished' });
    else evict.push(pod);
  }
  return { evict, skip };
}

/** Progress of one pod's eviction. */
export type EvictionState =
  | { readonly type: 'waiting' }
  | { readonly type: 'evicting' }
  | { readonly type: 'blocked'; readonly attempt: number; readonly message: string }
  | { readonly type: 'evicted' }
  | { readonly type: 'gone' }
  | { readonly type: 'failed'; readonly message: string }
  | { readonly type: 'cancelled' };

/** What {@link runDrain} needs. */
export interface DrainDeps {
  readonly evict: (pod: KubeObject, signal: AbortSignal) => Promise<unknown>;
  readonly onProgress: (pod: KubeObject, state: EvictionState) => void;
  readonly signal: AbortSignal;
  readonly sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Give up on a pod after this many PDB refusals (default 30: about 10 minutes with the backoff). */
  readonly maxAttempts?: number;
}

/** Backoff after the n-th PodDisruptionBudget refusal: 2 s, 4 s, … capped at 30 s. */
export function pdbBackoff(attempt: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.min(attempt, 5));
}

function statusOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number'
    ? error.status
    : undefined;
}

async function evictOne(pod: KubeObject, deps: DrainDeps): Promise<EvictionState> {
  const sleep = deps.sleep ?? abortableSleep;
  const maxAttempts = deps.maxAttempts ?? 30;
  // A function, so checks after an await are not narrowed away.
  const aborted = (): boolean => deps.signal.aborted;
  for (let attempt = 1; ; attempt++) {
    if (aborted()) return { type: 'cancelled' };
    deps.onProgress(pod, { type: 'evicting' });
    try {
      await deps.evict(pod, deps.signal);
      return { type: 'evicted' };
    } catch (error) {
      if (aborted()) return { type: 'cancelled' };
      const status = statusOf(error);
      const message = (error as ApiError).message;
      if (status === 404) return { type: 'gone' };
      if (status !== 429 || attempt >= maxAttempts) return { type: 'failed', message };
      deps.onProgress(pod, { type: 'blocked', attempt, message });
      await sleep(pdbBackoff(attempt), deps.signal);
    }
  }
}

/** Evicts `pods` one after another, reporting each pod's state; resolves with the final states. */
export async function runDrain(
  pods: readonly KubeObject[],
  deps: DrainDeps,
): Promise<Map<KubeObject, EvictionState>> {
  const results = new Map<KubeObject, EvictionState>();
  for (const pod of pods) deps.onProgress(pod, { type: 'waiting' });
  for (const pod of pods) {
    const state = await evictOne(pod, deps);
    results.set(pod, state);
    deps.onProgress(pod, state);
  }
  return results;
}

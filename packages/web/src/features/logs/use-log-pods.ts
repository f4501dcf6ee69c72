import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { apiFetch } from '../../api/api-client.ts';
import type { ApiError } from '../../api/api-error.ts';
import type { KubeObject, KubeObjectList } from '../../k8s/kube-object.ts';
import { collectionPath, objectPath, type ObjectRef } from '../../k8s/resource-ref.ts';
import { podsType } from '../../k8s/well-known-types.ts';
import { isPodRef, workloadSelector } from './log-targets.ts';

/** The pods whose logs a tab shows. */
export interface LogPods {
  readonly pods: readonly KubeObject[];
  /** True for a workload (lines get a pod prefix). */
  readonly workload: boolean;
}

/** Thrown when a workload has no selector: it selects no pods, so it has no logs. */
export class NoSelectorError extends Error {
  constructor(kind: string, name: string) {
    super(`${kind} ${name} has no pod selector`);
    this.name = 'NoSelectorError';
  }
}

/**
 * The pod itself, or the pods a workload selects (re-read every 10 s so new pods of a rollout or a scale-up
 * join the stream).
 */
export function useLogPods(ref: ObjectRef): UseQueryResult<LogPods, ApiError | NoSelectorError> {
  const pod = isPodRef(ref);
  return useQuery<LogPods, ApiError | NoSelectorError>({
    queryKey: ['cluster', ref.cluster, 'log-pods', objectPath(ref)],
    queryFn: async ({ signal }) => {
      const object = await apiFetch<KubeObject>(objectPath(ref), { signal });
      if (pod) return { pods: [object], workload: false };
      const selector = workloadSelector(object);
      if (!selector) throw new NoSelectorError(ref.type.kind, ref.name);
      const query = new URLSearchParams({ labelSelector: selector });
      const list = await apiFetch<KubeObjectList>(
        `${collectionPath(ref.cluster, podsType, ref.namespace)}?${query.toString()}`,
        { signal },
      );
      const pods = [...list.items].sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
      return { pods, workload: true };
    },
    refetchInterval: pod ? false : 10_000,
    retry: (count, error) => 'status' in error && error.status >= 500 && count < 2,
  });
}

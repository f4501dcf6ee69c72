/**
 * Node CPU and memory use from metrics-server (`metrics.k8s.io/v1beta1`), when the cluster serves that API.
 * A 404 on the group means no metrics-server: the overview says so instead of showing empty charts.
 */
import { useQuery } from '@tanstack/react-query';
import { apiFetch, clusterPath } from '../../api/api-client.ts';
import type { ApiError } from '../../api/api-error.ts';
import { parseQuantity } from '../../k8s/quantity.ts';
import { stringField, type KubeObjectList } from '../../k8s/kube-object.ts';
import type { Resources } from './cluster-health.ts';

/** Metrics of the cluster's nodes, or `available: false` without metrics-server. */
export type ClusterMetrics =
  | { readonly available: false }
  | { readonly available: true; readonly nodes: ReadonlyMap<string, Resources> };

/** Reads a NodeMetricsList into usage per node. */
export function nodeUsage(list: KubeObjectList): Map<string, Resources> {
  return new Map(
    list.items.map((item) => [
      item.metadata.name,
      {
        cpu: parseQuantity(stringField(item, 'usage', 'cpu') ?? '0') ?? 0,
        memory: parseQuantity(stringField(item, 'usage', 'memory') ?? '0') ?? 0,
      },
    ]),
  );
}

/** Polls node metrics every 15 s (metrics-server's own resolution). */
export function useClusterMetrics(cluster: string) {
  return useQuery<ClusterMetrics, ApiError>({
    queryKey: ['cluster', cluster, 'node-metrics'],
    queryFn: async ({ signal }) => {
      try {
        const list = await apiFetch<KubeObjectList>(
          `/clusters/${clusterPath(cluster)}/apis/metrics.k8s.io/v1beta1/nodes`,
          { signal },
        );
        return { available: true, nodes: nodeUsage(list) };
      } catch (error) {
        if ((error as ApiError).status === 404 || (error as ApiError).status === 503)
          return { available: false };
        throw error;
      }
    },
    refetchInterval: 15_000,
    retry: false,
  });
}

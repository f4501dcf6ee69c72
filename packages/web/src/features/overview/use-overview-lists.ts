/** The lists the overview reads, refreshed every 15 s: nodes, pods, and the scalable workloads. */
import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../api/api-client.ts';
import type { ApiError } from '../../api/api-error.ts';
import type { KubeObjectList } from '../../k8s/kube-object.ts';
import { collectionPath, type ResourceType } from '../../k8s/resource-ref.ts';

const core = (resource: string, kind: string, namespaced: boolean): ResourceType => ({
  group: '',
  version: 'v1',
  resource,
  kind,
  namespaced,
});
const apps = (resource: string, kind: string): ResourceType => ({
  group: 'apps',
  version: 'v1',
  resource,
  kind,
  namespaced: true,
});

/** The types the overview lists. */
export const overviewTypes = {
  nodes: core('nodes', 'Node', false),
  pods: core('pods', 'Pod', true),
  deployments: apps('deployments', 'Deployment'),
  statefulsets: apps('statefulsets', 'StatefulSet'),
  daemonsets: apps('daemonsets', 'DaemonSet'),
} as const;

/** One list of the cluster. */
export function useClusterList(cluster: string, type: ResourceType) {
  return useQuery<KubeObjectList, ApiError>({
    queryKey: ['cluster', cluster, 'overview', type.resource],
    queryFn: ({ signal }) => apiFetch(collectionPath(cluster, type), { signal }),
    refetchInterval: 15_000,
    retry: (count, error) => error.status >= 500 && count < 2,
  });
}

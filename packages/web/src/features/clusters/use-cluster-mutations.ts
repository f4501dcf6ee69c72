import type {
  AddClustersRequest,
  AddClustersResponse,
  ClusterSummary,
  ConfigResponse,
} from '@wheelhouse/api-types';
import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import { apiFetch, clusterPath } from '../../api/api-client.ts';
import type { ApiError } from '../../api/api-error.ts';
import { applyClusterEvent } from '../../api/cluster-events.ts';
import { queryKeys } from '../../api/query-keys.ts';

/** `POST /api/clusters`; the new clusters are put into the cache at once (the event stream confirms them). */
export function useAddClusters(): UseMutationResult<AddClustersResponse, ApiError, AddClustersRequest> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body) => apiFetch<AddClustersResponse>('/api/clusters', { method: 'POST', body }),
    onSuccess: (response) => {
      // The events stream may already have delivered these clusters with a newer status: keep those.
      queryClient.setQueryData<ConfigResponse>(queryKeys.config, (config) =>
        response.clusters.reduce<ConfigResponse | undefined>(
          (acc, cluster) =>
            acc && !acc.clusters.some((c) => c.name === cluster.name)
              ? applyClusterEvent(acc, { type: 'added', cluster })
              : acc,
          config,
        ),
      );
    },
  });
}

/** `PATCH /api/clusters/NAME` with the new name. */
export function useRenameCluster(): UseMutationResult<
  ClusterSummary,
  ApiError,
  { from: string; to: string }
> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ from, to }) =>
      apiFetch<ClusterSummary>(`/api/clusters/${clusterPath(from)}`, { method: 'PATCH', body: { name: to } }),
    onSuccess: (cluster, { from }) => {
      queryClient.setQueryData<ConfigResponse>(
        queryKeys.config,
        (config) => config && applyClusterEvent(config, { type: 'renamed', from, cluster }),
      );
    },
  });
}

/** `DELETE /api/clusters/NAME`. */
export function useRemoveCluster(): UseMutationResult<unknown, ApiError, string> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name) => apiFetch(`/api/clusters/${clusterPath(name)}`, { method: 'DELETE' }),
    onSuccess: (_result, name) => {
      queryClient.setQueryData<ConfigResponse>(
        queryKeys.config,
        (config) => config && applyClusterEvent(config, { type: 'removed', name }),
      );
    },
  });
}

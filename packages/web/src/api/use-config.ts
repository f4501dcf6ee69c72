import type { ClusterSummary, ConfigResponse } from '@wheelhouse/api-types';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { apiFetch } from './api-client.ts';
import { queryKeys } from './query-keys.ts';

/** `GET /api/config`: server mode, features and the clusters, kept current by {@link useClusterEvents}. */
export function useConfig(): UseQueryResult<ConfigResponse> {
  return useQuery({
    queryKey: queryKeys.config,
    queryFn: ({ signal }) => apiFetch<ConfigResponse>('/api/config', { signal }),
    // The events stream keeps it fresh; refetching would only race with it.
    staleTime: Infinity,
  });
}

/** The clusters as last known (empty while loading). */
export function useClusters(): readonly ClusterSummary[] {
  return useConfig().data?.clusters ?? [];
}

/** One cluster by name, or undefined. */
export function useCluster(name: string | undefined): ClusterSummary | undefined {
  return useClusters().find((cluster) => cluster.name === name);
}

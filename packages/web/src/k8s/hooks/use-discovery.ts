import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ApiError } from '../../api/api-error.ts';
import { discover, type Discovery } from '../discovery.ts';

/** Query key of a cluster's discovery (under the cluster's key, so cluster-wide invalidation covers it). */
export const discoveryKey = (cluster: string) => ['cluster', cluster, 'discovery'] as const;

/** The resource types `cluster` serves (API discovery), cached for a minute; empty cluster name: disabled. */
export function useDiscovery(cluster: string): UseQueryResult<Discovery, ApiError> {
  return useQuery<Discovery, ApiError>({
    queryKey: discoveryKey(cluster),
    queryFn: ({ signal }) => discover(cluster, { signal }),
    enabled: cluster !== '',
    staleTime: 60_000,
    retry: (count, error) => (error.status === 0 || error.status >= 500) && count < 2,
  });
}

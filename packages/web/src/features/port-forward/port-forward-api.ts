/** The server's port-forward API (local mode) as TanStack Query hooks. */
import type { PortForward, PortForwardList, StartPortForwardRequest } from '@wheelhouse/api-types';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../api/api-client.ts';
import type { ApiError } from '../../api/api-error.ts';

/** Query key of the forward list. */
export const portForwardsKey = ['port-forwards'] as const;

/** The forwards, refreshed every 3 s while shown (connection counts and failures change on their own). */
export function usePortForwards(enabled = true) {
  return useQuery<PortForwardList, ApiError>({
    queryKey: portForwardsKey,
    queryFn: ({ signal }) => apiFetch('/api/port-forwards', { signal }),
    refetchInterval: 3000,
    enabled,
    retry: false,
  });
}

/** Starts a forward. */
export function useStartPortForward() {
  const client = useQueryClient();
  return useMutation<PortForward, ApiError, StartPortForwardRequest>({
    mutationFn: (request) => apiFetch('/api/port-forwards', { method: 'POST', body: request }),
    onSettled: () => client.invalidateQueries({ queryKey: portForwardsKey }),
  });
}

/** Stops a forward. */
export function useStopPortForward() {
  const client = useQueryClient();
  return useMutation<undefined, ApiError, string>({
    mutationFn: (id) => apiFetch(`/api/port-forwards/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSettled: () => client.invalidateQueries({ queryKey: portForwardsKey }),
  });
}

/** The URL a browser opens for a forward. */
export function forwardUrl(forward: Pick<PortForward, 'localAddress' | 'localPort'>): string {
  return `http://${forward.localAddress}:${String(forward.localPort)}`;
}

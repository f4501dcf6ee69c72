/** `GET /api/plugins` (refetched when the server announces a change) and `PATCH /api/plugins/NAME`. */
import type { PluginListResponse, PluginSummary } from '@wheelhouse/api-types';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query';
import { apiFetch } from '../api/api-client.ts';
import type { ApiError } from '../api/api-error.ts';

/** Query key of the plugin list (invalidated by the `plugins` event of the events stream). */
export const pluginsQueryKey = ['plugins'] as const;

/** The plugins the server found. */
export function usePlugins(enabled = true): UseQueryResult<PluginListResponse, ApiError> {
  return useQuery<PluginListResponse, ApiError>({
    queryKey: pluginsQueryKey,
    queryFn: ({ signal }) => apiFetch<PluginListResponse>('/api/plugins', { signal }),
    staleTime: Infinity,
    enabled,
  });
}

/** Switches a plugin on or off; the list is updated from the answer. */
export function useSetPluginEnabled(): UseMutationResult<
  PluginSummary,
  ApiError,
  { readonly name: string; readonly enabled: boolean }
> {
  const queryClient = useQueryClient();
  return useMutation<PluginSummary, ApiError, { readonly name: string; readonly enabled: boolean }>({
    mutationFn: ({ name, enabled }) =>
      apiFetch<PluginSummary>(`/api/plugins/${name.split('/').map(encodeURIComponent).join('/')}`, {
        method: 'PATCH',
        body: { enabled },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: pluginsQueryKey }),
  });
}

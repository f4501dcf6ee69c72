import type { ClusterEvent, ConfigResponse } from '@wheelhouse/api-types';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { baseUrl } from './base-url.ts';
import { applyClusterEvent, clusterEventTypes } from './cluster-events.ts';
import { queryKeys } from './query-keys.ts';

/** State of the live connection to `GET /api/clusters/events`. */
export type LiveState = 'connecting' | 'live' | 'reconnecting';

/**
 * Subscribes to the server's cluster events while `enabled` and applies them to the cached config, so every
 * page that shows clusters updates without a reload. EventSource reconnects by itself (the server sends
 * `retry: 3000`) and each reconnect starts with a fresh snapshot.
 */
export function useClusterEvents(enabled: boolean): LiveState {
  const queryClient = useQueryClient();
  const [state, setState] = useState<LiveState>('connecting');
  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return undefined;
    const source = new EventSource(`${baseUrl}/api/clusters/events`, { withCredentials: true });
    const onEvent = (message: MessageEvent<string>): void => {
      const event = JSON.parse(message.data) as ClusterEvent;
      queryClient.setQueryData<ConfigResponse>(queryKeys.config, (config) =>
        config ? applyClusterEvent(config, event) : config,
      );
    };
    for (const type of clusterEventTypes) source.addEventListener(type, onEvent);
    // Plugins changed on the server (docs/plugins.md): the plugin runtime refetches its list.
    source.addEventListener('plugins', () => void queryClient.invalidateQueries({ queryKey: ['plugins'] }));
    source.onopen = () => {
      setState('live');
    };
    source.onerror = () => {
      setState('reconnecting');
    };
    return () => {
      source.close();
    };
  }, [enabled, queryClient]);
  return state;
}

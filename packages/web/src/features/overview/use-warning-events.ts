/**
 * The cluster's recent Warning events, live: a list with `fieldSelector=type=Warning`, then a watch from its
 * resourceVersion; a dropped watch is re-listed after a pause.
 */
import { useEffect, useState } from 'react';
import { apiFetch, clusterPath } from '../../api/api-client.ts';
import { toApiError, type ApiError } from '../../api/api-error.ts';
import { kubeRequest, readJsonLines } from '../../k8s/kube-client.ts';
import { isRecord, stringField, type KubeObject, type KubeObjectList } from '../../k8s/kube-object.ts';

/** Newest first, at most this many. */
const limit = 50;

/** The time an event last happened (series, lastTimestamp, eventTime, creation). */
export function eventTime(event: KubeObject): string {
  return (
    stringField(event, 'series', 'lastObservedTime') ??
    stringField(event, 'lastTimestamp') ??
    stringField(event, 'eventTime') ??
    event.metadata.creationTimestamp ??
    ''
  );
}

/** Applies one watch event to the newest-first list. */
export function applyEvent(list: readonly KubeObject[], type: string, object: KubeObject): KubeObject[] {
  const rest = list.filter((e) => e.metadata.uid !== object.metadata.uid);
  if (type === 'DELETED') return rest;
  return [object, ...rest].sort((a, b) => eventTime(b).localeCompare(eventTime(a))).slice(0, limit);
}

/** Live Warning events of `cluster`. */
export function useWarningEvents(cluster: string): {
  events: readonly KubeObject[];
  error: ApiError | undefined;
  loading: boolean;
} {
  const [events, setEvents] = useState<readonly KubeObject[]>([]);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    const controller = new AbortController();
    const base = `/clusters/${clusterPath(cluster)}/api/v1/events`;
    const selector = `fieldSelector=${encodeURIComponent('type=Warning')}`;
    // A function, so checks after an await are not narrowed away by the loop condition.
    const aborted = (): boolean => controller.signal.aborted;
    const run = async () => {
      while (!aborted()) {
        try {
          const list = await apiFetch<KubeObjectList>(`${base}?${selector}`, { signal: controller.signal });
          let current = [...list.items]
            .sort((a, b) => eventTime(b).localeCompare(eventTime(a)))
            .slice(0, limit);
          setEvents(current);
          setError(undefined);
          setLoading(false);
          const response = await kubeRequest(
            `${base}?${selector}&watch=1&allowWatchBookmarks=true&resourceVersion=${list.metadata?.resourceVersion ?? ''}`,
            { signal: controller.signal },
          );
          if (!response.body) throw new Error('The watch has no body');
          await readJsonLines(response.body, (line) => {
            if (!isRecord(line) || typeof line['type'] !== 'string' || !isRecord(line['object'])) return;
            if (line['type'] === 'BOOKMARK' || line['type'] === 'ERROR') return;
            current = applyEvent(current, line['type'], line['object'] as unknown as KubeObject);
            setEvents(current);
          });
        } catch (caught) {
          if (aborted()) return;
          const failure = toApiError(caught);
          setError(failure);
          setLoading(false);
          if (failure.status === 403) return;
        }
        await new Promise((resolve) => setTimeout(resolve, 3000));
      }
    };
    void run();
    return () => {
      controller.abort();
    };
  }, [cluster]);
  return { events, error, loading };
}

import type { ClusterEvent, ClusterSummary, ConfigResponse } from '@wheelhouse/api-types';

function byName(a: ClusterSummary, b: ClusterSummary): number {
  return a.name.localeCompare(b.name);
}

function upsert(clusters: readonly ClusterSummary[], cluster: ClusterSummary, drop = cluster.name) {
  return [...clusters.filter((c) => c.name !== drop && c.name !== cluster.name), cluster].sort(byName);
}

/**
 * Applies one event of `GET /api/clusters/events` to the config the app holds, returning a new object
 * (the input is never changed). A `snapshot` replaces the cluster list and the source errors.
 */
export function applyClusterEvent(config: ConfigResponse, event: ClusterEvent): ConfigResponse {
  switch (event.type) {
    case 'snapshot':
      return { ...config, clusters: [...event.clusters].sort(byName), sourceErrors: event.sourceErrors };
    case 'added':
    case 'updated':
      return { ...config, clusters: upsert(config.clusters, event.cluster) };
    case 'renamed':
      return { ...config, clusters: upsert(config.clusters, event.cluster, event.from) };
    case 'removed':
      return { ...config, clusters: config.clusters.filter((c) => c.name !== event.name) };
    case 'status':
      return {
        ...config,
        clusters: config.clusters.map((c) => (c.name === event.name ? { ...c, status: event.status } : c)),
      };
    case 'source-errors':
      return {
        ...config,
        sourceErrors: [...config.sourceErrors.filter((e) => e.source !== event.source), ...event.errors],
      };
  }
}

/** The SSE event names the stream uses (equal to `ClusterEvent['type']`). */
export const clusterEventTypes = [
  'snapshot',
  'added',
  'updated',
  'removed',
  'renamed',
  'status',
  'source-errors',
] as const satisfies readonly ClusterEvent['type'][];

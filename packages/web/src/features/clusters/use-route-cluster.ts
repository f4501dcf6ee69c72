import type { ClusterSummary } from '@wheelhouse/api-types';
import { useParams } from 'react-router';
import { useCluster, useConfig } from '../../api/use-config.ts';

/** The cluster a `/c/:cluster/…` page is about. */
export interface RouteCluster {
  /** The name in the URL. */
  readonly cluster: string;
  /** Its summary, once the config has loaded and if it exists. */
  readonly summary: ClusterSummary | undefined;
  /** True when the config has loaded and has no cluster of that name (show {@link ClusterNotFound}). */
  readonly missing: boolean;
}

/** The route's cluster and whether it exists, for the cluster pages. */
export function useRouteCluster(): RouteCluster {
  const { cluster = '' } = useParams();
  const config = useConfig();
  const summary = useCluster(cluster);
  return { cluster, summary, missing: config.data !== undefined && summary === undefined };
}

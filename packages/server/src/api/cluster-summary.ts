import type { ClusterStatus, ClusterSummary } from '@wheelhouse/api-types';
import type { Cluster } from '../clusters/cluster.ts';

/** The public view of a cluster: no credentials, ever. */
export function toClusterSummary(cluster: Cluster, status: ClusterStatus): ClusterSummary {
  return {
    name: cluster.name,
    source: cluster.source.type,
    ...(cluster.source.type === 'kubeconfig' ? { file: cluster.source.file } : {}),
    ...(cluster.contextName === undefined ? {} : { contextName: cluster.contextName }),
    server: cluster.server,
    authType: cluster.authType,
    ...(cluster.namespace === undefined ? {} : { namespace: cluster.namespace }),
    ...(cluster.source.type === 'dynamic' ? { persisted: cluster.source.persisted } : {}),
    status,
  };
}

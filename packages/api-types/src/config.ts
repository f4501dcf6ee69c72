import type { ClusterSummary, SourceError } from './cluster.ts';

/** `local`: one person on their machine. `in-cluster`: a shared deployment inside Kubernetes. */
export type ServerMode = 'local' | 'in-cluster';

/** Optional features and whether this server has them on. */
export interface ServerFeatures {
  /** Clusters can be added, renamed and removed at run time. */
  readonly dynamicClusters: boolean;
  /** Dynamically added clusters are saved to `<config-dir>/clusters.yaml`. */
  readonly persistClusters: boolean;
}

/** Body of `GET /api/config`: everything the web app needs to start. */
export interface ConfigResponse {
  /** Server version (semver). */
  readonly version: string;
  readonly mode: ServerMode;
  /** Path prefix the server is mounted under: `''` or e.g. `/wheelhouse` (no trailing slash). */
  readonly baseUrl: string;
  readonly features: ServerFeatures;
  /** Every registered cluster, sorted by name. */
  readonly clusters: readonly ClusterSummary[];
  /** Problems of the cluster sources; kubeconfig problems carry the file at fault. */
  readonly sourceErrors: readonly SourceError[];
}

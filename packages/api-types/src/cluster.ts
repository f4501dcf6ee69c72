/**
 * Cluster summaries as the server shows them to clients: what a cluster is and whether it answers, never
 * its credentials.
 */

/** Where a cluster came from. */
export type ClusterSourceKind = 'kubeconfig' | 'in-cluster' | 'dynamic' | 'plugin';

/** How the server authenticates to the cluster (the kind only, never the secret). */
export type ClusterAuthType =
  'none' | 'token' | 'tokenFile' | 'clientCertificate' | 'basic' | 'exec' | 'authProvider';

/** Result of the last reachability probe (`GET /version` through the cluster's credentials). */
export type ReachabilityState = 'unknown' | 'reachable' | 'unauthorized' | 'forbidden' | 'unreachable';

/** Why a cluster is unreachable. `credentials`: the credentials could not be obtained (exec plugin, file). */
export type UnreachableReason = 'dns' | 'refused' | 'tls' | 'timeout' | 'credentials' | 'http' | 'other';

/** A cluster's reachability. `reason` is set only when `state` is `unreachable`. */
export interface ClusterStatus {
  readonly state: ReachabilityState;
  readonly reason?: UnreachableReason;
  /** Human-readable detail (error message or HTTP status); never contains credentials. */
  readonly message?: string;
  /** The API server's `gitVersion` when reachable. */
  readonly version?: string;
  /** ISO 8601 time of the probe; absent while `unknown`. */
  readonly checkedAt?: string;
}

/** One cluster as listed by `GET /api/config` and the events stream. */
export interface ClusterSummary {
  /** URL-safe unique name, used in `/clusters/NAME/`. */
  readonly name: string;
  readonly source: ClusterSourceKind;
  /** The kubeconfig file that defines the context (kubeconfig clusters only). */
  readonly file?: string;
  /** The original kubeconfig context name, if any. */
  readonly contextName?: string;
  /** API server URL. */
  readonly server: string;
  readonly authType: ClusterAuthType;
  /** The context's default namespace, if set. */
  readonly namespace?: string;
  /** Dynamic clusters only: saved to `<config-dir>/clusters.yaml` (true) or held in memory (false). */
  readonly persisted?: boolean;
  readonly status: ClusterStatus;
}

/** A problem one cluster source has, e.g. a kubeconfig file that is missing or malformed. */
export interface SourceError {
  /** Source id: `kubeconfig`, `in-cluster`, … */
  readonly source: string;
  /** The file at fault, when the error belongs to one file. */
  readonly file?: string;
  readonly message: string;
}

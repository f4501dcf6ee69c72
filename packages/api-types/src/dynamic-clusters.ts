/**
 * Dynamic clusters: set up, rename and remove clusters at run time (`POST /api/clusters`,
 * `PATCH /api/clusters/NAME`, `DELETE /api/clusters/NAME`). JSON in, JSON out; errors are problem+json
 * ({@link ClusterProblem}). Added clusters appear in `GET /api/config` with `source: 'dynamic'` and are
 * announced on the events stream.
 */
import type { ClusterSummary } from './cluster.ts';

/**
 * What to do when a requested name is already taken. `fail` (default): 409. `rename`: the server picks a
 * free name by appending `-` and a short hash (the cluster-name rule of docs/api.md).
 */
export type NameConflictPolicy = 'fail' | 'rename';

/** Options shared by both request shapes of `POST /api/clusters`. */
export interface AddClustersOptions {
  /**
   * Save the clusters to `<config-dir>/clusters.yaml` (a kubeconfig file) so that they survive a restart.
   * Default false: in memory only. Refused (403) when the server runs with `--no-persist-clusters`.
   */
  readonly persist?: boolean;
  /**
   * Contact each server first (`GET /version`, then a `SelfSubjectReview`) and refuse to add anything if one
   * fails, with a {@link VerifyFailureReason}. Default false.
   */
  readonly verify?: boolean;
  /**
   * Check everything (and, with `verify`, contact the servers) but add nothing: the answer is `200` with
   * `dryRun: true`, the clusters as they would be added, and the verification. Default false.
   */
  readonly dryRun?: boolean;
  /** Default `fail`. */
  readonly onConflict?: NameConflictPolicy;
}

/**
 * Add the contexts of a kubeconfig: one cluster per chosen context (all contexts by default). Each cluster
 * is named after its context (sanitised, see docs/api.md) unless `names` says otherwise.
 */
export interface AddKubeconfigClustersRequest extends AddClustersOptions {
  /** The kubeconfig text, YAML or JSON (at most 1 MiB with the rest of the body). */
  readonly kubeconfig: string;
  /** Context names to add; default all. Each must exist; no duplicates. */
  readonly contexts?: readonly string[];
  /** Cluster name per context name, overriding the default. Names must be valid cluster names. */
  readonly names?: Readonly<Record<string, string>>;
}

/**
 * Add one cluster from its parts. `*Data` fields are PEM, either base64-encoded (as in kubeconfig's
 * `certificate-authority-data`) or as PEM text.
 */
export interface AddClusterFieldsRequest extends AddClustersOptions {
  /** The cluster name (see {@link CLUSTER_NAME_RULE}). */
  readonly name: string;
  /** `https://…` or `http://…` URL of the API server. */
  readonly server: string;
  readonly certificateAuthorityData?: string;
  readonly insecureSkipTLSVerify?: boolean;
  /** Name to send as SNI and to check the server certificate against. */
  readonly tlsServerName?: string;
  /** Bearer token. */
  readonly token?: string;
  /** Client certificate; needs `clientKeyData`, and the two must match. */
  readonly clientCertificateData?: string;
  readonly clientKeyData?: string;
  /** Default namespace. */
  readonly namespace?: string;
}

/** Body of `POST /api/clusters`: a kubeconfig (has `kubeconfig`) or one cluster's fields (has `server`). */
export type AddClustersRequest = AddKubeconfigClustersRequest | AddClusterFieldsRequest;

/** What `verify` learned about one cluster. */
export interface ClusterVerification {
  /** The cluster name. */
  readonly name: string;
  /** The API server's `gitVersion`. */
  readonly version?: string;
  /** Who the credentials authenticate as (from the SelfSubjectReview), when the server supports it. */
  readonly username?: string;
  readonly groups?: readonly string[];
}

/** Body of the `201` answer of `POST /api/clusters` (`200` for a dry run). */
export interface AddClustersResponse {
  /** The clusters created (for a dry run: that would be created, their status `unknown`), in request order. */
  readonly clusters: readonly ClusterSummary[];
  /** One entry per cluster when the request asked for `verify`. */
  readonly verification?: readonly ClusterVerification[];
  /** Set when the request was a dry run: nothing was added. */
  readonly dryRun?: true;
}

/** Body of `PATCH /api/clusters/NAME`: rename. The answer is the renamed `ClusterSummary`. */
export interface RenameClusterRequest {
  readonly name: string;
}

/**
 * Why `verify` refused a cluster. `dns`: the host does not resolve; `refused`: nothing listens;
 * `unreachable`: no route; `timeout`; `tls-unknown-authority`: the certificate is not signed by the given
 * CA; `tls-hostname-mismatch`: the certificate does not name the server (see `tlsServerName`); `tls`: other
 * TLS failure; `unauthorized`: 401, the credentials are wrong; `forbidden`: 403; `credentials`: the
 * credentials could not be obtained (exec plugin, file); `http`: another HTTP status; `other`.
 */
export type VerifyFailureReason =
  | 'dns'
  | 'refused'
  | 'unreachable'
  | 'timeout'
  | 'tls-unknown-authority'
  | 'tls-hostname-mismatch'
  | 'tls'
  | 'unauthorized'
  | 'forbidden'
  | 'credentials'
  | 'http'
  | 'other';

/**
 * Problem details of the cluster endpoints. Besides the common members: `reason` (a
 * {@link VerifyFailureReason} for `urn:wheelhouse:problem:verification-failed`, 422), `cluster` (the
 * cluster name concerned) and `context` (the kubeconfig context concerned).
 */
export interface ClusterProblem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly instance?: string;
  readonly field?: string;
  readonly reason?: VerifyFailureReason;
  readonly cluster?: string;
  readonly context?: string;
}

/** Largest accepted body of `POST /api/clusters` (bytes); larger bodies get 413. */
export const MAX_CLUSTER_REQUEST_BYTES = 1024 * 1024;

/** Cluster names: 1–63 characters from `a-z 0-9 . _ -`, starting and ending with a letter or digit. */
export const CLUSTER_NAME_RULE = '^[a-z0-9](?:[a-z0-9._-]{0,61}[a-z0-9])?$';

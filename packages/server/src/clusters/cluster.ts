/**
 * The cluster model shared by every part of the server: sources build `Cluster`s, the registry holds them,
 * the proxy and the API read them. Credentials stay behind `ClusterCredentials` so that no other module
 * touches key material, and each cluster owns its own credential context (never shared between clusters).
 */
import type { LookupFunction } from 'node:net';

/** Where a cluster came from. */
export type ClusterSource =
  | { readonly type: 'kubeconfig'; readonly file: string; readonly context: string }
  | { readonly type: 'in-cluster' }
  | { readonly type: 'dynamic'; readonly persisted: boolean; readonly owner?: string }
  | { readonly type: 'plugin'; readonly plugin: string };

/** How the server authenticates to the cluster, as shown to users (never the secret itself). */
export const AuthType = {
  none: 'none',
  token: 'token',
  tokenFile: 'tokenFile',
  clientCertificate: 'clientCertificate',
  basic: 'basic',
  exec: 'exec',
  authProvider: 'authProvider',
} as const;
export type AuthType = (typeof AuthType)[keyof typeof AuthType];

/** Resolves a host name for a connection (node's `lookup` option); see security/allowed-servers.ts. */
export type ConnectLookup = LookupFunction;

/** TLS settings for the connection to the API server. PEM strings, already decoded from base64. */
export interface UpstreamTls {
  readonly ca?: string | undefined;
  readonly cert?: string | undefined;
  readonly key?: string | undefined;
  /** SNI and certificate name to check (kubeconfig `tls-server-name`). */
  readonly servername?: string | undefined;
  /** kubeconfig `insecure-skip-tls-verify`. */
  readonly rejectUnauthorized: boolean;
  /**
   * Host-name resolution for every connection to this server (TCP and TLS), when the server may only reach
   * some addresses: the check runs on the addresses actually connected to, so DNS rebinding cannot bypass it.
   */
  readonly lookup?: ConnectLookup | undefined;
}

/** One cluster's isolated credential context. */
export interface ClusterCredentials {
  /** TLS options for the upstream connection; stable for the cluster's lifetime unless `changed` fires. */
  tls(): Promise<UpstreamTls>;
  /**
   * Headers that authenticate one request (usually `Authorization`). Resolved per request so that exec
   * and OIDC tokens refresh; implementations cache until expiry.
   */
  authHeaders(): Promise<Readonly<Record<string, string>>>;
}

/** A cluster Wheelhouse can proxy to. Immutable: a change produces a new object. */
export interface Cluster {
  /** URL-safe unique name used in `/clusters/NAME/`. */
  readonly name: string;
  /** The kubeconfig context it came from, if any. */
  readonly contextName?: string | undefined;
  /** API server base URL, e.g. `https://127.0.0.1:6443` (may carry a path prefix). */
  readonly server: string;
  readonly source: ClusterSource;
  readonly authType: AuthType;
  /** Default namespace of the context, if set. */
  readonly namespace?: string | undefined;
  readonly credentials: ClusterCredentials;
  /**
   * Key of the proxy's connection state (pools, open streams); default `name`. A user's own cluster in
   * in-cluster mode is rebuilt for every request with a unique key, so that nothing holding its
   * credentials outlives the request (see clusters/user-clusters.ts).
   */
  readonly connectionKey?: string | undefined;
}

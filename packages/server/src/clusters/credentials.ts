/**
 * One isolated credential context per cluster. Wheelhouse has no kubeconfig, exec-plugin or OIDC logic of
 * its own: the credential semantics are client-node's `KubeConfig.applyToHTTPSOptions`. Most users (token,
 * client certificate, basic auth, token file, exec plugin, none) take the light path of
 * credential-options.ts, which follows those semantics step by step with client-node's own `ExecAuth` and
 * `FileAuth`; other auth providers (OIDC, Azure, GCP) load client-node's full `KubeConfig` on first use
 * (client-node-credentials.ts), so a server whose clusters do not need it never pays its ~1.4 s import.
 *
 * Isolation. client-node's authenticators cache per instance, and inside one instance the caches are NOT
 * keyed by cluster: `ExecAuth.tokenCache` is keyed by user name only, `FileAuth` holds one token and
 * `OpenIDConnectAuth` one expiry for the whole instance, and OIDC refresh writes the new tokens into the
 * user object it was given. {@link createKubeconfigCredentials} therefore makes fresh authenticators (or a
 * fresh `KubeConfig` holding exactly one cluster, user and context) from deep copies on every call, and
 * nothing else ever sees them. Two clusters that name the same kubeconfig user still get separate caches.
 */
import type { Cluster as KubeCluster, User as KubeUser } from '@kubernetes/client-node';
import type { ClusterCredentials } from './cluster.ts';
import { lightAuthenticator, resolveLight, staticHeaders } from './credential-options.ts';
import type { ResolvedCredentials } from './credential-options.ts';

/** The kubeconfig entries one cluster is made of. */
export interface KubeconfigCredentialsInput {
  readonly cluster: KubeCluster;
  /** Undefined for a context without a user (anonymous). */
  readonly user: KubeUser | undefined;
}

const ANONYMOUS_USER = 'wheelhouse-anonymous';

/** Builds the credential context of one cluster (see the module comment for the isolation guarantee). */
export function createKubeconfigCredentials(input: KubeconfigCredentialsInput): ClusterCredentials {
  const plainHttp = input.cluster.server.startsWith('http:');
  const cluster: KubeCluster = {
    ...structuredClone(input.cluster),
    // client-node refuses http:// servers unless TLS verification is "skipped"; there is no TLS to verify.
    ...(plainHttp ? { skipTLSVerify: true } : {}),
  };
  const user: KubeUser = input.user === undefined ? { name: ANONYMOUS_USER } : structuredClone(input.user);
  const authenticator = lightAuthenticator(user);
  if (authenticator === 'none') {
    // Nothing to refresh: the headers are fixed; TLS files are read when asked, as client-node does.
    const headers = staticHeaders(user);
    return {
      tls: async () => (await resolveLight(cluster, user, 'none', plainHttp)).tls,
      authHeaders: () => Promise.resolve(headers),
    };
  }
  const resolveOnce =
    authenticator === 'client-node'
      ? lazyClientNode(cluster, user, plainHttp)
      : () => resolveLight(cluster, user, authenticator, plainHttp);
  let pending: Promise<ResolvedCredentials> | undefined;
  // Concurrent callers share one resolution, so an exec plugin or OIDC refresh runs once, not per request.
  const resolve = (): Promise<ResolvedCredentials> => {
    pending ??= resolveOnce().finally(() => {
      pending = undefined;
    });
    return pending;
  };
  return {
    tls: async () => (await resolve()).tls,
    authHeaders: async () => (await resolve()).headers,
  };
}

/** A resolver that imports client-node's full `KubeConfig` on its first call (once per cluster). */
function lazyClientNode(
  cluster: KubeCluster,
  user: KubeUser,
  plainHttp: boolean,
): () => Promise<ResolvedCredentials> {
  let resolver: Promise<() => Promise<ResolvedCredentials>> | undefined;
  return async () => {
    resolver ??= import('./client-node-credentials.ts').then((module) =>
      module.clientNodeResolver(cluster, user, plainHttp),
    );
    return (await resolver)();
  };
}

/**
 * One isolated credential context per cluster, built with `@kubernetes/client-node`. Wheelhouse has no
 * kubeconfig, exec-plugin or OIDC logic of its own: client-node fills in TLS material and the
 * `Authorization` header (`applyToHTTPSOptions`), and this module only reads them back out.
 *
 * Isolation. client-node's authenticators are created per `KubeConfig` instance (in its constructor), so
 * instances share no cache. Inside one instance, though, the caches are NOT keyed by cluster:
 * `ExecAuth.tokenCache` is keyed by user name only, `FileAuth` holds one token and `OpenIDConnectAuth` one
 * expiry for the whole instance, and OIDC refresh writes the new tokens into the user object it was given.
 * Sharing a `KubeConfig` (or a user object) between clusters could therefore serve one cluster's token to
 * another. {@link createKubeconfigCredentials} prevents that by construction: every call makes a fresh
 * `KubeConfig` that holds exactly one cluster, one user and one context, built from deep copies, and nothing
 * else ever sees that instance. Two clusters that name the same kubeconfig user still get separate caches.
 */
import type https from 'node:https';
import { KubeConfig } from '@kubernetes/client-node';
import type { Cluster as KubeCluster, User as KubeUser } from '@kubernetes/client-node';
import type { ClusterCredentials, UpstreamTls } from './cluster.ts';

/** The kubeconfig entries one cluster is made of. */
export interface KubeconfigCredentialsInput {
  readonly cluster: KubeCluster;
  /** Undefined for a context without a user (anonymous). */
  readonly user: KubeUser | undefined;
}

interface Resolved {
  readonly tls: UpstreamTls;
  readonly headers: Readonly<Record<string, string>>;
}

const CONTEXT_NAME = 'wheelhouse';
const ANONYMOUS_USER = 'wheelhouse-anonymous';

/** Builds the credential context of one cluster (see the module comment for the isolation guarantee). */
export function createKubeconfigCredentials(input: KubeconfigCredentialsInput): ClusterCredentials {
  const plainHttp = input.cluster.server.startsWith('http:');
  const kubeCluster: KubeCluster = {
    ...structuredClone(input.cluster),
    // client-node refuses http:// servers unless TLS verification is "skipped"; there is no TLS to verify.
    ...(plainHttp ? { skipTLSVerify: true } : {}),
  };
  const user: KubeUser = input.user === undefined ? { name: ANONYMOUS_USER } : structuredClone(input.user);
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromOptions({
    clusters: [kubeCluster],
    users: [user],
    contexts: [{ name: CONTEXT_NAME, cluster: kubeCluster.name, user: user.name }],
    currentContext: CONTEXT_NAME,
  });
  let pending: Promise<Resolved> | undefined;
  // Concurrent callers share one resolution, so an exec plugin or OIDC refresh runs once, not per request.
  const resolve = (): Promise<Resolved> => {
    pending ??= resolveOptions(kubeConfig, plainHttp).finally(() => {
      pending = undefined;
    });
    return pending;
  };
  return {
    tls: async () => (await resolve()).tls,
    authHeaders: async () => (await resolve()).headers,
  };
}

async function resolveOptions(kubeConfig: KubeConfig, plainHttp: boolean): Promise<Resolved> {
  const options: https.RequestOptions = {};
  await kubeConfig.applyToHTTPSOptions(options);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    if (typeof value === 'string') headers[name] = value.trim();
  }
  if (typeof options.auth === 'string' && options.auth !== '') {
    headers['Authorization'] = `Basic ${Buffer.from(options.auth).toString('base64')}`;
  }
  const tls: UpstreamTls = plainHttp
    ? { rejectUnauthorized: true }
    : {
        ca: pem(options.ca),
        cert: pem(options.cert),
        key: pem(options.key),
        servername: options.servername ?? undefined,
        rejectUnauthorized: options.rejectUnauthorized !== false,
      };
  return { tls, headers };
}

function pem(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Buffer.isBuffer(value)) return value.toString('utf8');
  if (Array.isArray(value))
    return value
      .map(pem)
      .filter((item) => item !== undefined)
      .join('\n');
  return undefined;
}

/**
 * Credential resolution through a full `@kubernetes/client-node` `KubeConfig`, for the auth providers
 * Wheelhouse has no light path for (OIDC, Azure, GCP and any other `auth-provider`). This module is only
 * ever loaded with `import()`: client-node's package entry pulls in its whole generated API client
 * (~1.4 s and ~80 MiB RSS at start), which clusters with tokens, certificates, token files or exec plugins
 * never need (see credentials.ts).
 */
import type https from 'node:https';
import { KubeConfig } from '@kubernetes/client-node';
import type { Cluster as KubeCluster, User as KubeUser } from '@kubernetes/client-node';
import type { ResolvedCredentials } from './credential-options.ts';
import { pem } from './credential-options.ts';

const CONTEXT_NAME = 'wheelhouse';

/**
 * Returns a resolver bound to a fresh `KubeConfig` holding exactly this cluster, user and context (deep
 * copies made by the caller), so its authenticators' caches serve this cluster only.
 */
export function clientNodeResolver(
  cluster: KubeCluster,
  user: KubeUser,
  plainHttp: boolean,
): () => Promise<ResolvedCredentials> {
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromOptions({
    clusters: [cluster],
    users: [user],
    contexts: [{ name: CONTEXT_NAME, cluster: cluster.name, user: user.name }],
    currentContext: CONTEXT_NAME,
  });
  return () => resolveOptions(kubeConfig, plainHttp);
}

async function resolveOptions(kubeConfig: KubeConfig, plainHttp: boolean): Promise<ResolvedCredentials> {
  const options: https.RequestOptions = {};
  await kubeConfig.applyToHTTPSOptions(options);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    if (typeof value === 'string') headers[name] = value.trim();
  }
  if (typeof options.auth === 'string' && options.auth !== '') {
    headers['Authorization'] = `Basic ${Buffer.from(options.auth).toString('base64')}`;
  }
  const tls = plainHttp
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

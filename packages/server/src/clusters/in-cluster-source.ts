/**
 * The in-cluster source: the cluster Wheelhouse runs in, reached through the pod's service account
 * (`KUBERNETES_SERVICE_HOST`/`PORT` and `token`, `ca.crt`, `namespace` in the service-account directory).
 *
 * The service-account token is given to the cluster's credentials only with
 * `--unsafe-use-service-account-token`; otherwise the cluster's `authHeaders()` are empty, so nothing can
 * act as the pod for a user by accident. When enabled, the token file is re-read by client-node's token-file
 * authenticator (at most a minute after the kubelet rotates it, the same as client-go), and the CA file on
 * every connection set-up.
 */
import { access, readFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import type { SourceError } from '@wheelhouse/api-types';
import type { Cluster } from './cluster.ts';
import type { ClusterRegistry } from './cluster-registry.ts';
import { createKubeconfigCredentials } from './credentials.ts';

/** Registry source id and cluster name of the in-cluster cluster. */
export const IN_CLUSTER_SOURCE_ID = 'in-cluster';

/** Inputs of {@link loadInClusterCluster}. */
export interface InClusterOptions {
  /** Service-account directory. */
  readonly dir: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly unsafeUseServiceAccountToken: boolean;
  /** Reads a file as text (default: node:fs); rejects when missing. */
  readonly readFile?: (file: string) => Promise<string>;
  /** Resolves when the file exists (default: node:fs access). */
  readonly exists?: (file: string) => Promise<void>;
}

/** Builds the in-cluster `Cluster`, or reports why it cannot. */
export async function loadInClusterCluster(
  options: InClusterOptions,
): Promise<{ value: Cluster | undefined; errors: SourceError[] }> {
  const host = options.env['KUBERNETES_SERVICE_HOST'];
  const port = options.env['KUBERNETES_SERVICE_PORT'];
  const fail = (message: string, file?: string): { value: undefined; errors: SourceError[] } => ({
    value: undefined,
    errors: [{ source: IN_CLUSTER_SOURCE_ID, message, ...(file === undefined ? {} : { file }) }],
  });
  if (host === undefined || host === '' || port === undefined || port === '') {
    return fail('KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT are not set: not running in a pod?');
  }
  const exists = options.exists ?? access;
  const caFile = path.join(options.dir, 'ca.crt');
  const tokenFile = path.join(options.dir, 'token');
  try {
    await exists(caFile);
  } catch {
    return fail('service-account CA file not found', caFile);
  }
  if (options.unsafeUseServiceAccountToken) {
    try {
      await exists(tokenFile);
    } catch {
      return fail('service-account token file not found', tokenFile);
    }
  }
  const read = options.readFile ?? ((file: string) => readFile(file, 'utf8'));
  const namespace = await read(path.join(options.dir, 'namespace')).then(
    (text) => text.trim() || undefined,
    () => undefined,
  );
  const server = `https://${net.isIPv6(host) ? `[${host}]` : host}:${port}`;
  const credentials = createKubeconfigCredentials({
    cluster: { name: IN_CLUSTER_SOURCE_ID, server, caFile, skipTLSVerify: false },
    user: options.unsafeUseServiceAccountToken
      ? { name: 'service-account', authProvider: { name: 'tokenFile', config: { tokenFile } } }
      : undefined,
  });
  const cluster: Cluster = {
    name: IN_CLUSTER_SOURCE_ID,
    server,
    source: { type: 'in-cluster' },
    authType: options.unsafeUseServiceAccountToken ? 'tokenFile' : 'none',
    namespace,
    credentials,
  };
  return { value: cluster, errors: [] };
}

/** Loads the in-cluster cluster into `registry` once (the pod's environment does not change). */
export async function startInClusterSource(
  registry: ClusterRegistry,
  options: InClusterOptions,
): Promise<void> {
  registry.declareSource(IN_CLUSTER_SOURCE_ID);
  const { value, errors } = await loadInClusterCluster(options);
  registry.replaceSource(IN_CLUSTER_SOURCE_ID, value === undefined ? [] : [value], errors);
}

/**
 * `wheelhouse kubeconfig`: prints a kubeconfig with one context per registered cluster, each pointing at
 * Wheelhouse's proxy (`http://HOST:PORT/BASE/clusters/NAME`) and authenticating with the session token.
 * The cluster list comes from the running server (`/api/config`, so dynamic clusters are included); when
 * no server answers, from the kubeconfig files, named by the same rule the server uses.
 */
import { kubectlPathPrefix } from './security/kubectl-path-token.ts';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import { stringify } from 'yaml';
import type { ConfigResponse } from '@wheelhouse/api-types';
import { loadKubeconfigClusters } from './clusters/kubeconfig-loader.ts';
import { formatConfigError, parseServerConfig } from './config/server-config.ts';
import type { ServerConfig } from './config/server-config.ts';

/** A cluster to list: its name and default namespace. */
export interface ProxiedCluster {
  readonly name: string;
  readonly namespace?: string | undefined;
}

/** The kubeconfig document (as a plain object) for `clusters` behind `serverUrl`. */
export function buildProxyKubeconfig(
  clusters: readonly ProxiedCluster[],
  options: { serverUrl: string; token: string },
): Record<string, unknown> {
  const contextName = (name: string): string => `wheelhouse-${name}`;
  // The token travels in the path: see security/kubectl-path-token.ts for why not as a bearer token.
  const serverWithToken = options.serverUrl + kubectlPathPrefix('', options.token);
  return {
    apiVersion: 'v1',
    kind: 'Config',
    clusters: clusters.map((cluster) => ({
      name: contextName(cluster.name),
      cluster: { server: `${serverWithToken}/clusters/${cluster.name}` },
    })),
    users: [{ name: 'wheelhouse', user: {} }],
    contexts: clusters.map((cluster) => ({
      name: contextName(cluster.name),
      context: {
        cluster: contextName(cluster.name),
        user: 'wheelhouse',
        ...(cluster.namespace === undefined ? {} : { namespace: cluster.namespace }),
      },
    })),
    'current-context': clusters[0] === undefined ? '' : contextName(clusters[0].name),
  };
}

/** The URL clients use to reach a server bound to `host` (wildcard addresses → loopback). */
export function clientBaseUrl(host: string, port: number, baseUrl: string): string {
  const reachable = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  const hostPart = reachable.includes(':') ? `[${reachable}]` : reachable;
  return `http://${hostPart}:${port}${baseUrl}`;
}

/** I/O of {@link runKubeconfigCommand}. */
export interface CommandIo {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly fetch?: typeof fetch;
}

/** Runs the subcommand; returns the exit code. */
export async function runKubeconfigCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const parsed = parseServerConfig(argv, io.env, { homedir: os.homedir(), platform: process.platform });
  if (parsed.help) {
    io.stdout('Usage: wheelhouse kubeconfig --token <token> [--port, --host, --base-url, --kubeconfig]\n');
    return 0;
  }
  if (parsed.value === undefined) {
    for (const error of parsed.errors) io.stderr(`${formatConfigError(error)}\n`);
    return 2;
  }
  const config = parsed.value;
  if (config.mode === 'in-cluster' || config.token === undefined) {
    io.stderr(
      'wheelhouse kubeconfig: the kubeconfig authenticates with the session token, so it needs to know it: ' +
        'start the server with --token <token> (or WHEELHOUSE_TOKEN) and pass the same value here.\n',
    );
    return 2;
  }
  const serverUrl = clientBaseUrl(config.host, config.port, config.baseUrl);
  let clusters: ProxiedCluster[];
  try {
    clusters = await clustersFromServer(serverUrl, config.token, io);
  } catch (error) {
    if (error instanceof RejectedError) {
      io.stderr(`wheelhouse kubeconfig: the server at ${serverUrl} rejected the token\n`);
      return 1;
    }
    io.stderr(
      `wheelhouse kubeconfig: no server at ${serverUrl}; listing the clusters of the kubeconfig files\n`,
    );
    clusters = await clustersFromFiles(config);
  }
  io.stdout(stringify(buildProxyKubeconfig(clusters, { serverUrl, token: config.token })));
  return 0;
}

class RejectedError extends Error {}

async function clustersFromServer(
  serverUrl: string,
  token: string,
  io: CommandIo,
): Promise<ProxiedCluster[]> {
  const response = await (io.fetch ?? fetch)(`${serverUrl}/api/config`, {
    headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
    signal: AbortSignal.timeout(3000),
  });
  if (response.status === 401) throw new RejectedError('the server rejected the token');
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const body = (await response.json()) as ConfigResponse;
  return body.clusters.map((cluster) => ({ name: cluster.name, namespace: cluster.namespace }));
}

async function clustersFromFiles(config: ServerConfig): Promise<ProxiedCluster[]> {
  const load = await loadKubeconfigClusters(config.kubeconfigPaths, {
    readFile: (file) => readFile(file, 'utf8'),
  });
  return load.clusters.map((cluster) => ({ name: cluster.name, namespace: cluster.namespace }));
}

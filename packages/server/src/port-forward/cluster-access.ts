/**
 * The server's own calls to a cluster for port-forwards, with the cluster's credentials and TLS settings —
 * the same ones the proxy uses (`tlsConnectionOptions`, `upstreamAuthHeaders`), so a forward reaches the
 * cluster exactly as a proxied request would in local mode.
 */
import type { ConnectionOptions } from 'node:tls';
import WebSocket from 'ws';
import type { Cluster } from '../clusters/cluster.ts';
import { tlsConnectionOptions } from '../proxy/cluster-connections.ts';
import { upstreamAuthHeaders } from '../proxy/upstream-auth.ts';

/** A failed call: the HTTP status (0: no answer) and the API server's message. */
export class ClusterCallError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.name = 'ClusterCallError';
    this.status = status;
  }
}

async function connectionFor(
  cluster: Cluster,
): Promise<{ tls: ConnectionOptions; headers: Readonly<Record<string, string>> }> {
  const [tls, headers] = await Promise.all([
    cluster.credentials.tls().then((upstream) => tlsConnectionOptions(upstream, 'cluster')),
    upstreamAuthHeaders({ type: 'cluster' }, cluster),
  ]);
  return { tls, headers };
}

function statusMessage(status: number, body: string): string {
  try {
    const parsed = JSON.parse(body) as { message?: unknown };
    if (typeof parsed.message === 'string') return parsed.message;
  } catch {
    // not a Status
  }
  return `HTTP ${String(status)}`;
}

/** GETs `path` (`/api/v1/…`) from the cluster and parses the JSON answer; rejects with {@link ClusterCallError}. */
export async function getJson(cluster: Cluster, path: string, timeoutMs = 10_000): Promise<unknown> {
  const { tls, headers } = await connectionFor(cluster);
  const url = new URL(path, cluster.server);
  const secure = url.protocol === 'https:';
  const module = process.getBuiltinModule(secure ? 'node:https' : 'node:http');
  return new Promise((resolve, reject) => {
    const request = module.request(
      url,
      {
        method: 'GET',
        headers: { ...headers, accept: 'application/json' },
        timeout: timeoutMs,
        ...(secure ? tls : {}),
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          const status = response.statusCode ?? 0;
          if (status < 200 || status >= 300)
            reject(new ClusterCallError(status, statusMessage(status, body)));
          else {
            try {
              resolve(JSON.parse(body) as unknown);
            } catch {
              reject(new ClusterCallError(status, `invalid JSON from ${url.pathname}`));
            }
          }
        });
        response.on('error', (error) => {
          reject(new ClusterCallError(0, error.message));
        });
      },
    );
    request.on('timeout', () =>
      request.destroy(new Error(`no answer from the cluster within ${String(timeoutMs)} ms`)),
    );
    request.on('error', (error) => {
      reject(new ClusterCallError(0, error.message));
    });
    request.end();
  });
}

/** Opens a websocket to `path` on the cluster with its credentials (not yet open when returned). */
export async function openWebSocket(cluster: Cluster, path: string, protocol: string): Promise<WebSocket> {
  const { tls, headers } = await connectionFor(cluster);
  const url = new URL(path, cluster.server);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return new WebSocket(url, [protocol], {
    ...tls,
    headers: { ...headers },
    handshakeTimeout: 30_000,
    perMessageDeflate: false,
  });
}

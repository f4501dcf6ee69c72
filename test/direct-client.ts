/**
 * Direct access to a test cluster's API server (not through Wheelhouse) with the admin client certificate,
 * for setting up fixtures quickly and for comparing answers with the proxy's.
 */
import { readFileSync } from 'node:fs';
import { Agent, request } from 'undici';
import { parse } from 'yaml';
import type { ClusterInfo } from '../tools/testcluster/node/testcluster.ts';

interface KubeconfigFile {
  clusters: { cluster: { 'certificate-authority-data': string } }[];
  users: { user: { 'client-certificate-data'?: string; 'client-key-data'?: string; token?: string } }[];
}

/** A client for one cluster as the user of `kubeconfigPath` (its first cluster and user). */
export interface DirectClient {
  readonly server: string;
  readonly agent: Agent;
  /** Extra headers (the bearer token for token users). */
  readonly headers: Record<string, string>;
  request(method: string, path: string, body?: unknown): Promise<{ status: number; body: string }>;
  close(): Promise<void>;
}

/** Builds a {@link DirectClient} from a test-cluster kubeconfig. */
export function directClient(info: ClusterInfo, kubeconfigPath = info.adminKubeconfig): DirectClient {
  const file = parse(readFileSync(kubeconfigPath, 'utf8')) as KubeconfigFile;
  const user = file.users[0]?.user ?? {};
  const decode = (b64: string | undefined): string | undefined =>
    b64 === undefined ? undefined : Buffer.from(b64, 'base64').toString('utf8');
  const agent = new Agent({
    connections: 64,
    connect: {
      ca: decode(file.clusters[0]?.cluster['certificate-authority-data']),
      cert: decode(user['client-certificate-data']),
      key: decode(user['client-key-data']),
    },
  });
  const headers: Record<string, string> = user.token ? { authorization: `Bearer ${user.token}` } : {};
  return {
    server: info.server,
    agent,
    headers,
    async request(method, path, body) {
      const response = await request(info.server + path, {
        method: method as 'GET',
        dispatcher: agent,
        headers: { ...headers, 'content-type': 'application/json', accept: 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.statusCode, body: await response.body.text() };
    },
    close: () => agent.close(),
  };
}

/** Runs `task(i)` for i in [0, count) with at most `concurrency` in flight. */
export async function inParallel(
  count: number,
  concurrency: number,
  task: (i: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
}

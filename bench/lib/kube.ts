/**
 * Direct access to the benchmark cluster's API server as its admin (client certificate from the admin
 * kubeconfig): fixtures (namespaces, pods) and the "direct" side of every comparison.
 */
import { readFileSync } from 'node:fs';
import type { ConnectionOptions } from 'node:tls';
import { Pool } from 'undici';
import { parse } from 'yaml';
import type { ClusterInfo } from '../../tools/testcluster/node/testcluster.ts';

interface KubeconfigFile {
  clusters?: { cluster?: { 'certificate-authority-data'?: string } }[];
  users?: { user?: { 'client-certificate-data'?: string; 'client-key-data'?: string } }[];
}

/** TLS options (CA, client certificate and key) of a test-cluster kubeconfig's first cluster and user. */
export function kubeconfigTls(path: string): ConnectionOptions {
  const file = parse(readFileSync(path, 'utf8')) as KubeconfigFile;
  const decode = (b64: string | undefined): string | undefined =>
    b64 === undefined ? undefined : Buffer.from(b64, 'base64').toString('utf8');
  const user = file.users?.[0]?.user ?? {};
  return {
    ca: decode(file.clusters?.[0]?.cluster?.['certificate-authority-data']),
    cert: decode(user['client-certificate-data']),
    key: decode(user['client-key-data']),
  };
}

/**
 * A keep-alive pool straight to the API server as admin. HTTP/1.1 unless `http2` (undici would offer h2
 * and kube-apiserver would pick it): the same protocol Wheelhouse speaks upstream, so the comparison
 * isolates the proxy.
 */
export function directPool(cluster: ClusterInfo, options: { http2?: boolean } = {}): Pool {
  const http2 = options.http2 ?? false;
  return new Pool(cluster.server, {
    connections: 64,
    allowH2: http2,
    connect: { ...kubeconfigTls(cluster.adminKubeconfig), allowH2: http2 },
  });
}

/** JSON requests to the API server as admin. */
export class KubeAdmin {
  readonly pool: Pool;

  constructor(cluster: ClusterInfo) {
    this.pool = directPool(cluster);
  }

  /** Sends a JSON request; returns status and parsed body (undefined if not JSON). */
  async request(
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    path: string,
    body?: unknown,
    contentType = 'application/json',
  ): Promise<{ status: number; body: unknown }> {
    const response = await this.pool.request({
      method,
      path,
      headers: { accept: 'application/json', 'content-type': contentType },
      body: body === undefined ? null : JSON.stringify(body),
    });
    const text = await response.body.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    return { status: response.statusCode, body: parsed };
  }

  /** Creates a namespace unless it exists. */
  async ensureNamespace(name: string): Promise<void> {
    const { status } = await this.request('POST', '/api/v1/namespaces', { metadata: { name } });
    if (status !== 201 && status !== 409) throw new Error(`create namespace ${name}: HTTP ${String(status)}`);
  }

  /** Number of pods in a namespace (one cheap paged list). */
  async countPods(namespace: string, fieldSelector?: string): Promise<number> {
    const query = fieldSelector === undefined ? '' : `&fieldSelector=${encodeURIComponent(fieldSelector)}`;
    const { status, body } = await this.request(
      'GET',
      `/api/v1/namespaces/${namespace}/pods?limit=1${query}`,
    );
    if (status !== 200) throw new Error(`count pods in ${namespace}: HTTP ${String(status)}`);
    const list = body as { items: unknown[]; metadata: { remainingItemCount?: number } };
    return list.items.length + (list.metadata.remainingItemCount ?? 0);
  }

  /** Closes the pool. */
  close(): Promise<void> {
    return this.pool.close();
  }
}

/**
 * A realistic pod bound to a kwok node (nodeName set, so the scheduler's 110-pods-per-node limit does
 * not apply and kwok's simulated kubelet makes it Running).
 */
export function benchPod(name: string, node: string): unknown {
  return {
    metadata: {
      name,
      labels: { app: 'bench', 'app.kubernetes.io/name': 'bench', 'pod-template-hash': '5d8f7c9b6' },
      annotations: { 'wheelhouse.dev/bench': 'true' },
    },
    spec: {
      nodeName: node,
      tolerations: [{ key: 'kwok.x-k8s.io/node', operator: 'Exists', effect: 'NoSchedule' }],
      containers: [
        {
          name: 'app',
          image: 'registry.example/bench/app:1.0.0',
          ports: [{ name: 'http', containerPort: 8080 }],
          env: [{ name: 'MODE', value: 'bench' }],
          resources: { requests: { cpu: '10m', memory: '16Mi' }, limits: { memory: '64Mi' } },
        },
      ],
    },
  };
}

/** Runs `task(i)` for i in [from, to) with at most `concurrency` in flight. */
export async function inParallel(
  from: number,
  to: number,
  concurrency: number,
  task: (i: number) => Promise<void>,
): Promise<void> {
  let next = from;
  const worker = async (): Promise<void> => {
    while (next < to) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, to - from) }, worker));
}

/** Creates pods `${prefix}-${i}` for i in [from, to), 32 at a time, round-robin over the cluster's nodes. */
export async function createPods(
  admin: KubeAdmin,
  cluster: ClusterInfo,
  options: { namespace: string; prefix: string; from: number; to: number; concurrency?: number },
): Promise<void> {
  await inParallel(options.from, options.to, options.concurrency ?? 32, async (i) => {
    const name = `${options.prefix}-${String(i)}`;
    const node = `kwok-node-${String(i % cluster.nodes)}`;
    const path = `/api/v1/namespaces/${options.namespace}/pods`;
    const { status } = await admin.request('POST', path, benchPod(name, node));
    if (status !== 201 && status !== 409) throw new Error(`create pod ${name}: HTTP ${String(status)}`);
  });
}

/** Waits until no pod of the namespace is other than Running; returns the time it took in ms. */
export async function waitAllRunning(
  admin: KubeAdmin,
  namespace: string,
  timeoutMs = 900_000,
): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    const { body } = await admin.request(
      'GET',
      `/api/v1/namespaces/${namespace}/pods?limit=1&fieldSelector=status.phase!%3DRunning`,
    );
    if ((body as { items?: unknown[] }).items?.length === 0) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`pods in ${namespace} not all Running after ${String(timeoutMs)} ms`);
}

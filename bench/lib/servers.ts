/**
 * The servers a benchmark compares: Wheelhouse (the real CLI as a child process) and `kubectl proxy`
 * (the test cluster's own kubectl), each with a keep-alive undici pool to reach it.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Pool } from 'undici';
import type { ClusterInfo } from '../../tools/testcluster/node/testcluster.ts';
import { freePort, startWheelhouse } from '../../test/wheelhouse.ts';
import type { Wheelhouse } from '../../test/wheelhouse.ts';
import { directPool } from './kube.ts';

/** One way to reach the cluster's API: a pool, the path prefix to the API root, and headers to send. */
export interface ApiTarget {
  readonly name: string;
  readonly pool: Pool;
  readonly prefix: string;
  readonly headers: Readonly<Record<string, string>>;
  /** The process that serves it when it is a proxy of ours or kubectl's (for CPU and RSS). */
  readonly pid: number | undefined;
  /** Stops the server (if any) and closes the pool. */
  close(): Promise<void>;
}

const JSON_ACCEPT = { accept: 'application/json' };

/** The API server itself, as admin (client certificate); HTTP/1.1 unless `http2`. */
export function directTarget(cluster: ClusterInfo, options: { http2?: boolean } = {}): ApiTarget {
  const pool = directPool(cluster, options);
  return {
    name: options.http2 === true ? 'direct (HTTP/2)' : 'direct',
    pool,
    prefix: '',
    headers: JSON_ACCEPT,
    pid: undefined,
    close: () => pool.close(),
  };
}

/** Starts Wheelhouse on the cluster's admin kubeconfig (context name = cluster name). */
export async function wheelhouseTarget(
  cluster: ClusterInfo,
  options: { args?: string[]; env?: Record<string, string> } = {},
): Promise<ApiTarget & { readonly wheelhouse: Wheelhouse }> {
  const wheelhouse = await startWheelhouse({
    kubeconfig: [cluster.adminKubeconfig],
    args: options.args ?? [],
    env: options.env ?? {},
  });
  const pool = new Pool(wheelhouse.url, { connections: 64 });
  return {
    name: 'wheelhouse',
    wheelhouse,
    pool,
    prefix: `/clusters/${cluster.name}`,
    headers: { ...JSON_ACCEPT, authorization: `Bearer ${wheelhouse.token}` },
    pid: wheelhouse.process.pid,
    close: async () => {
      await pool.close();
      await wheelhouse.stop();
    },
  };
}

/** Resolves when `child` exits. */
function exitOf(child: ChildProcess): Promise<void> {
  return new Promise<void>((resolve) =>
    child.once('exit', () => {
      resolve();
    }),
  );
}

/** A proxy running as `child` (root-relative API paths), reached through `pool`; close stops both. */
function childTarget(name: string, child: ChildProcess, pool: Pool, exited: Promise<void>): ApiTarget {
  return {
    name,
    pool,
    prefix: '',
    headers: JSON_ACCEPT,
    pid: child.pid,
    close: async () => {
      await pool.close();
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Starts the bare Node relay (bare-relay.ts: the floor of a Node proxy, for reference) and waits for its port. */
export async function bareRelayTarget(cluster: ClusterInfo): Promise<ApiTarget> {
  const script = fileURLToPath(new URL('bare-relay.ts', import.meta.url));
  const child = spawn(process.execPath, [script, cluster.server, cluster.adminKubeconfig], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = exitOf(child);
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.once('data', (chunk: Buffer) => {
      resolve(Number(chunk.toString().trim()));
    });
    child.once('exit', (code) => {
      reject(new Error(`the bare relay exited (${String(code)}) before listening`));
    });
  });
  const pool = new Pool(`http://127.0.0.1:${String(port)}`, { connections: 64 });
  return childTarget('bare Node relay', child, pool, exited);
}

/** Starts `kubectl proxy` on a free port with the admin kubeconfig and waits until it answers. */
export async function kubectlProxyTarget(cluster: ClusterInfo): Promise<ApiTarget> {
  const port = await freePort();
  const child = spawn(
    cluster.executable,
    ['kubectl', 'proxy', `--port=${String(port)}`, `--kubeconfig=${cluster.adminKubeconfig}`],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = exitOf(child);
  const pool = new Pool(`http://127.0.0.1:${String(port)}`, { connections: 64 });
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const response = await pool.request({ method: 'GET', path: '/version' });
      await response.body.dump();
      if (response.statusCode === 200) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`kubectl proxy did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return childTarget('kubectl proxy', child, pool, exited);
}

/**
 * Starts the real `wheelhouse` CLI as a child process for integration tests and exposes what tests need:
 * its URL and session token, a fetch with the token, its RSS, and stop().
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../tools/testcluster/node/testcluster.ts';

export const cliPath = join(repoRoot, 'packages/server/src/cli.ts');

/** A running Wheelhouse server. */
export interface Wheelhouse {
  readonly url: string;
  readonly port: number;
  readonly token: string;
  readonly configDir: string;
  readonly process: ChildProcess;
  /** fetch relative to the server with the session token as bearer token. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  /** Resident set size of the server process in bytes. */
  rss(): number;
  output(): string;
  stop(): Promise<void>;
}

/** Options of {@link startWheelhouse}. */
export interface StartOptions {
  kubeconfig?: string[];
  args?: string[];
  env?: Record<string, string>;
  configDir?: string;
  /** In-cluster mode: no session token (users bring their own credentials). */
  inCluster?: boolean;
  /** `--base-url`: every route, `/readyz` included, is served under it. */
  baseUrl?: string;
  /** The script node runs (default: the TypeScript sources' cli.ts). */
  entry?: string;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

/** Starts Wheelhouse and waits until /readyz answers 200. */
export async function startWheelhouse(options: StartOptions = {}): Promise<Wheelhouse> {
  const port = await freePort();
  const token = randomBytes(24).toString('base64url');
  const configDir = options.configDir ?? mkdtempSync(join(tmpdir(), 'wheelhouse-test-'));
  const args = [
    options.entry ?? cliPath,
    '--port',
    String(port),
    '--config-dir',
    configDir,
    '--log-level',
    'warn',
  ];
  args.push(...(options.inCluster ? ['--in-cluster'] : ['--token', token]));
  for (const path of options.kubeconfig ?? []) args.push('--kubeconfig', path);
  if (options.baseUrl !== undefined) args.push('--base-url', options.baseUrl);
  args.push(...(options.args ?? []));
  const child = spawn(process.execPath, args, {
    env: { ...process.env, KUBECONFIG: '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${String(port)}`;
  const wheelhouse: Wheelhouse = {
    url,
    port,
    token,
    configDir,
    process: child,
    fetch: (path, init = {}) => {
      const headers = new Headers(init.headers);
      if (!options.inCluster && !headers.has('authorization'))
        headers.set('authorization', `Bearer ${token}`);
      return fetch(url + path, { ...init, headers });
    },
    rss: () => {
      const status = readFileSync(`/proc/${String(child.pid)}/status`, 'utf8');
      const kib = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
      return Number(kib) * 1024;
    },
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        child.once('exit', () => {
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
  await waitReady(wheelhouse, options.baseUrl ?? '');
  return wheelhouse;
}

async function waitReady(wheelhouse: Wheelhouse, baseUrl: string): Promise<void> {
  const deadline = Date.now() + 60_000; // generous: a loaded 2-core CI machine
  while (Date.now() < deadline) {
    if (wheelhouse.process.exitCode !== null) {
      throw new Error(`wheelhouse exited (${String(wheelhouse.process.exitCode)}):\n${wheelhouse.output()}`);
    }
    try {
      const response = await wheelhouse.fetch(`${baseUrl}/readyz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await wheelhouse.stop();
  throw new Error(`wheelhouse not ready after 60 s:\n${wheelhouse.output()}`);
}

/** Polls until check returns a value (not undefined) or timeoutMs passes. */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  timeoutMs = 10_000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `timed out after ${String(timeoutMs)} ms waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`,
  );
}

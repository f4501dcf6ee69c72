/**
 * Helpers of the dynamic-cluster integration tests (test/dynamic-clusters*.int.test.ts): calling the API,
 * reading the test clusters' kubeconfigs, a kubectl kubeconfig for the proxy, and an event-stream reader.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ClusterEvent, ConfigResponse } from '@wheelhouse/api-types';
import type { ClusterInfo } from '../tools/testcluster/node/testcluster.ts';
import { cliPath, type Wheelhouse } from './wheelhouse.ts';

/** A parsed JSON answer. */
export interface JsonAnswer {
  status: number;
  body: Record<string, unknown>;
}

/** Sends a JSON request to the server (session bearer token added by `wheelhouse.fetch`). */
export async function call(
  wheelhouse: Wheelhouse,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<JsonAnswer> {
  const response = await wheelhouse.fetch(path, {
    method,
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>) };
}

/** `GET /api/config`. */
export async function config(
  wheelhouse: Wheelhouse,
  headers: Record<string, string> = {},
): Promise<ConfigResponse> {
  const response = await wheelhouse.fetch('/api/config', { headers });
  return (await response.json()) as ConfigResponse;
}

/** Names of the dynamic clusters in `/api/config`, sorted. */
export async function dynamicNames(wheelhouse: Wheelhouse): Promise<string[]> {
  return (await config(wheelhouse)).clusters.filter((c) => c.source === 'dynamic').map((c) => c.name);
}

/** A test cluster's kubeconfig text (admin: client certificate; viewer: token). */
export function kubeconfigText(info: ClusterInfo, user: 'admin' | 'viewer'): string {
  return readFileSync(user === 'admin' ? info.adminKubeconfig : info.viewerKubeconfig, 'utf8');
}

/** base64 of a test cluster's CA certificate (PEM). */
export function caData(info: ClusterInfo): string {
  return readFileSync(info.caCert).toString('base64');
}

/**
 * Writes the kubeconfig `wheelhouse kubeconfig` prints for the running server; returns its path. `sources`
 * is the command's own `--kubeconfig` (default: a file that does not exist).
 */
export function proxyKubeconfig(wheelhouse: Wheelhouse, sources = '/nonexistent'): string {
  const printed = execFileSync(
    process.execPath,
    [
      cliPath,
      'kubeconfig',
      '--port',
      String(wheelhouse.port),
      '--token',
      wheelhouse.token,
      '--kubeconfig',
      sources,
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
  );
  const file = join(mkdtempSync(join(tmpdir(), 'wh-kubeconfig-')), 'config');
  writeFileSync(file, printed);
  return file;
}

/** Reads a streamed response body chunk by chunk until `predicate` holds on the text so far. */
export async function readUntil(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  predicate: (text: string) => boolean,
  state: { text: string },
  timeoutMs = 15_000,
): Promise<'matched' | 'ended'> {
  const decoder = new TextDecoder();
  const deadline = Date.now() + timeoutMs;
  while (!predicate(state.text)) {
    if (Date.now() > deadline) throw new Error(`timed out; got: ${state.text.slice(-500)}`);
    const chunk = await Promise.race([
      reader.read(),
      new Promise<never>((_resolve, reject) =>
        setTimeout(() => {
          reject(new Error(`timed out; got: ${state.text.slice(-500)}`));
        }, timeoutMs),
      ),
    ]);
    if (chunk.done) return 'ended';
    state.text += decoder.decode(chunk.value, { stream: true });
  }
  return 'matched';
}

/** Reads a stream to its end (or error); resolves with how it ended. */
export async function readToEnd(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  timeoutMs = 15_000,
): Promise<'ended' | 'error'> {
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      if (Date.now() > deadline) throw new Error('stream still open');
      const chunk = await reader.read();
      if (chunk.done) return 'ended';
    }
  } catch (error) {
    if (error instanceof Error && error.message === 'stream still open') throw error;
    return 'error';
  }
}

/** The SSE events in a text. */
export function parseEvents(text: string): ClusterEvent[] {
  return [...text.matchAll(/^data: (.*)$/gm)].map((match) => JSON.parse(match[1] ?? '{}') as ClusterEvent);
}

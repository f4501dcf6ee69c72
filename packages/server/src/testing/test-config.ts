/** Test helpers shared by the server's unit tests (not part of the runtime). */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ClusterStatus } from '@wheelhouse/api-types';
import type { Cluster } from '../clusters/cluster.ts';
import { parseServerConfig } from '../config/server-config.ts';
import type { ServerConfig } from '../config/server-config.ts';

/** A valid config from flags (no environment), for tests. */
export function testConfig(
  argv: readonly string[] = [],
  overrides: Partial<ServerConfig> = {},
): ServerConfig {
  const result = parseServerConfig(argv, {}, { homedir: '/home/test', platform: 'linux', cwd: '/work' });
  if (result.value === undefined) throw new Error(result.errors.map((error) => error.message).join('; '));
  return { ...result.value, webDir: '/nonexistent/web', ...overrides };
}

/** A cluster whose credentials add a fixed bearer token. */
export function fakeCluster(name: string, overrides: Partial<Cluster> = {}): Cluster {
  return {
    name,
    server: `https://${name}.example:6443`,
    source: { type: 'dynamic', persisted: false },
    authType: 'token',
    credentials: {
      tls: () => Promise.resolve({ rejectUnauthorized: true }),
      authHeaders: () => Promise.resolve({ Authorization: `Bearer token-of-${name}` }),
    },
    ...overrides,
  };
}

/** A reachable status for tests. */
export const REACHABLE: ClusterStatus = {
  state: 'reachable',
  version: 'v1.31.0',
  checkedAt: '2026-01-01T00:00:00.000Z',
};

/** Makes a temporary directory; returns it and its cleanup. */
export async function makeTempDir(
  prefix = 'wheelhouse-test-',
): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Polls `check` until it returns true or `timeoutMs` passes. */
export async function waitFor(check: () => boolean, timeoutMs = 2000, stepMs = 20): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, stepMs));
  }
}

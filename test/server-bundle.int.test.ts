/**
 * The prebuilt server bundle (what `npm start` and the `wheelhouse` bin run) works like the sources: it
 * starts, serves its API and proxies a cluster, which loads the lazily imported chunks (undici). The other
 * integration and e2e tests run the TypeScript sources, so this is the bundle's only test.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundle } from '../packages/server/bundle/build.ts';
import { serverDir } from '../packages/server/bundle/freshness.js';
import { startWheelhouse, type Wheelhouse } from './wheelhouse.ts';

/** Two directories below packages/server, like dist/bundle (the default web directory resolves alike). */
const outDir = join(serverDir, 'dist', 'bundle-test');

describe('the server bundle', () => {
  let upstream: Server;
  let wheelhouse: Wheelhouse;
  let dir: string;

  beforeAll(async () => {
    upstream = createServer((request, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(
        JSON.stringify({ kind: 'NamespaceList', path: request.url, auth: request.headers.authorization }),
      );
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const address = upstream.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    dir = mkdtempSync(join(tmpdir(), 'wheelhouse-bundle-'));
    const kubeconfig = join(dir, 'kubeconfig');
    writeFileSync(
      kubeconfig,
      [
        'apiVersion: v1',
        'kind: Config',
        'clusters: [{name: fake, cluster: {server: "http://127.0.0.1:' + String(port) + '"}}]',
        'users: [{name: fake, user: {token: upstream-token}}]',
        'contexts: [{name: fake, context: {cluster: fake, user: fake}}]',
        'current-context: fake',
      ].join('\n'),
    );
    await buildBundle(outDir);
    wheelhouse = await startWheelhouse({ entry: join(outDir, 'cli.js'), kubeconfig: [kubeconfig] });
  }, 120_000);

  afterAll(async () => {
    await wheelhouse.stop();
    await new Promise((resolve) => upstream.close(resolve));
    rmSync(dir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  });

  it('defers the modules a start does not use (bundle/lazy-requires.ts)', () => {
    const bundle = readFileSync(join(outDir, 'cli.js'), 'utf8');
    expect(bundle).toMatch(/new Proxy\(\{\},\{get:\([^)]*\)=>\w+\(`node:http2`\)\[/);
    expect(bundle).toMatch(/glob=\(\.\.\.(\w+)\)=>\w+\(\)\.glob\(\.\.\.\1\)/);
  });

  it('lists the kubeconfig cluster in its config API', async () => {
    const response = await wheelhouse.fetch('/api/config');
    expect(response.status).toBe(200);
    const config = (await response.json()) as { clusters: { name: string }[] };
    expect(config.clusters.map((cluster) => cluster.name)).toEqual(['fake']);
  });

  it('proxies the cluster with its credentials', async () => {
    const response = await wheelhouse.fetch('/clusters/fake/api/v1/namespaces?limit=1');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      kind: 'NamespaceList',
      path: '/api/v1/namespaces?limit=1',
      auth: 'Bearer upstream-token',
    });
  });
});

import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { ClusterRegistry } from '../clusters/cluster-registry.ts';
import { createSessionToken } from '../security/session-token.ts';
import { makeTempDir, testConfig } from '../testing/test-config.ts';
import { IMMUTABLE_CACHE, renderIndex } from './static-assets.ts';

const TOKEN = 'static-session-token-0123';
const headers = { host: 'localhost:4770', authorization: `Bearer ${TOKEN}` };
const INDEX = '<!doctype html><title>Wheelhouse app</title><script src="assets/app-1a2b3c.js"></script>';
const SCRIPT = `console.log(${JSON.stringify('x'.repeat(4000))});\n`;
let webDir: string;
let cleanup: () => Promise<void>;
let app: FastifyInstance | undefined;

beforeAll(async () => {
  ({ dir: webDir, cleanup } = await makeTempDir());
  await mkdir(path.join(webDir, 'assets'));
  await writeFile(path.join(webDir, 'index.html'), INDEX);
  await writeFile(path.join(webDir, 'assets', 'app-1a2b3c.js'), SCRIPT);
  await writeFile(path.join(webDir, 'assets', 'style-9f8e.css'), 'body{}'.repeat(400));
  await writeFile(path.join(webDir, 'assets', 'style-9f8e.css.br'), brotliCompressSync('body{}'.repeat(400)));
  await writeFile(path.join(webDir, 'favicon.svg'), '<svg/>');
});
afterAll(() => cleanup());
afterEach(async () => {
  await app?.close();
  app = undefined;
});

function build(argv: string[] = [], dir = webDir): FastifyInstance {
  app = createApp({
    config: testConfig(argv, { webDir: dir }),
    registry: new ClusterRegistry(),
    sessionToken: createSessionToken(TOKEN),
  });
  return app;
}

describe('static assets', () => {
  it('serves index.html with no-cache', async () => {
    const response = await build().inject({ url: '/', headers });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe(INDEX);
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('serves hashed assets as immutable and other files as no-cache', async () => {
    const server = build();
    const script = await server.inject({ url: '/assets/app-1a2b3c.js', headers });
    expect(script.statusCode).toBe(200);
    expect(script.headers['cache-control']).toBe(IMMUTABLE_CACHE);
    expect(script.headers['content-type']).toContain('javascript');
    expect(script.body).toBe(SCRIPT);
    const icon = await server.inject({ url: '/favicon.svg', headers });
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it('falls back to index.html for SPA routes but not for API paths or missing assets', async () => {
    const server = build();
    const route = await server.inject({ url: '/clusters-view/dev/pods/web-1.abc', headers });
    expect(route.statusCode).toBe(200);
    expect(route.body).toBe(INDEX);
    expect(route.headers['cache-control']).toBe('no-cache');
    const api = await server.inject({ url: '/api/nothing', headers });
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toContain('application/problem+json');
    expect((await server.inject({ url: '/assets/gone-123.js', headers })).statusCode).toBe(404);
    expect(
      (
        await server.inject({
          method: 'POST',
          url: '/somewhere',
          headers: { ...headers, origin: 'http://localhost:4770' },
        })
      ).statusCode,
    ).toBe(404);
  });

  it('compresses on the fly with gzip and serves pre-compressed brotli files', async () => {
    const server = build();
    const gzip = await server.inject({
      url: '/assets/app-1a2b3c.js',
      headers: { ...headers, 'accept-encoding': 'gzip' },
    });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(SCRIPT);
    const br = await server.inject({
      url: '/assets/style-9f8e.css',
      headers: { ...headers, 'accept-encoding': 'br, gzip' },
    });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe(IMMUTABLE_CACHE);
    expect(br.headers.vary).toContain('accept-encoding');
  });

  it('honours the base URL', async () => {
    const server = build(['--base-url', '/wh']);
    expect((await server.inject({ url: '/wh/', headers })).body).toBe(renderIndex(INDEX, '/wh'));
    expect((await server.inject({ url: '/wh/assets/app-1a2b3c.js', headers })).headers['cache-control']).toBe(
      IMMUTABLE_CACHE,
    );
    expect((await server.inject({ url: '/wh/deep/route', headers })).body).toBe(renderIndex(INDEX, '/wh'));
    expect((await server.inject({ url: '/assets/app-1a2b3c.js', headers })).statusCode).toBe(404);
  });

  it("makes the build's relative asset URLs absolute under the base URL, and preloads the config", () => {
    const built =
      '<html><head><script type="module" crossorigin src="./assets/index-1.js"></script>' +
      '<link rel="modulepreload" crossorigin href="./assets/chunk-2.js"></head><body></body></html>';
    expect(renderIndex(built, '/wh')).toBe(
      '<html><head><script type="module" crossorigin src="/wh/assets/index-1.js"></script>' +
        '<link rel="modulepreload" crossorigin href="/wh/assets/chunk-2.js">' +
        '<link rel="preload" href="/wh/api/config" as="fetch" crossorigin="anonymous"></head><body></body></html>',
    );
    expect(renderIndex(built, '')).toContain('src="/assets/index-1.js"');
    expect(renderIndex(built, '')).toContain('href="/api/config"');
  });

  it('serves a placeholder page when the web app is not built', async () => {
    const server = build([], path.join(webDir, 'missing'));
    const response = await server.inject({ url: '/', headers });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('The web UI is not built');
    expect((await server.inject({ url: '/some/route', headers })).body).toContain('The web UI is not built');
    expect((await server.inject({ url: '/assets/app-1a2b3c.js', headers })).statusCode).toBe(404);
  });
});

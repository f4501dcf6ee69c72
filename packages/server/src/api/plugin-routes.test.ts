import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PluginListResponse } from '@wheelhouse/api-types';
import { createApp } from '../app.ts';
import { ClusterRegistry } from '../clusters/cluster-registry.ts';
import { createSessionToken } from '../security/session-token.ts';
import { makeTempDir, testConfig } from '../testing/test-config.ts';

const TOKEN = 'test-session-token-0123456789';
const headers = { host: '127.0.0.1:4770', authorization: `Bearer ${TOKEN}` };
let app: FastifyInstance;
let root: string;
let cleanup: () => Promise<void>;

async function writePlugin(dir: string, folder: string, manifest: object, files: Record<string, string>) {
  await mkdir(path.join(dir, folder), { recursive: true });
  await writeFile(path.join(dir, folder, 'package.json'), JSON.stringify(manifest));
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, folder, file)), { recursive: true });
    await writeFile(path.join(dir, folder, file), text);
  }
}

function build(mode: 'local' | 'in-cluster' = 'local', baseUrl = ''): FastifyInstance {
  const argv = ['--config-dir', path.join(root, 'config'), '--plugins-dir', path.join(root, 'extra')];
  if (mode === 'in-cluster') argv.push('--in-cluster');
  if (baseUrl !== '') argv.push('--base-url', baseUrl);
  const config = testConfig(argv);
  app = createApp({
    config,
    registry: new ClusterRegistry(),
    sessionToken: mode === 'local' ? createSessionToken(TOKEN) : undefined,
  });
  return app;
}

beforeEach(async () => {
  ({ dir: root, cleanup } = await makeTempDir());
  const dir = path.join(root, 'extra');
  await writePlugin(
    dir,
    'pod-counter',
    { name: 'pod-counter', version: '1.0.0', wheelhouse: { entry: 'dist/index.js' } },
    {
      'dist/index.js': 'export const plugin = {};\n',
      'dist/style.css': 'a{}',
      'dist/.secret': 'HIDDEN-CONTENT',
      'dist/data.bin': 'x',
    },
  );
  await writePlugin(
    dir,
    'scoped',
    { name: '@acme/tool', version: '2.0.0', main: 'index.mjs' },
    { 'index.mjs': '//' },
  );
  await writePlugin(
    path.join(root, 'config', 'plugins'),
    'broken',
    { name: 'Broken Name', version: 'x' },
    {},
  );
  await writeFile(path.join(root, 'outside.js'), 'OUTSIDE-CONTENT');
  await symlink(path.join(root, 'outside.js'), path.join(dir, 'pod-counter', 'dist', 'escape.js'));
  await symlink(path.join(root, 'config'), path.join(dir, 'pod-counter', 'dist', 'up'));
});

/** Sends a raw request line (no URL normalisation, unlike inject) and returns status and body. */
async function rawGet(server: FastifyInstance, target: string): Promise<{ status: number; body: string }> {
  if (!server.server.listening) await server.listen({ port: 0, host: '127.0.0.1' });
  const { port } = server.server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let data = '';
    socket.on('data', (chunk: Buffer) => (data += chunk.toString('latin1')));
    socket.on('error', reject);
    socket.on('end', () => {
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0);
      resolve({ status, body: data.slice(data.indexOf('\r\n\r\n') + 4) });
    });
    socket.write(
      `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:4770\r\nAuthorization: ${headers.authorization}\r\nConnection: close\r\n\r\n`,
    );
  });
}

afterEach(async () => {
  await app.close();
  await cleanup();
});

describe('GET /api/plugins', () => {
  it('lists every plugin with entry URL, origin, enabled state and errors', async () => {
    const response = await build().inject({ url: '/api/plugins', headers });
    expect(response.statusCode).toBe(200);
    const body = response.json<PluginListResponse>();
    expect(body.canConfigure).toBe(true);
    expect(body.dirs.map((d) => d.kind)).toEqual(['plugins-dir', 'config-dir']);
    const byName = new Map(body.plugins.map((p) => [p.name, p]));
    expect(byName.get('pod-counter')).toMatchObject({
      version: '1.0.0',
      enabled: true,
      errors: [],
      origin: { kind: 'plugins-dir', folder: 'pod-counter' },
    });
    expect(byName.get('pod-counter')?.entryUrl).toMatch(
      /^\/plugins\/pod-counter\/dist\/index\.js\?v=[0-9a-f]{12}$/,
    );
    expect(byName.get('@acme/tool')?.entryUrl).toMatch(/^\/plugins\/%40acme\/tool\/index\.mjs\?v=/);
    const broken = byName.get('broken');
    expect(broken?.entryUrl).toBeUndefined();
    expect(broken?.origin.kind).toBe('config-dir');
    expect(broken?.errors.map((e) => e.field)).toEqual(['name', 'version', 'wheelhouse.entry']);
  });

  it('carries the base URL in entry URLs and serves under it', async () => {
    const server = build('local', '/wh');
    const body = (await server.inject({ url: '/wh/api/plugins', headers })).json<PluginListResponse>();
    const entry = body.plugins.find((p) => p.name === 'pod-counter')?.entryUrl ?? '';
    expect(entry.startsWith('/wh/plugins/pod-counter/dist/index.js?v=')).toBe(true);
    const file = await server.inject({ url: entry, headers });
    expect(file.statusCode).toBe(200);
    expect(file.body).toBe('export const plugin = {};\n');
  });

  it('needs the session', async () => {
    const response = await build().inject({ url: '/api/plugins', headers: { host: '127.0.0.1:4770' } });
    expect(response.statusCode).toBe(401);
  });
});

describe('GET /plugins/NAME/PATH', () => {
  it('serves files with their content type, nosniff and no-cache', async () => {
    const server = build();
    const js = await server.inject({ url: '/plugins/pod-counter/dist/index.js', headers });
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['x-content-type-options']).toBe('nosniff');
    expect(js.headers['cache-control']).toBe('no-cache');
    const css = await server.inject({ url: '/plugins/pod-counter/dist/style.css', headers });
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    const bin = await server.inject({ url: '/plugins/pod-counter/dist/data.bin', headers });
    expect(bin.headers['content-type']).toBe('application/octet-stream');
    const scoped = await server.inject({ url: '/plugins/@acme/tool/index.mjs', headers });
    expect(scoped.statusCode).toBe(200);
    const encodedScope = await server.inject({ url: '/plugins/%40acme/tool/index.mjs', headers });
    expect(encodedScope.statusCode).toBe(200);
  });

  it.each([
    ['dot-dot', '/plugins/pod-counter/../../outside.js', 400],
    ['dot-dot inside the path', '/plugins/pod-counter/dist/../../../outside.js', 400],
    ['encoded dot-dot', '/plugins/pod-counter/%2e%2e/%2e%2e/outside.js', 400],
    ['mixed-case encoded dot-dot', '/plugins/pod-counter/%2E%2E/outside.js', 400],
    ['encoded slash', '/plugins/pod-counter/dist%2F..%2F..%2Foutside.js', 400],
    ['encoded backslash', '/plugins/pod-counter/..%5C..%5Coutside.js', 400],
    ['backslash', '/plugins/pod-counter/..\\..\\outside.js', 400],
    ['NUL', '/plugins/pod-counter/dist/index.js%00.png', 400],
    ['empty segment', '/plugins/pod-counter//etc/passwd', 400],
    ['single dot', '/plugins/pod-counter/./dist/index.js', 400],
    ['bad percent-encoding', '/plugins/pod-counter/%E0%A4%A', 400],
    ['absolute path as a segment', '/plugins/pod-counter/%2Fetc%2Fpasswd', 400],
    ['a symlink to a file outside', '/plugins/pod-counter/dist/escape.js', 403],
    ['a symlinked folder outside', '/plugins/pod-counter/dist/up/plugins/broken/package.json', 403],
    ['a hidden file', '/plugins/pod-counter/dist/.secret', 404],
    ['a folder', '/plugins/pod-counter/dist', 404],
    ['a missing file', '/plugins/pod-counter/dist/nope.js', 404],
    ['the plugin folder itself', '/plugins/pod-counter', 404],
    ['an unknown plugin', '/plugins/nope/index.js', 404],
    ['a broken plugin', '/plugins/broken/package.json', 404],
    ['another plugin through a scope', '/plugins/@acme/../pod-counter/dist/index.js', 400],
  ])('refuses %s', async (_name, url, status) => {
    const response = await rawGet(build(), url);
    expect(response.status).toBe(status);
    expect(response.body).not.toMatch(/OUTSIDE-CONTENT|HIDDEN-CONTENT/);
  });

  it('serves a file through the raw-request helper (so the refusals above are real)', async () => {
    const response = await rawGet(build(), '/plugins/pod-counter/dist/index.js');
    expect(response.status).toBe(200);
    expect(response.body).toContain('export const plugin');
  });

  it('does not serve a disabled plugin, and PATCH switches it back on', async () => {
    const server = build();
    const off = await server.inject({
      method: 'PATCH',
      url: '/api/plugins/pod-counter',
      headers,
      payload: { enabled: false },
    });
    expect(off.statusCode).toBe(200);
    expect(off.json()).toMatchObject({ name: 'pod-counter', enabled: false });
    const file = await server.inject({ url: '/plugins/pod-counter/dist/index.js', headers });
    expect(file.statusCode).toBe(404);
    expect(file.json<{ detail: string }>().detail).toContain('turned off');
    const on = await server.inject({
      method: 'PATCH',
      url: '/api/plugins/pod-counter',
      headers,
      payload: { enabled: true },
    });
    expect(on.json()).toMatchObject({ enabled: true });
    expect((await server.inject({ url: '/plugins/pod-counter/dist/index.js', headers })).statusCode).toBe(
      200,
    );
  });
});

describe('PATCH /api/plugins/NAME', () => {
  it('switches scoped plugins and names bad input', async () => {
    const server = build();
    const scoped = await server.inject({
      method: 'PATCH',
      url: '/api/plugins/@acme/tool',
      headers,
      payload: { enabled: false },
    });
    expect(scoped.json()).toMatchObject({ name: '@acme/tool', enabled: false });
    const bad = await server.inject({
      method: 'PATCH',
      url: '/api/plugins/pod-counter',
      headers,
      payload: { enabled: 'no' },
    });
    expect(bad.statusCode).toBe(400);
    const unknown = await server.inject({
      method: 'PATCH',
      url: '/api/plugins/nope',
      headers,
      payload: { enabled: false },
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('is refused in in-cluster mode', async () => {
    const server = build('in-cluster');
    const list = (
      await server.inject({ url: '/api/plugins', headers: { host: '127.0.0.1:4770' } })
    ).json<PluginListResponse>();
    expect(list.canConfigure).toBe(false);
    const response = await server.inject({
      method: 'PATCH',
      url: '/api/plugins/pod-counter',
      headers: { host: '127.0.0.1:4770', origin: 'http://127.0.0.1:4770' },
      payload: { enabled: false },
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('the events stream', () => {
  it('announces plugin changes as `event: plugins`', async () => {
    const server = build();
    await server.listen({ port: 0, host: '127.0.0.1' });
    const { port } = server.server.address() as AddressInfo;
    const controller = new AbortController();
    const response = await fetch(`http://127.0.0.1:${String(port)}/api/clusters/events`, {
      headers: { authorization: headers.authorization },
      signal: controller.signal,
    });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = '';
    const readUntil = async (needle: string): Promise<void> => {
      while (!text.includes(needle)) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`stream ended before ${needle}`);
        text += decoder.decode(value);
      }
    };
    await readUntil('event: snapshot');
    await server.inject({
      method: 'PATCH',
      url: '/api/plugins/pod-counter',
      headers,
      payload: { enabled: false },
    });
    await readUntil('event: plugins\ndata: {"type":"plugins"}');
    controller.abort();
  });
});

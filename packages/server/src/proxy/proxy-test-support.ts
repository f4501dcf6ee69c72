/**
 * Test fixtures for the proxy: a throwaway PKI (openssl), fake API servers on 127.0.0.1 and a Fastify app
 * with the proxy registered. Used only by the `*.test.ts` files beside it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { Server as HttpsServer } from 'node:https';
import { createServer as createNetServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fastify } from 'fastify';
import type { FastifyInstance } from 'fastify';
import type { Cluster, UpstreamTls } from '../clusters/cluster.ts';
import { registerKubeProxy } from './register-kube-proxy.ts';
import type { KubeProxy, KubeProxyOptions } from './register-kube-proxy.ts';

/** PEM material for one test run. `otherCa` signed nothing the fake servers use. */
export interface TestPki {
  readonly ca: string;
  readonly serverCert: string;
  readonly serverKey: string;
  readonly clientCert: string;
  readonly clientKey: string;
  readonly otherCa: string;
}

const EC = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

/** Generates a CA, a server certificate for `localhost`/`127.0.0.1` and a client certificate. */
export function createTestPki(): TestPki {
  const dir = mkdtempSync(join(tmpdir(), 'wheelhouse-proxy-pki-'));
  const at = (name: string): string => join(dir, name);
  const openssl = (...args: string[]): void => {
    execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
  };
  const ca = (name: string): void => {
    openssl(
      'req',
      '-x509',
      ...EC,
      '-keyout',
      at(`${name}.key`),
      '-out',
      at(`${name}.crt`),
      '-days',
      '2',
      '-subj',
      `/CN=${name}`,
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign',
    );
  };
  const leaf = (name: string, subject: string, extensions: string): void => {
    writeFileSync(at(`${name}.ext`), extensions);
    openssl('req', ...EC, '-keyout', at(`${name}.key`), '-out', at(`${name}.csr`), '-subj', subject);
    openssl(
      'x509',
      '-req',
      '-in',
      at(`${name}.csr`),
      '-CA',
      at('ca.crt'),
      '-CAkey',
      at('ca.key'),
      '-CAcreateserial',
      '-out',
      at(`${name}.crt`),
      '-days',
      '2',
      '-extfile',
      at(`${name}.ext`),
    );
  };
  try {
    ca('ca');
    ca('other-ca');
    leaf(
      'server',
      '/CN=localhost',
      'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n',
    );
    leaf('client', '/O=system:masters/CN=admin', 'extendedKeyUsage=clientAuth\n');
    const read = (name: string): string => readFileSync(at(name), 'utf8');
    return {
      ca: read('ca.crt'),
      serverCert: read('server.crt'),
      serverKey: read('server.key'),
      clientCert: read('client.crt'),
      clientKey: read('client.key'),
      otherCa: read('other-ca.crt'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A fake API server over TLS that asks for (but does not require) a client certificate. */
export interface FakeUpstream {
  readonly server: HttpsServer;
  readonly url: string;
  close(): Promise<void>;
}

/** Starts a fake API server on 127.0.0.1. */
export async function startUpstream(
  pki: TestPki,
  handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end('ok'),
): Promise<FakeUpstream> {
  const server = createHttpsServer(
    { key: pki.serverKey, cert: pki.serverCert, ca: pki.ca, requestCert: true, rejectUnauthorized: false },
    handler,
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `https://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

/** The client certificate's CN the upstream saw on this request's connection, if any. */
export function peerCommonName(req: IncomingMessage): string | undefined {
  const socket = req.socket as IncomingMessage['socket'] & {
    getPeerCertificate?: () => { subject?: { CN?: string } };
  };
  return socket.getPeerCertificate?.().subject?.CN;
}

/** A cluster for tests. `authHeaders` default to a cluster bearer token. */
export function fakeCluster(
  name: string,
  server: string,
  tls: Partial<UpstreamTls> & { rejectUnauthorized?: boolean },
  authHeaders: Record<string, string> = { Authorization: 'Bearer cluster-token' },
): Cluster {
  const upstreamTls: UpstreamTls = { rejectUnauthorized: true, ...tls };
  return {
    name,
    server,
    source: { type: 'dynamic', persisted: false },
    authType: 'token',
    credentials: { tls: () => Promise.resolve(upstreamTls), authHeaders: () => Promise.resolve(authHeaders) },
  };
}

/** A listening Fastify app with the proxy registered over a mutable cluster map. */
export interface ProxyHarness {
  readonly app: FastifyInstance;
  readonly proxy: KubeProxy;
  readonly clusters: Map<string, Cluster>;
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Starts the proxy on 127.0.0.1; `setup` may add hooks before the proxy is registered. */
export async function startProxy(
  clusters: readonly Cluster[],
  options: Partial<KubeProxyOptions> = {},
  setup?: (app: FastifyInstance) => void,
): Promise<ProxyHarness> {
  const app = fastify();
  setup?.(app);
  const map = new Map(clusters.map((cluster) => [cluster.name, cluster]));
  const proxy = registerKubeProxy(app, { getCluster: (name) => map.get(name), mode: 'local', ...options });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return { app, proxy, clusters: map, url: `http://127.0.0.1:${port}`, port, close: () => app.close() };
}

/** A buffered response, for tests of small exchanges. */
export interface TestResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

/**
 * Sends one request with node:http (no decompression, no header rewriting) and buffers the answer. The
 * path is sent exactly as written (`new URL` would resolve `..` and `%2e%2e`).
 */
export function send(
  url: string,
  options: { method?: string; headers?: OutgoingHttpHeaders; body?: string | Buffer } = {},
): Promise<TestResponse> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);
    const path = url.slice(url.indexOf('/', url.indexOf('//') + 2));
    // node:http sends a DELETE body with neither Content-Length nor chunking unless told.
    const length = options.body === undefined ? {} : { 'content-length': Buffer.byteLength(options.body) };
    const req = httpRequest({
      hostname,
      port,
      path,
      method: options.method ?? 'GET',
      headers: { ...length, ...options.headers },
      agent: false,
    });
    req.on('error', reject);
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
      });
    });
    req.end(options.body);
  });
}

/** A 127.0.0.1 port nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

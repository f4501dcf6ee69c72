/**
 * The light credential path: TLS options and auth headers for a kubeconfig cluster and user, built the way
 * client-node's `KubeConfig.applyToHTTPSOptions` builds them (`applyHTTPSOptions`, then the authenticator,
 * then `token`, then `username`/`password`) but without importing client-node's package entry, which loads
 * its whole generated API client. Exec plugins and token files still run client-node's own `ExecAuth` and
 * `FileAuth` (imported from their modules, which need only Node built-ins); every other auth provider goes
 * through a full `KubeConfig` (client-node-credentials.ts). credentials.test.ts checks both paths agree.
 */
import { readFileSync } from 'node:fs';
import type { Cluster as KubeCluster, User as KubeUser } from '@kubernetes/client-node';
import { ExecAuth } from '@kubernetes/client-node/dist/exec_auth.js';
import { FileAuth } from '@kubernetes/client-node/dist/file_auth.js';
import type { UpstreamTls } from './cluster.ts';

/** TLS options and auth headers of one cluster at one moment. */
export interface ResolvedCredentials {
  readonly tls: UpstreamTls;
  readonly headers: Readonly<Record<string, string>>;
}

/** Options being filled in, shaped like the `https.RequestOptions` client-node's authenticators write. */
interface Options {
  ca?: unknown;
  cert?: unknown;
  key?: unknown;
  servername?: string;
  rejectUnauthorized?: boolean;
  headers: Record<string, string>;
}

/** client-node's authenticator interface, as ExecAuth and FileAuth implement it. */
interface Authenticator {
  isAuthProvider(user: KubeUser): unknown;
  applyAuthentication(user: KubeUser, options: Options): Promise<void>;
}

/** The authenticator for `user` on the light path, `'none'`, or `'client-node'` (needs a full KubeConfig). */
export function lightAuthenticator(user: KubeUser): Authenticator | 'none' | 'client-node' {
  const provider: unknown = user.authProvider;
  const providerName = isRecord(provider) ? provider['name'] : undefined;
  // client-node tries Azure and GCP before exec and token files; they (and OIDC) need the full KubeConfig.
  if (providerName === 'azure' || providerName === 'gcp') return 'client-node';
  const exec = new ExecAuth();
  if (exec.isAuthProvider(user)) return exec as Authenticator;
  const file = new FileAuth();
  if (file.isAuthProvider(user)) return file as Authenticator;
  return provider === undefined || provider === null ? 'none' : 'client-node';
}

/**
 * Resolves with `authenticator` (one instance per cluster: its token cache must serve this cluster only).
 * Files (`certificate-authority`, `client-certificate`, `client-key`) are read on every call, as
 * client-node does.
 */
export async function resolveLight(
  cluster: KubeCluster,
  user: KubeUser,
  authenticator: Authenticator | 'none',
  plainHttp: boolean,
): Promise<ResolvedCredentials> {
  const options: Options = { headers: {} };
  if (cluster.skipTLSVerify) options.rejectUnauthorized = false;
  if (cluster.tlsServerName) options.servername = cluster.tlsServerName;
  const ca = fileOrData(cluster.caFile, cluster.caData);
  if (ca !== null) options.ca = ca;
  const cert = fileOrData(user.certFile, user.certData);
  if (cert !== null) options.cert = cert;
  const key = fileOrData(user.keyFile, user.keyData);
  if (key !== null) options.key = key;
  if (user.impersonateUser !== undefined) options.headers['Impersonate-User'] = user.impersonateUser;
  if (authenticator !== 'none') await authenticator.applyAuthentication(user, options);
  if (user.token) options.headers['Authorization'] = `Bearer ${user.token}`;
  return { tls: tlsOf(options, plainHttp), headers: headersOf(options, user) };
}

/**
 * The headers of a user without an authenticator: they depend on the user entry only, so they are
 * computed once (no file is read).
 */
export function staticHeaders(user: KubeUser): Readonly<Record<string, string>> {
  const options: Options = { headers: {} };
  if (user.impersonateUser !== undefined) options.headers['Impersonate-User'] = user.impersonateUser;
  if (user.token) options.headers['Authorization'] = `Bearer ${user.token}`;
  return Object.freeze(headersOf(options, user));
}

function headersOf(options: Options, user: KubeUser): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(options.headers)) {
    if (typeof value === 'string') headers[name] = value.trim();
  }
  // client-node sets https `auth` from username/password (password may be absent); it wins over a token.
  if (user.username) {
    const auth = `${user.username}:${String(user.password)}`;
    headers['Authorization'] = `Basic ${Buffer.from(auth).toString('base64')}`;
  }
  return headers;
}

function tlsOf(options: Options, plainHttp: boolean): UpstreamTls {
  if (plainHttp) return { rejectUnauthorized: true };
  return {
    ca: pem(options.ca),
    cert: pem(options.cert),
    key: pem(options.key),
    servername: options.servername,
    rejectUnauthorized: options.rejectUnauthorized !== false,
  };
}

/** client-node's `bufferFromFileOrString`: a file path wins over base64 data. */
function fileOrData(file: string | undefined, data: string | undefined): Buffer | null {
  if (file) return readFileSync(file);
  if (data) return Buffer.from(data, 'base64');
  return null;
}

/** A PEM option (string, Buffer or list of them) as one string. */
export function pem(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Buffer.isBuffer(value)) return value.toString('utf8');
  if (Array.isArray(value))
    return value
      .map(pem)
      .filter((item) => item !== undefined)
      .join('\n');
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

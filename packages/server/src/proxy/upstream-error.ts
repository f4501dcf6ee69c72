/**
 * Turns the errors of reaching an API server (DNS, TCP, TLS, timeouts) into a short, credential-free
 * explanation, so a 502 tells the user what to fix.
 */

/** Why a cluster could not be reached. */
export const UpstreamFailure = {
  dns: 'dns',
  refused: 'refused',
  unreachable: 'unreachable',
  timeout: 'timeout',
  reset: 'reset',
  tlsUnknownAuthority: 'tls-unknown-authority',
  tlsHostnameMismatch: 'tls-hostname-mismatch',
  tls: 'tls',
  credentials: 'credentials',
  clusterClosed: 'cluster-closed',
  unknown: 'unknown',
} as const;
export type UpstreamFailure = (typeof UpstreamFailure)[keyof typeof UpstreamFailure];

/** A classified upstream failure. `code` is the underlying error code when there is one. */
export interface UpstreamFailureInfo {
  readonly reason: UpstreamFailure;
  readonly description: string;
  readonly code?: string | undefined;
}

/** The cluster was removed or redefined while the request was in flight. */
export class ClusterClosedError extends Error {
  override readonly name = 'ClusterClosedError';
  constructor(clusterName: string) {
    super(`Cluster "${clusterName}" was removed or changed.`);
  }
}

/** Obtaining the cluster's TLS material or auth headers failed (e.g. an exec plugin). */
export class CredentialsError extends Error {
  override readonly name = 'CredentialsError';
}

const BY_CODE: Readonly<Record<string, readonly [UpstreamFailure, string]>> = {
  ENOTFOUND: ['dns', 'the host name does not resolve'],
  EAI_AGAIN: ['dns', 'DNS lookup failed temporarily'],
  EAI_NONAME: ['dns', 'the host name does not resolve'],
  EAI_FAIL: ['dns', 'DNS lookup failed'],
  ECONNREFUSED: ['refused', 'connection refused'],
  EHOSTUNREACH: ['unreachable', 'host unreachable'],
  ENETUNREACH: ['unreachable', 'network unreachable'],
  ETIMEDOUT: ['timeout', 'connection timed out'],
  UND_ERR_CONNECT_TIMEOUT: ['timeout', 'connection timed out'],
  UND_ERR_HEADERS_TIMEOUT: ['timeout', 'the API server did not answer in time'],
  ECONNRESET: ['reset', 'connection reset by the API server'],
  EPIPE: ['reset', 'connection closed by the API server'],
  UND_ERR_SOCKET: ['reset', 'connection closed by the API server'],
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: ['tls-unknown-authority', 'certificate signed by unknown authority'],
  UNABLE_TO_GET_ISSUER_CERT: ['tls-unknown-authority', 'certificate signed by unknown authority'],
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: ['tls-unknown-authority', 'certificate signed by unknown authority'],
  SELF_SIGNED_CERT_IN_CHAIN: ['tls-unknown-authority', 'certificate signed by unknown authority'],
  DEPTH_ZERO_SELF_SIGNED_CERT: ['tls-unknown-authority', 'self-signed certificate not trusted'],
  CERT_UNTRUSTED: ['tls-unknown-authority', 'certificate not trusted'],
  ERR_TLS_CERT_ALTNAME_INVALID: [
    'tls-hostname-mismatch',
    'certificate is not valid for the server name (check tls-server-name)',
  ],
  CERT_HAS_EXPIRED: ['tls', 'the server certificate has expired'],
  CERT_NOT_YET_VALID: ['tls', 'the server certificate is not yet valid'],
  EPROTO: ['tls', 'TLS handshake failed'],
};

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/** The error and its causes, depth first (undici wraps socket errors; happy-eyeballs aggregates them). */
function* causeChain(error: unknown, depth = 0): Generator {
  if (depth > 5 || error === undefined || error === null) return;
  yield error;
  if (error instanceof AggregateError) for (const inner of error.errors) yield* causeChain(inner, depth + 1);
  if (error instanceof Error) yield* causeChain(error.cause, depth + 1);
}

/** Classifies an error from connecting to or talking with an API server. */
export function describeUpstreamError(error: unknown): UpstreamFailureInfo {
  for (const candidate of causeChain(error)) {
    if (candidate instanceof ClusterClosedError) {
      return { reason: 'cluster-closed', description: 'the cluster was removed or changed' };
    }
    if (candidate instanceof CredentialsError) {
      return { reason: 'credentials', description: `could not obtain credentials: ${candidate.message}` };
    }
    const code = codeOf(candidate);
    if (code === undefined) continue;
    const known = BY_CODE[code];
    if (known !== undefined) return { reason: known[0], description: known[1], code };
    if (code.startsWith('ERR_SSL_') || code.startsWith('ERR_TLS_') || code.startsWith('CERT_')) {
      return { reason: 'tls', description: 'TLS handshake failed', code };
    }
  }
  return { reason: 'unknown', description: 'the API server could not be reached', code: codeOf(error) };
}

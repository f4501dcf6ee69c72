/**
 * `verify` of `POST /api/clusters`: contacts a cluster before it is added, with its own credentials, and
 * says precisely what is wrong: `GET /version` (reachable? TLS right? credentials accepted?) then a
 * `SelfSubjectReview` (who the credentials authenticate as; 401/403 when they are refused). Network and TLS
 * failures are classified like the proxy's (proxy/upstream-error.ts).
 */
import type { ClusterVerification, VerifyFailureReason } from '@wheelhouse/api-types';
import { describeUpstreamError } from '../proxy/upstream-error.ts';
import type { Cluster } from './cluster.ts';
import { loadUndici } from '../util/undici.ts';

/** The outcome of verifying one cluster. */
export type VerifyResult =
  | { readonly ok: true; readonly verification: ClusterVerification }
  | { readonly ok: false; readonly reason: VerifyFailureReason; readonly message: string };

/** Verifies one cluster. */
export type VerifyCluster = (cluster: Cluster) => Promise<VerifyResult>;

const REVIEW_PATH = '/apis/authentication.k8s.io/v1/selfsubjectreviews';

/** The default verifier (timeout per request, default 10 s). */
export function createClusterVerifier(options: { timeoutMs?: number } = {}): VerifyCluster {
  const timeoutMs = options.timeoutMs ?? 10_000;
  return async (cluster) => {
    let tls;
    let headers;
    try {
      [tls, headers] = await Promise.all([cluster.credentials.tls(), cluster.credentials.authHeaders()]);
    } catch (error) {
      const detail = error instanceof Error ? error.message.slice(0, 300) : 'failed';
      return { ok: false, reason: 'credentials', message: `could not obtain credentials: ${detail}` };
    }
    const { Agent, request } = await loadUndici();
    const dispatcher = new Agent({ connect: { ...tls, timeout: timeoutMs }, pipelining: 0 });
    const base = cluster.server.replace(/\/$/, '');
    const call = async (method: 'GET' | 'POST', path: string, body?: string) => {
      const response = await request(`${base}${path}`, {
        method,
        dispatcher,
        headers: {
          ...headers,
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      return { status: response.statusCode, text: await response.body.text() };
    };
    try {
      const version = await call('GET', '/version');
      const refused = httpFailure(version.status, '/version');
      if (refused !== undefined) return refused;
      const review = await call(
        'POST',
        REVIEW_PATH,
        JSON.stringify({ apiVersion: 'authentication.k8s.io/v1', kind: 'SelfSubjectReview' }),
      );
      // 404: a server older than Kubernetes 1.28 has no SelfSubjectReview; /version already answered.
      const reviewRefused =
        review.status === 404 ? undefined : httpFailure(review.status, 'SelfSubjectReview');
      if (reviewRefused !== undefined) return reviewRefused;
      return {
        ok: true,
        verification: verificationOf(
          cluster.name,
          version.text,
          review.status === 404 ? undefined : review.text,
        ),
      };
    } catch (error) {
      return networkFailure(error);
    } finally {
      void dispatcher.destroy().catch(() => undefined);
    }
  };
}

function httpFailure(status: number, what: string): VerifyResult | undefined {
  if (status >= 200 && status < 300) return undefined;
  if (status === 401)
    return {
      ok: false,
      reason: 'unauthorized',
      message: `the API server rejected the credentials (401 on ${what})`,
    };
  if (status === 403)
    return {
      ok: false,
      reason: 'forbidden',
      message: `the credentials are not allowed to use ${what} (403)`,
    };
  return { ok: false, reason: 'http', message: `the API server answered HTTP ${status} on ${what}` };
}

function networkFailure(error: unknown): VerifyResult {
  const info = describeUpstreamError(error);
  const code = info.code === undefined ? '' : ` (${info.code})`;
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError')
    return { ok: false, reason: 'timeout', message: 'the API server did not answer in time' };
  const reasons: Readonly<Record<string, VerifyFailureReason>> = {
    dns: 'dns',
    refused: 'refused',
    unreachable: 'unreachable',
    timeout: 'timeout',
    'tls-unknown-authority': 'tls-unknown-authority',
    'tls-hostname-mismatch': 'tls-hostname-mismatch',
    tls: 'tls',
    credentials: 'credentials',
  };
  return { ok: false, reason: reasons[info.reason] ?? 'other', message: `${info.description}${code}` };
}

function verificationOf(
  name: string,
  versionText: string,
  reviewText: string | undefined,
): ClusterVerification {
  const version = field(parseJson(versionText), ['gitVersion']);
  const userInfo =
    reviewText === undefined ? undefined : field(parseJson(reviewText), ['status', 'userInfo']);
  const username = field(userInfo, ['username']);
  const groups = field(userInfo, ['groups']);
  return {
    name,
    ...(typeof version === 'string' ? { version } : {}),
    ...(typeof username === 'string' ? { username } : {}),
    ...(Array.isArray(groups) ? { groups: groups.filter((g): g is string => typeof g === 'string') } : {}),
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function field(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || !(key in current)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/**
 * Checks every request before it reaches a route (Fastify hook) or an upgrade handler (the proxy calls
 * `check` directly with the raw `IncomingMessage`). In order:
 *
 * 1. Host (when bound to loopback): must be a loopback name, so a DNS-rebinding page (evil.example
 *    resolving to 127.0.0.1) cannot talk to us → 403.
 * 2. Origin, for state-changing methods (POST, PUT, PATCH, DELETE) and upgrades: when present it must be
 *    our own origin (same host as the Host header) → else 403. When absent, the request must carry an
 *    `Authorization` header: browsers always send Origin on such requests (fetch, forms, WebSocket), so
 *    a request without one is a non-browser client (kubectl), and those authenticate with a header, not
 *    with a cookie they could only have by theft.
 * 3. Local mode only, session: the session cookie, `Authorization: Bearer <session token>`, or (login) a
 *    `?token=` query on a page navigation → else 401. `/healthz` and `/readyz` need no session.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { ForbiddenError, UnauthorizedError } from '../http/errors.ts';
import { normalizeAddress } from './allowed-servers.ts';
import { readCookie, sessionCookieName } from './cookies.ts';
import type { SessionToken } from './session-token.ts';

/** The parts of a request the guard reads (a Fastify request's `raw` or an upgrade's `IncomingMessage`). */
export interface GuardRequest {
  readonly method?: string | undefined;
  readonly url?: string | undefined;
  readonly headers: IncomingHttpHeaders;
}

/** How the request proved the session (`none`: in-cluster mode or a public path). */
export type SessionVia = 'cookie' | 'bearer' | 'query' | 'none';

/** What the guard learned about an accepted request. */
export interface RequestAuth {
  readonly sessionVia: SessionVia;
}

/** The guard's verdict. */
export type GuardDecision =
  | { readonly ok: true; readonly auth: RequestAuth }
  | { readonly ok: false; readonly error: ForbiddenError | UnauthorizedError };

/** Options of {@link createRequestGuard}. */
export interface RequestGuardOptions {
  readonly mode: 'local' | 'in-cluster';
  /** The address the server binds; the Host check applies when it is a loopback address. */
  readonly bindHost: string;
  readonly port: number;
  readonly baseUrl: string;
  /** Required in local mode. */
  readonly sessionToken?: SessionToken | undefined;
}

/** The request guard. */
export interface RequestGuard {
  check(request: GuardRequest): GuardDecision;
  /** True for the session token (which must never be forwarded to a cluster). */
  isSessionToken(token: string): boolean;
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Builds the guard. */
export function createRequestGuard(options: RequestGuardOptions): RequestGuard {
  if (options.mode === 'local' && options.sessionToken === undefined) {
    throw new Error('local mode needs a session token');
  }
  const checkHost = isLoopbackAddress(options.bindHost);
  const cookieName = sessionCookieName(options.port);
  const publicPaths = new Set([`${options.baseUrl}/healthz`, `${options.baseUrl}/readyz`]);
  const sessionToken = options.sessionToken;
  return {
    isSessionToken: (token) => sessionToken?.matches(token) ?? false,
    check(request) {
      const host = firstHeader(request.headers.host);
      if (checkHost && !isLoopbackHostHeader(host)) {
        return deny(
          new ForbiddenError('Host header is not a loopback name (possible DNS rebinding)', 'Host'),
        );
      }
      const method = (request.method ?? 'GET').toUpperCase();
      if (STATE_CHANGING.has(method) || isUpgrade(request.headers)) {
        const problem = originProblem(request.headers, host);
        if (problem !== undefined) return deny(new ForbiddenError(problem, 'Origin'));
      }
      const url = new URL(request.url ?? '/', 'http://wheelhouse.invalid');
      if (sessionToken === undefined || publicPaths.has(url.pathname)) return allow('none');
      const bearer = bearerToken(request.headers);
      if (bearer !== undefined && sessionToken.matches(bearer)) return allow('bearer');
      if (sessionToken.matches(readCookie(request.headers, cookieName))) return allow('cookie');
      const query = url.searchParams.get('token');
      if (
        query !== null &&
        method === 'GET' &&
        isPagePath(url.pathname, options.baseUrl) &&
        sessionToken.matches(query)
      ) {
        return allow('query');
      }
      return deny(
        new UnauthorizedError(
          'Wheelhouse needs the session token: open the login URL printed in the terminal',
        ),
      );
    },
  };
}

function allow(sessionVia: SessionVia): GuardDecision {
  return { ok: true, auth: { sessionVia } };
}

function deny(error: ForbiddenError | UnauthorizedError): GuardDecision {
  return { ok: false, error };
}

function originProblem(headers: IncomingHttpHeaders, host: string | undefined): string | undefined {
  const origin = firstHeader(headers.origin);
  if (origin === undefined) {
    return headers.authorization === undefined
      ? 'state-changing requests from a browser must carry an Origin header'
      : undefined;
  }
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return 'cross-origin request refused (Origin is not a URL)';
  }
  return host !== undefined && originHost === normalizeHost(host)
    ? undefined
    : 'cross-origin request refused';
}

/** A page path: under the base URL, but not the API, the cluster proxy or hashed assets. */
export function isPagePath(pathname: string, baseUrl: string): boolean {
  if (pathname !== baseUrl && !pathname.startsWith(`${baseUrl}/`)) return false;
  const rest = pathname.slice(baseUrl.length + 1);
  return !/^(api|clusters|assets)(\/|$)/.test(rest);
}

/** `Authorization: Bearer <token>` → token. */
export function bearerToken(headers: IncomingHttpHeaders): string | undefined {
  const match = /^Bearer +(\S+)\s*$/i.exec(headers.authorization ?? '');
  return match?.[1];
}

function isUpgrade(headers: IncomingHttpHeaders): boolean {
  return headers.upgrade !== undefined || /\bupgrade\b/i.test(firstHeader(headers.connection) ?? '');
}

function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function normalizeHost(host: string): string {
  try {
    return new URL(`http://${host}`).host;
  } catch {
    return host.toLowerCase();
  }
}

/** Whether a bind or peer address is loopback (127.0.0.0/8, ::1, localhost; IPv4-mapped forms too). */
export function isLoopbackAddress(address: string): boolean {
  const host = normalizeAddress(address).address;
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** Whether a Host header names loopback: `localhost`, `*.localhost`, `127.x.y.z`, `[::1]`, any port. */
export function isLoopbackHostHeader(host: string | undefined): boolean {
  if (host === undefined) return false;
  const match = /^(\[[^\]]+\]|[^:]+)(?::\d{1,5})?$/.exec(host.trim().toLowerCase());
  const name = match?.[1];
  if (name === undefined) return false;
  if (name === '[::1]' || name === 'localhost' || name.endsWith('.localhost')) return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name);
}

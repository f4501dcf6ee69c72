/**
 * The user's own credential for one cluster, for the proxy. The request guard records how each request
 * proved the session; this module uses that record so that the Wheelhouse session token is never mistaken
 * for (and forwarded as) a user credential.
 */
import type { IncomingMessage } from 'node:http';
import type { FastifyRequest } from 'fastify';
import { clusterTokenCookieName, readCookie } from './cookies.ts';
import { bearerToken } from './request-guard.ts';
import type { RequestAuth } from './request-guard.ts';

/** A user's own credential for a cluster. */
export type UserCredential = { readonly type: 'bearer'; readonly token: string };

const checked = new WeakMap<IncomingMessage, RequestAuth>();

/** Called by the request guard hook for every request it accepts. */
export function recordRequestAuth(request: IncomingMessage, auth: RequestAuth): void {
  checked.set(request, auth);
}

/** What the guard recorded for `request`, if it saw it. */
export function requestAuthOf(request: FastifyRequest | IncomingMessage): RequestAuth | undefined {
  return checked.get(rawOf(request));
}

/**
 * The user's credential for `clusterName`: an `Authorization: Bearer` header that is not the session
 * token, else the per-cluster token cookie (set by `POST /api/clusters/NAME/login`), else undefined.
 *
 * Throws if the request guard has not checked the request (for upgrades, call `guard.check(req)` and
 * {@link recordRequestAuth} first): without that record the session token cannot be told apart.
 */
export function resolveUserCredential(
  request: FastifyRequest | IncomingMessage,
  clusterName: string,
): UserCredential | undefined {
  const raw = rawOf(request);
  const auth = checked.get(raw);
  if (auth === undefined)
    throw new Error('resolveUserCredential: the request guard has not checked this request');
  const bearer = bearerToken(raw.headers);
  if (bearer !== undefined && auth.sessionVia !== 'bearer') return { type: 'bearer', token: bearer };
  const cookie = readCookie(raw.headers, clusterTokenCookieName(clusterName));
  return cookie === undefined || cookie === '' ? undefined : { type: 'bearer', token: cookie };
}

function rawOf(request: FastifyRequest | IncomingMessage): IncomingMessage {
  return 'raw' in request ? request.raw : request;
}

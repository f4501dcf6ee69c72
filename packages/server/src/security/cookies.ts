/**
 * Cookie names and attributes. Cookies are httpOnly, SameSite=Strict and scoped to the smallest path that
 * needs them; `Secure` is added when the request came over HTTPS (directly or per `X-Forwarded-Proto`).
 */
import type { IncomingHttpHeaders } from 'node:http';
import { parseCookie, stringifySetCookie } from 'cookie';

/**
 * Local-mode session cookie. Cookies are shared by every port of a host, so the port is part of the name:
 * two Wheelhouse servers on one machine do not log each other out.
 */
export function sessionCookieName(port: number): string {
  return `wheelhouse-session-${port}`;
}

/**
 * In-cluster per-cluster token cookie. Cluster names match `[a-z0-9._-]`, all valid in cookie names, and
 * the fixed prefix keeps the mapping one-to-one. The cookie's path is `BASE/clusters/NAME` (see
 * {@link clusterCookiePath}), so a browser sends it only with requests for that cluster.
 */
export function clusterTokenCookieName(clusterName: string): string {
  return `wheelhouse-cluster-token-${clusterName}`;
}

/** Path of the per-cluster cookie. */
export function clusterCookiePath(baseUrl: string, clusterName: string): string {
  return `${baseUrl}/clusters/${clusterName}`;
}

/** Reads one cookie from request headers. */
export function readCookie(headers: IncomingHttpHeaders, name: string): string | undefined {
  const header = headers.cookie;
  if (header === undefined || header === '') return undefined;
  try {
    return parseCookie(header)[name];
  } catch {
    return undefined;
  }
}

/** Whether the request reached us over HTTPS (directly or through a TLS-terminating proxy). */
export function isSecureRequest(headers: IncomingHttpHeaders, encrypted: boolean): boolean {
  const forwarded = headers['x-forwarded-proto'];
  const proto = Array.isArray(forwarded) ? forwarded[0] : forwarded;
  return encrypted || proto?.split(',')[0]?.trim().toLowerCase() === 'https';
}

/** A `Set-Cookie` value; `value: undefined` deletes the cookie. */
export function setCookieHeader(options: {
  name: string;
  value: string | undefined;
  path: string;
  secure: boolean;
}): string {
  return stringifySetCookie({
    name: options.name,
    value: options.value ?? '',
    path: options.path === '' ? '/' : options.path,
    httpOnly: true,
    sameSite: 'strict',
    secure: options.secure,
    ...(options.value === undefined ? { maxAge: 0, expires: new Date(0) } : {}),
  });
}

/**
 * Header hygiene for the proxy, in both directions: hop-by-hop headers (RFC 9110 §7.6.1) never cross the
 * proxy, and nothing the client sent to authenticate to Wheelhouse ever reaches a cluster. Upstream
 * credentials are added afterwards, only from what Wheelhouse resolved for the request.
 */
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'http2-settings',
]);

/**
 * Request headers that are Wheelhouse's business, not the cluster's: its session (cookie or bearer), the
 * browser's Origin (checked by Wheelhouse; an API server with CORS rules would refuse it), the Host the
 * client addressed, and front-proxy identity headers a client could try to forge.
 */
const CLIENT_ONLY = new Set(['authorization', 'cookie', 'host', 'origin', 'expect']);
const CLIENT_ONLY_PREFIXES = ['proxy-', 'x-remote-', 'x-wheelhouse-'];

/** Kubernetes accepts a bearer token inside `Sec-WebSocket-Protocol`; it is a client credential too. */
const WEBSOCKET_TOKEN_PROTOCOL = 'base64url.bearer.authorization.k8s.io.';

function connectionTokens(values: readonly string[]): Set<string> {
  const tokens = new Set<string>();
  for (const value of values) {
    for (const token of value.split(',')) {
      const name = token.trim().toLowerCase();
      if (name !== '') tokens.add(name);
    }
  }
  return tokens;
}

function isDroppedRequestHeader(name: string, named: Set<string>): boolean {
  return (
    HOP_BY_HOP.has(name) ||
    named.has(name) ||
    CLIENT_ONLY.has(name) ||
    CLIENT_ONLY_PREFIXES.some((prefix) => name.startsWith(prefix))
  );
}

function withoutTokenProtocols(value: string): string {
  return value
    .split(',')
    .map((protocol) => protocol.trim())
    .filter((protocol) => protocol !== '' && !protocol.startsWith(WEBSOCKET_TOKEN_PROTOCOL))
    .join(', ');
}

/** How {@link filterRequestHeaders} treats a request beyond the fixed rules. */
export interface RequestHeaderOptions {
  /** Keep the upgrade handshake. */
  readonly upgrade: boolean;
  /** Drop `Accept-Encoding`, so the upstream answers uncompressed (the proxy reads the body). */
  readonly identity?: boolean;
}

/**
 * Filters a request's `rawHeaders` (name/value pairs, original case and order kept) for the upstream.
 * With `upgrade`, the `Upgrade` header is kept and `Connection: Upgrade` re-added so the handshake still
 * works; otherwise both go. With `identity`, `Accept-Encoding` goes too. `Content-Length` is kept: bodies
 * are streamed unchanged.
 */
export function filterRequestHeaders(rawHeaders: readonly string[], options: RequestHeaderOptions): string[] {
  const connection: string[] = [];
  for (let i = 0; i < rawHeaders.length; i += 2) {
    if (rawHeaders[i]?.toLowerCase() === 'connection') connection.push(rawHeaders[i + 1] ?? '');
  }
  const named = connectionTokens(connection);
  const out: string[] = [];
  let upgradeValue: string | undefined;
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    const name = rawHeaders[i] ?? '';
    let value = rawHeaders[i + 1] ?? '';
    const lower = name.toLowerCase();
    if (lower === 'upgrade') upgradeValue = value;
    if (isDroppedRequestHeader(lower, named)) continue;
    if (options.identity === true && lower === 'accept-encoding') continue;
    if (lower === 'sec-websocket-protocol') {
      value = withoutTokenProtocols(value);
      if (value === '') continue;
    }
    out.push(name, value);
  }
  if (options.upgrade && upgradeValue !== undefined)
    out.push('Connection', 'Upgrade', 'Upgrade', upgradeValue);
  return out;
}

/**
 * Filters upstream response headers for the client: hop-by-hop headers go (Node re-frames the body), as
 * does `Set-Cookie` (the proxy never forwards cookies, so an upstream cookie could only shadow
 * Wheelhouse's own). Adds `Content-Security-Policy: sandbox` and `nosniff`. Everything else, `Content-Encoding` and `Content-Length` included, passes unchanged.
 */
export function filterResponseHeaders(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  const named = connectionTokens(asList(headers.connection));
  const out: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || HOP_BY_HOP.has(name) || named.has(name)) continue;
    if (name === 'set-cookie' || name.startsWith('proxy-')) continue;
    out[name] = value;
  }
  // Content served from a cluster (e.g. a service's HTML through `/proxy`) must not run as the Wheelhouse
  // origin, where it could use the session. An added policy (comma-separated) only ever narrows.
  out['content-security-policy'] = [...asList(out['content-security-policy']), 'sandbox'].join(', ');
  out['x-content-type-options'] = 'nosniff';
  return out;
}

function asList(value: string | string[] | number | undefined): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value;
  return [String(value)];
}

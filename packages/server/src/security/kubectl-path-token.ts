/**
 * The session token for kubectl, carried in the URL path.
 *
 * client-go (kubectl) attaches a kubeconfig's bearer token only to TLS connections, and its websocket
 * executor (exec, attach, port-forward) refuses a server URL with userinfo. Over Wheelhouse's plain loopback
 * HTTP the only part of a request kubectl always sends is the path, so `wheelhouse kubeconfig` points each
 * cluster at `BASE/kubectl/TOKEN/clusters/NAME`. Before routing, this shim moves the token into
 * `Authorization: Bearer TOKEN` and strips the prefix; the request guard then checks it like any session
 * bearer token (a wrong token is a 401) and the proxy never forwards it.
 */
import type { IncomingMessage } from 'node:http';

const SEGMENT = 'kubectl';

/** The URL path prefix for `token` under `baseUrl`. */
export function kubectlPathPrefix(baseUrl: string, token: string): string {
  return `${baseUrl}/${SEGMENT}/${encodeURIComponent(token)}`;
}

/**
 * Fastify `rewriteUrl`: for `BASE/kubectl/TOKEN/REST`, sets the bearer header and returns `BASE/REST`;
 * any other URL is returned unchanged.
 */
export function rewriteKubectlTokenPath(request: IncomingMessage, baseUrl: string): string {
  const url = request.url ?? '/';
  const prefix = `${baseUrl}/${SEGMENT}/`;
  if (!url.startsWith(prefix)) return url;
  const rest = url.slice(prefix.length);
  const slash = rest.indexOf('/');
  if (slash <= 0) return url;
  const token = decodeURIComponent(rest.slice(0, slash));
  request.headers.authorization = `Bearer ${token}`;
  return `${baseUrl}${rest.slice(slash)}`;
}

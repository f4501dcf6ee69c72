/**
 * Maps `BASE/clusters/NAME/REST?QUERY` request targets to a cluster name and the exact upstream path, and
 * refuses any target that could escape the prefix once an upstream normalises it.
 */

/** The outcome of reading a proxy request target. */
export type ProxyPath =
  | { readonly type: 'match'; readonly clusterName: string; readonly path: string }
  | { readonly type: 'not-proxy' }
  | { readonly type: 'invalid'; readonly status: 400 | 404; readonly detail: string };

const FORBIDDEN_IN_NAME = /[%\\]/;

/** Normalises an optional base path (`''`, `'/'`, `'/ui/'` → `''`, `''`, `'/ui'`). */
export function normalizeBasePath(basePath: string | undefined): string {
  const trimmed = (basePath ?? '').replace(/\/+$/, '');
  if (trimmed === '') return '';
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

/** Whether a raw request target lies under `BASE/clusters/` (a cheap check for the upgrade listener). */
export function isProxyTarget(rawUrl: string | undefined, basePath: string): boolean {
  return rawUrl !== undefined && rawUrl.startsWith(`${basePath}/clusters/`);
}

/**
 * Reads a raw request target (`req.url`, never decoded). The remainder after the cluster name is returned
 * byte for byte, query string included, so what the client sent is what the API server sees. Rejects dot
 * segments in any spelling (`..`, `%2e%2e`, `.%2E`, `..%2F`) anywhere in the path, and any percent-encoding or
 * backslash in the cluster name (`%2F` would otherwise smuggle a slash into the name).
 */
export function parseProxyPath(rawUrl: string, basePath: string): ProxyPath {
  const prefix = `${basePath}/clusters/`;
  const queryStart = rawUrl.indexOf('?');
  const pathname = queryStart === -1 ? rawUrl : rawUrl.slice(0, queryStart);
  const search = queryStart === -1 ? '' : rawUrl.slice(queryStart);
  if (!pathname.startsWith(prefix)) return { type: 'not-proxy' };

  const rest = pathname.slice(prefix.length);
  const slash = rest.indexOf('/');
  const clusterName = slash === -1 ? rest : rest.slice(0, slash);
  const path = slash === -1 ? '/' : rest.slice(slash);

  if (clusterName === '') return { type: 'invalid', status: 404, detail: 'No cluster name in the path.' };
  if (FORBIDDEN_IN_NAME.test(clusterName) || isDotSegment(clusterName)) {
    return { type: 'invalid', status: 400, detail: 'The cluster name segment is not a plain name.' };
  }
  const decoded = decodePath(path);
  if (decoded === undefined) return { type: 'invalid', status: 400, detail: 'The path is not valid UTF-8.' };
  // Check the decoded form: an upstream that decodes `%2e%2e%2f` before cleaning the path must not
  // see a dot segment either.
  if (decoded.split(/[/\\]/).some(isDotSegment)) {
    return { type: 'invalid', status: 400, detail: 'Dot segments are not allowed in proxied paths.' };
  }
  return { type: 'match', clusterName, path: `${path}${search}` };
}

function isDotSegment(segment: string): boolean {
  return segment === '.' || segment === '..';
}

function decodePath(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

/**
 * Joins a cluster's server URL (which may carry a path prefix, e.g. Rancher's `/k8s/clusters/c-x`) with
 * the proxied path and query.
 */
export function upstreamPath(server: URL, path: string): string {
  const prefix = server.pathname.replace(/\/+$/, '');
  return `${prefix}${path}`;
}

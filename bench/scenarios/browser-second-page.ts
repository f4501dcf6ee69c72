/**
 * The browser scenario's yardstick for "whole list browsable": the API's own time for the request the page
 * makes second (the rest of the list after its first page, with the continue token of that first page), timed
 * from Node without a browser. The same URL parameters, headers and continue semantics as the web app
 * (packages/web/src/k8s/watch-connection.ts): a first page of `firstPage` rows, then one page of 20× that with
 * its continue token. Time to the response headers and to the body's last byte (read and dropped, not parsed).
 */
import type { ApiTarget } from '../lib/servers.ts';

/**
 * What the web app sends with lists (kube-client.ts `tableAccept`, `requestHeaders`): the Table Accept, and
 * the ask that Wheelhouse's proxy leave out `managedFields` (the API server itself ignores that header).
 */
const TABLE_HEADERS = {
  accept: 'application/json;as=Table;g=meta.k8s.io;v=v1, application/json',
  'x-wheelhouse-omit': 'managedFields',
};

/** One timed second request. */
export interface SecondPageTiming {
  /** ms from sending the request to its response headers. */
  readonly headersMs: number;
  /** ms from sending the request to the body's last byte. */
  readonly totalMs: number;
  readonly bytes: number;
}

/** The list URL the web app builds (watchUrl): its own parameters, then includeObject and pretty. */
function listPath(target: ApiTarget, namespace: string, params: Record<string, string>): string {
  const query = new URLSearchParams(params);
  query.set('includeObject', 'Metadata');
  query.set('pretty', 'false');
  return `${target.prefix}/api/v1/namespaces/${namespace}/pods?${query.toString()}`;
}

async function get(target: ApiTarget, path: string): Promise<{ status: number; text: string }> {
  const response = await target.pool.request({
    method: 'GET',
    path,
    headers: { ...target.headers, ...TABLE_HEADERS },
  });
  return { status: response.statusCode, text: await response.body.text() };
}

/**
 * Lists the first page (untimed) for its continue token, then times the second request as the web app makes
 * it: `limit` = 20 × `firstPage`, `continue` = that token.
 */
export async function timeSecondPage(
  target: ApiTarget,
  namespace: string,
  firstPage = 500,
): Promise<SecondPageTiming> {
  const first = await get(target, listPath(target, namespace, { limit: String(firstPage) }));
  if (first.status !== 200) throw new Error(`${target.name}: first page HTTP ${String(first.status)}`);
  const token = (JSON.parse(first.text) as { metadata?: { continue?: string } }).metadata?.continue;
  if (token === undefined || token === '')
    throw new Error(`${target.name}: the first page has no continue token`);
  const path = listPath(target, namespace, { limit: String(firstPage * 20), continue: token });
  const t0 = performance.now();
  const response = await target.pool.request({
    method: 'GET',
    path,
    headers: { ...target.headers, ...TABLE_HEADERS },
  });
  const headersMs = performance.now() - t0;
  let bytes = 0;
  for await (const chunk of response.body) bytes += (chunk as Buffer).length;
  const totalMs = performance.now() - t0;
  if (response.statusCode !== 200)
    throw new Error(`${target.name}: second page HTTP ${String(response.statusCode)}`);
  return { headersMs, totalMs, bytes };
}

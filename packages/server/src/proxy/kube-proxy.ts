/**
 * The HTTP half of the Kubernetes API proxy: one request in, one request out over the cluster's keep-alive
 * pool, bodies streamed both ways with backpressure and never parsed, buffered or decompressed. The one
 * change to a body is opt-in: `managedFields` left out of metadata-only lists (omit-managed-fields.ts).
 */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import type { ClusterConnection } from './cluster-connections.ts';
import {
  asksToOmitManagedFields,
  cutHeaders,
  cutManagedFields,
  gzipsCutBody,
  gzipStreaming,
  isCuttable,
} from './omit-managed-fields.ts';
import { filterRequestHeaders, filterResponseHeaders } from './proxy-headers.ts';
import { upstreamProblem, writeProblem } from './proxy-problem.ts';
import { connectionKindFor, upstreamAuthHeaders, withAuthHeaders } from './upstream-auth.ts';
import type { UpstreamAuth } from './upstream-auth.ts';

/** Where and as whom one proxied request goes. */
export interface ProxyTarget {
  readonly connection: ClusterConnection;
  /** Upstream path and query, server path prefix included. */
  readonly path: string;
  readonly auth: UpstreamAuth;
}

/** Called when a cluster could not be reached or broke off; never given request headers. */
export type UpstreamErrorReporter = (clusterName: string, error: unknown) => void;

/** The client went away; its upstream request is aborted with this reason. */
export class ClientAbortedError extends Error {
  override readonly name = 'ClientAbortedError';
  constructor() {
    super('The client closed the connection.');
  }
}

function hasBody(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/**
 * A streamed body (watch, `logs -f`) may not produce its first byte for minutes, so its head must not wait
 * for it. But most bodies without a Content-Length (gets and lists the API server sends chunked) are
 * already arriving: Node then sends the head with the first chunk in one write. So the head is flushed on
 * its own only if no body byte has come 1 ms later — one write and one TCP segment fewer per response
 * than flushing at once (strace: 3.0 → 2.0 writes per proxied GET), the largest per-request cost the CPU
 * profile showed over a bare Node proxy.
 */
function flushHeadUnlessBodyStarted(body: Readable, res: ServerResponse): void {
  let started = false;
  body.once('data', () => {
    started = true;
  });
  setTimeout(() => {
    if (!started && !res.writableEnded && !res.destroyed) res.flushHeaders();
  }, 1);
}

/**
 * Coalesces the body chunks that arrive in one turn of the event loop into one socket write. The API
 * server sends lists in ~4 KB chunks, and each `res.write` would otherwise be its own `writev` and loopback
 * TCP segment — a third of the proxy's CPU for lists in the profile. The client socket is corked at a
 * turn's first chunk (before the pipe writes it) and uncorked after the turn's reads (`setImmediate`):
 * ~100 writes per 400 KB list become ~40 (bench: −15 % proxy CPU per list at 32 concurrent).
 */
function coalesceWrites(body: Readable, res: ServerResponse): void {
  const socket = res.socket;
  if (socket === null) return;
  let corked = false;
  const uncork = (): void => {
    corked = false;
    socket.uncork();
  };
  body.prependListener('data', () => {
    if (corked) return;
    corked = true;
    socket.cork();
    setImmediate(uncork);
  });
}

/**
 * Pipes the upstream body into the response with backpressure; resolves when the response has finished,
 * rejects (after destroying the body) when either side fails or the client goes away first. What
 * `stream/promises` `pipeline` does for two streams, without its per-call AbortController, whose abort at
 * every finish builds a DOMException with a stack trace (~5 % of the proxy's CPU per GET in the profile).
 */
function relayBody(body: Readable, res: ServerResponse): Promise<void> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (error?: Error): void => {
      if (settled) return;
      settled = true;
      res.off('close', onClose);
      res.off('finish', onFinish);
      if (error === undefined) {
        resolve();
        return;
      }
      body.unpipe(res);
      body.destroy();
      reject(error);
    };
    // The error listeners stay: an aborted body (client gone) can still emit its error after settling.
    const onError = (error: Error): void => {
      settle(error);
    };
    const onClose = (): void => {
      if (!res.writableFinished) settle(new Error('The client closed the connection before the end.'));
    };
    const onFinish = (): void => {
      settle();
    };
    body.on('error', onError);
    res.on('error', onError);
    res.once('close', onClose);
    res.once('finish', onFinish);
    body.pipe(res);
  });
}

function writeHead(res: ServerResponse, status: number, text: string, headers: OutgoingHttpHeaders): void {
  if (text === '') res.writeHead(status, headers);
  else res.writeHead(status, text, headers);
}

/**
 * Proxies one HTTP request to `target`. Resolves once the exchange is over, whatever its outcome: failures
 * before the response head become a problem+json 502 (503 if the cluster was removed); failures after it
 * destroy the client connection so a truncated body is never mistaken for a complete one. A client that
 * disconnects aborts the upstream request, which is what ends a watch.
 */
export async function proxyHttpRequest(
  req: IncomingMessage,
  res: ServerResponse,
  target: ProxyTarget,
  report?: UpstreamErrorReporter,
): Promise<void> {
  const { cluster } = target.connection;
  const controller = new AbortController();
  const untrack = target.connection.track({
    close: (error) => {
      controller.abort(error);
    },
  });
  const onClientClose = (): void => {
    if (!res.writableFinished) controller.abort(new ClientAbortedError());
  };
  res.once('close', onClientClose);
  try {
    const [pool, authHeaders] = await Promise.all([
      target.connection.pool(connectionKindFor(target.auth)),
      upstreamAuthHeaders(target.auth, cluster),
    ]);
    controller.signal.throwIfAborted();
    const omitManagedFields = asksToOmitManagedFields(req);
    const requestHeaders = filterRequestHeaders(req.rawHeaders, {
      upgrade: false,
      identity: omitManagedFields,
    });
    const response = await pool.request({
      method: req.method ?? 'GET',
      path: target.path,
      headers: withAuthHeaders(requestHeaders, authHeaders),
      body: hasBody(req) ? req : null,
      signal: controller.signal,
    });
    const cut = omitManagedFields && isCuttable(response.statusCode, response.headers);
    const gzip = cut && gzipsCutBody(req);
    const filtered = filterResponseHeaders(response.headers);
    const headers = cut ? cutHeaders(filtered, gzip) : filtered;
    const cutBody = cut ? cutManagedFields(response.body) : response.body;
    const body = gzip ? gzipStreaming(cutBody) : cutBody;
    writeHead(res, response.statusCode, response.statusText, headers);
    const piped = relayBody(body, res);
    coalesceWrites(body, res);
    if (headers['content-length'] === undefined) flushHeadUnlessBodyStarted(body, res);
    await piped;
  } catch (error) {
    if (controller.signal.reason instanceof ClientAbortedError) return;
    report?.(cluster.name, error);
    writeProblem(res, upstreamProblem(cluster.name, error));
  } finally {
    untrack();
    res.off('close', onClientClose);
  }
}

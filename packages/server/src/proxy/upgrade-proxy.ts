/**
 * The upgrade half of the proxy (exec, attach, port-forward, websocket watches): the handshake is sent to
 * the API server over a fresh TCP/TLS connection with the cluster's TLS settings and Wheelhouse's
 * credentials; on `101` both sockets are spliced together and bytes flow untouched in both directions.
 * No frame is ever parsed, so every protocol works the same: websocket channel protocols (v1–v5, base64,
 * port-forward) and SPDY/3.1 alike.
 */
import type { ClientRequest, IncomingMessage, RequestOptions, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ProxyTarget, UpstreamErrorReporter } from './kube-proxy.ts';
import { filterRequestHeaders, filterResponseHeaders } from './proxy-headers.ts';
import { upstreamProblem, writeProblem } from './proxy-problem.ts';
import { connectionKindFor, upstreamAuthHeaders, withAuthHeaders } from './upstream-auth.ts';

// node:http and node:https through getBuiltinModule, never `import`: an imported node:http gets an ES
// module facade that reads every export, and its lazy WebSocket/EventSource getters then load Node's own
// bundled undici: ~100 ms of CPU and ~13 MiB RSS at start (bench/import-times.ts).
const http = process.getBuiltinModule('node:http');

/** How long an upstream may take to answer the handshake. */
export interface UpgradeSettings {
  readonly handshakeTimeoutMs: number;
  /** After one side of a spliced pair closes, how long the other may take to flush before it is destroyed. */
  readonly closeGraceMs: number;
}

/** The client side of an upgrade: the raw socket, bytes read past the head, and a response bound to it. */
export interface UpgradeClient {
  readonly req: IncomingMessage;
  readonly socket: Duplex;
  readonly head: Buffer;
  /** From {@link createUpgradeResponse}: carries every answer that is not a 101. */
  readonly res: ServerResponse;
}

/**
 * A `ServerResponse` written straight onto an upgrade request's socket, for refusals, problems and relayed
 * non-101 answers. It says `Connection: close` and ends the socket once finished. Undefined if the socket
 * is not a network socket.
 */
export function createUpgradeResponse(req: IncomingMessage, socket: Duplex): ServerResponse | undefined {
  if (!(socket instanceof Socket)) return undefined;
  const res = new http.ServerResponse(req);
  res.shouldKeepAlive = false;
  res.assignSocket(socket);
  res.once('finish', () => socket.end());
  return res;
}

/** Serialises a 101 head from the upstream's raw headers, dropping `Set-Cookie` like every response. */
function switchingProtocolsHead(upstream: IncomingMessage): string {
  const lines = [`HTTP/1.1 101 ${upstream.statusMessage ?? 'Switching Protocols'}`];
  const raw = upstream.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i] ?? '';
    if (name.toLowerCase() !== 'set-cookie') lines.push(`${name}: ${raw[i + 1] ?? ''}`);
  }
  return `${lines.join('\r\n')}\r\n\r\n`;
}

/** Ends `socket` gracefully, destroying it if it has not closed after `graceMs`. */
function endSocket(socket: Duplex, graceMs: number): void {
  if (socket.destroyed) return;
  socket.end();
  setTimeout(() => socket.destroy(), graceMs).unref();
}

/** Pipes two sockets both ways until either closes; resolves when both are closed. */
function splice(client: Duplex, upstream: Duplex, graceMs: number): Promise<void> {
  const closed = (socket: Duplex): Promise<void> =>
    new Promise((resolve) => {
      if (socket.destroyed) resolve();
      else
        socket.once('close', () => {
          resolve();
        });
    });
  const pipeOneWay = (from: Duplex, to: Duplex): void => {
    from.pipe(to);
    from.once('close', () => {
      endSocket(to, graceMs);
    });
    from.once('error', () => to.destroy());
  };
  // Exec sessions idle for hours; TCP keep-alive finds peers that vanished (a laptop that slept).
  for (const socket of [client, upstream]) if (socket instanceof Socket) socket.setKeepAlive(true, 30_000);
  pipeOneWay(client, upstream);
  pipeOneWay(upstream, client);
  return Promise.all([closed(client), closed(upstream)]).then(() => undefined);
}

async function openHandshake(client: UpgradeClient, target: ProxyTarget): Promise<ClientRequest> {
  const { connection, auth } = target;
  const kind = connectionKindFor(auth);
  const [tls, authHeaders] = await Promise.all([
    connection.tlsOptions(kind),
    upstreamAuthHeaders(auth, connection.cluster),
  ]);
  const { origin } = connection;
  const secure = origin.protocol === 'https:';
  const options: RequestOptions = {
    host: origin.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: origin.port === '' ? (secure ? 443 : 80) : Number(origin.port),
    method: client.req.method ?? 'GET',
    path: target.path,
    // A raw header list gets no automatic Host from node:http; the API server requires one.
    headers: [
      'Host',
      origin.host,
      ...withAuthHeaders(filterRequestHeaders(client.req.rawHeaders, { upgrade: true }), authHeaders),
    ],
    agent: false,
    ...(tls.lookup === undefined ? {} : { lookup: tls.lookup }),
  };
  if (!secure) return http.request(options);
  return process.getBuiltinModule('node:https').request({
    ...options,
    ca: tls.ca,
    cert: tls.cert,
    key: tls.key,
    servername: tls.servername,
    rejectUnauthorized: tls.rejectUnauthorized,
  });
}

/** Relays a non-101 answer (e.g. a Kubernetes `Status` 403) to the client and ends its socket. */
async function relayResponse(upstream: IncomingMessage, res: ServerResponse): Promise<void> {
  res.writeHead(upstream.statusCode ?? 502, filterResponseHeaders(upstream.headers));
  await pipeline(upstream, res);
}

/**
 * Proxies one upgrade request to `target`. Resolves when the exchange is over: the spliced sockets have
 * closed, a non-101 answer has been relayed, or a problem+json has been written (502 naming the cause,
 * 503 if the cluster was removed). Open sockets are tracked so closing the cluster ends them.
 */
export async function proxyUpgrade(
  client: UpgradeClient,
  target: ProxyTarget,
  settings: UpgradeSettings,
  report?: UpstreamErrorReporter,
): Promise<void> {
  const { socket, res } = client;
  const clusterName = target.connection.cluster.name;
  let upstreamRequest: ClientRequest | undefined;
  let upstreamSocket: Duplex | undefined;
  let closedBy: Error | undefined;
  const untrack = target.connection.track({
    close: (error) => {
      closedBy = error;
      if (upstreamSocket === undefined) upstreamRequest?.destroy(error);
      else endSocket(upstreamSocket, settings.closeGraceMs);
      endSocket(socket, settings.closeGraceMs);
    },
  });
  const onClientClose = (): void => void upstreamRequest?.destroy();
  socket.once('close', onClientClose);
  try {
    upstreamRequest = await openHandshake(client, target);
    if (closedBy !== undefined) upstreamRequest.destroy(closedBy);
    const outcome = await awaitHandshake(upstreamRequest, settings.handshakeTimeoutMs);
    if (outcome.type === 'response') {
      await relayResponse(outcome.response, res);
      return;
    }
    upstreamSocket = outcome.socket;
    socket.off('close', onClientClose);
    socket.write(switchingProtocolsHead(outcome.response));
    if (outcome.head.length > 0) socket.write(outcome.head);
    if (client.head.length > 0) upstreamSocket.write(client.head);
    await splice(socket, upstreamSocket, settings.closeGraceMs);
  } catch (error) {
    if (socket.destroyed || closedBy !== undefined) return;
    report?.(clusterName, error);
    writeProblem(res, upstreamProblem(clusterName, error));
  } finally {
    untrack();
    socket.off('close', onClientClose);
  }
}

type HandshakeOutcome =
  | {
      readonly type: 'upgrade';
      readonly response: IncomingMessage;
      readonly socket: Duplex;
      readonly head: Buffer;
    }
  | { readonly type: 'response'; readonly response: IncomingMessage };

/** Sends the handshake and waits for the upstream's answer, within `timeoutMs`. */
function awaitHandshake(request: ClientRequest, timeoutMs: number): Promise<HandshakeOutcome> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      request.destroy(Object.assign(new Error('upgrade handshake timed out'), { code: 'ETIMEDOUT' }));
    }, timeoutMs);
    const settle = (): void => {
      clearTimeout(timer);
    };
    request.once('upgrade', (response: IncomingMessage, socket: Duplex, head: Buffer) => {
      settle();
      resolve({ type: 'upgrade', response, socket, head });
    });
    request.once('response', (response: IncomingMessage) => {
      settle();
      resolve({ type: 'response', response });
    });
    request.once('error', (error) => {
      settle();
      reject(error);
    });
    request.end();
  });
}

/**
 * Wires the Kubernetes API proxy into the Fastify app. Plain requests under `BASE/clusters/` go through a
 * catch-all route whose content-type parser leaves the body unread, so the app's hooks (Host, Origin,
 * session) run first and the body then streams to the cluster untouched. Upgrade requests are dispatched
 * through the same router (`app.routing`) on a response bound to the raw socket, so the same hooks guard
 * exec and port-forward too; `authorizeUpgrade` adds upgrade-specific checks on top.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Cluster } from '../clusters/cluster.ts';
import { ClusterConnections } from './cluster-connections.ts';
import { proxyHttpRequest } from './kube-proxy.ts';
import type { ProxyTarget, UpstreamErrorReporter } from './kube-proxy.ts';
import { isProxyTarget, normalizeBasePath, parseProxyPath, upstreamPath } from './proxy-path.ts';
import { writeProblem } from './proxy-problem.ts';
import type { ProxyProblem } from './proxy-problem.ts';
import { chooseUpstreamAuth } from './upstream-auth.ts';
import type { ProxyMode, UserCredential } from './upstream-auth.ts';
import { describeUpstreamError } from './upstream-error.ts';
import { createUpgradeResponse, proxyUpgrade } from './upgrade-proxy.ts';
import type { UpgradeSettings } from './upgrade-proxy.ts';

/** The answer of {@link KubeProxyOptions.authorizeUpgrade}. */
export type UpgradeDecision =
  { readonly ok: true } | { readonly ok: false; readonly status: number; readonly message: string };

/** Proxy timeouts in milliseconds. */
export interface KubeProxyTimeouts {
  /** TCP + TLS connect. Default 10 s. */
  readonly connectMs: number;
  /** Until the response head; longer than the API server's own 60 s request timeout. Default 90 s. */
  readonly headersMs: number;
  /** Idle keep-alive connections; below the API server's 90 s idle timeout. Default 30 s. */
  readonly keepAliveMs: number;
  /** Until the upstream answers an upgrade. Default 30 s. */
  readonly upgradeHandshakeMs: number;
}

/** What the app gives the proxy. */
export interface KubeProxyOptions {
  /** The cluster for a name as this request may see it, or undefined (→ 404). */
  readonly getCluster: (name: string, request: FastifyRequest) => Cluster | undefined;
  /** The user's own credential for the cluster; it takes precedence over the cluster's. */
  readonly resolveUserCredential?: (
    request: FastifyRequest,
    clusterName: string,
  ) => UserCredential | undefined | Promise<UserCredential | undefined>;
  /** Recognises the Wheelhouse session token so it is never used upstream. */
  readonly isSessionToken?: (token: string) => boolean;
  /** The app's Fastify `rewriteUrl`, applied to upgrades before their path is matched (idempotent). */
  readonly rewriteUrl?: (request: IncomingMessage) => string;
  /** Extra checks for upgrades, after the app's hooks; a refusal is written on the raw socket. */
  readonly authorizeUpgrade?: (request: IncomingMessage) => Promise<UpgradeDecision>;
  readonly mode: ProxyMode;
  /** In-cluster only, unsafe: requests without a user credential act as the pod's service account. */
  readonly useServiceAccountForUsers?: boolean;
  /**
   * True for a cluster whose own credentials are the requesting user's (a cluster the user added in
   * in-cluster mode): they are used upstream as in local mode.
   */
  readonly actsForUser?: (cluster: Cluster) => boolean;
  /** Called once the exchange (request or upgrade) that used a cluster from `getCluster` is over. */
  readonly releaseCluster?: (cluster: Cluster) => void;
  /** Path prefix Wheelhouse is served under (default none): routes are `${basePath}/clusters/NAME/…`. */
  readonly basePath?: string;
  readonly timeouts?: Partial<KubeProxyTimeouts>;
}

/** The running proxy, for the registry wiring and shutdown. */
export interface KubeProxy {
  /** Closes a cluster's pools, in-flight requests (watches) and upgraded sockets. Call on removal or change. */
  closeCluster(name: string): Promise<void>;
  /** Open requests and upgraded sockets for a cluster (0 if none). */
  openStreams(name: string): number;
  /** Stops proxying upgrades and closes every cluster; also run by the app's `preClose`. Idempotent. */
  close(): Promise<void>;
}

const DEFAULT_TIMEOUTS: KubeProxyTimeouts = {
  connectMs: 10_000,
  headersMs: 90_000,
  keepAliveMs: 30_000,
  upgradeHandshakeMs: 30_000,
};

/** The raw socket of an upgrade request while it travels through the Fastify router. */
interface PendingUpgrade {
  readonly socket: Duplex;
  readonly head: Buffer;
}

/** Everything a proxied request needs, built once per registration. */
interface ProxyContext {
  readonly options: KubeProxyOptions;
  readonly basePath: string;
  readonly connections: ClusterConnections;
  readonly upgrades: WeakMap<IncomingMessage, PendingUpgrade>;
  readonly upgradeSettings: UpgradeSettings;
  readonly report: UpstreamErrorReporter;
}

/** Maps a request to its cluster, upstream path and upstream identity, or to the problem to answer. */
async function resolveTarget(
  request: FastifyRequest,
  context: ProxyContext,
): Promise<ProxyTarget | ProxyProblem> {
  const { options } = context;
  const parsed = parseProxyPath(request.raw.url ?? '', context.basePath);
  if (parsed.type === 'not-proxy') return { status: 404, title: 'Not found', detail: 'Not a proxy path.' };
  if (parsed.type === 'invalid')
    return { status: parsed.status, title: 'Invalid proxy path', detail: parsed.detail };
  const cluster = options.getCluster(parsed.clusterName, request);
  if (cluster === undefined) {
    const detail = `No cluster named "${parsed.clusterName}".`;
    return { status: 404, title: 'Cluster not found', detail, cluster: parsed.clusterName };
  }
  const user = await options.resolveUserCredential?.(request, cluster.name);
  const auth = chooseUpstreamAuth({
    mode: options.mode,
    useServiceAccountForUsers:
      (options.useServiceAccountForUsers ?? false) || (options.actsForUser?.(cluster) ?? false),
    user,
    isSessionToken: options.isSessionToken ?? (() => false),
  });
  const connection = context.connections.acquire(cluster);
  return { connection, auth, path: upstreamPath(connection.origin, parsed.path) };
}

/** The route handler's body, after the app's hooks have let the request through. */
async function handleProxyRequest(
  request: FastifyRequest,
  res: ServerResponse,
  context: ProxyContext,
): Promise<void> {
  const pending = context.upgrades.get(request.raw);
  if (pending !== undefined) {
    context.upgrades.delete(request.raw);
    const decision = (await context.options.authorizeUpgrade?.(request.raw)) ?? { ok: true };
    if (!decision.ok) {
      writeProblem(res, { status: decision.status, title: 'Upgrade refused', detail: decision.message });
      return;
    }
  }
  const target = await resolveTarget(request, context);
  if (!('connection' in target)) {
    writeProblem(res, target);
    return;
  }
  try {
    if (pending === undefined) await proxyHttpRequest(request.raw, res, target, context.report);
    else
      await proxyUpgrade(
        { req: request.raw, res, ...pending },
        target,
        context.upgradeSettings,
        context.report,
      );
  } finally {
    context.options.releaseCluster?.(target.connection.cluster);
  }
}

/**
 * The server's `upgrade` listener: proxy paths are dispatched through the Fastify router on a response
 * bound to the raw socket, remembering the socket for the route handler.
 */
function createUpgradeListener(
  app: FastifyInstance,
  context: ProxyContext,
): (req: IncomingMessage, socket: Duplex, head: Buffer) => void {
  return (req, socket, head) => {
    // The app's URL rewrite (Fastify `rewriteUrl`, e.g. kubectl's path token) must run before the path test.
    if (context.options.rewriteUrl) req.url = context.options.rewriteUrl(req);
    if (!isProxyTarget(req.url, context.basePath)) {
      // Another upgrade listener may own this path; if there is none, answer rather than hang.
      if (app.server.listenerCount('upgrade') === 1)
        socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    // Node removed its own error handler before emitting `upgrade`; an unhandled error would crash.
    socket.on('error', () => socket.destroy());
    const res = createUpgradeResponse(req, socket);
    if (res === undefined) {
      socket.destroy();
      return;
    }
    context.upgrades.set(req, { socket, head });
    app.routing(req, res);
  };
}

/**
 * Registers `${basePath}/clusters/*` (every method) and the server's `upgrade` listener. Call before the
 * app is ready; hooks registered on `app` before this call guard the proxy.
 */
export function registerKubeProxy(app: FastifyInstance, options: KubeProxyOptions): KubeProxy {
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const context: ProxyContext = {
    options,
    basePath: normalizeBasePath(options.basePath),
    connections: new ClusterConnections({
      connectTimeoutMs: timeouts.connectMs,
      headersTimeoutMs: timeouts.headersMs,
      keepAliveTimeoutMs: timeouts.keepAliveMs,
    }),
    upgrades: new WeakMap(),
    upgradeSettings: { handshakeTimeoutMs: timeouts.upgradeHandshakeMs, closeGraceMs: 1_000 },
    report: (cluster, error) => {
      const { reason, code } = describeUpstreamError(error);
      const level = reason === 'cluster-closed' ? 'debug' : 'warn';
      app.log[level]({ cluster, reason, code }, 'Kubernetes API proxy: upstream failed');
    },
  };

  void app.register((scope, _opts, done) => {
    // Scoped to this plugin: the body stays an unread stream for proxyHttpRequest to pipe upstream.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, _payload, parsed) => {
      parsed(null, undefined);
    });
    scope.all(`${context.basePath}/clusters/*`, async (request, reply) => {
      reply.hijack();
      try {
        await handleProxyRequest(request, reply.raw, context);
      } catch (error) {
        request.log.error({ err: error }, 'Kubernetes API proxy failed');
        writeProblem(reply.raw, {
          status: 500,
          title: 'Proxy error',
          detail: 'The proxy failed unexpectedly.',
        });
      }
    });
    done();
  });

  const onUpgrade = createUpgradeListener(app, context);
  app.server.on('upgrade', onUpgrade);
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      app.server.off('upgrade', onUpgrade);
      await context.connections.close();
    })();
    return closing;
  };
  app.addHook('preClose', close);

  return {
    closeCluster: (name) => context.connections.closeCluster(name),
    openStreams: (name) => context.connections.peek(name)?.openCount ?? 0,
    close,
  };
}

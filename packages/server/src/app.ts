/**
 * `createApp(deps)` → the Fastify instance with every route, hook and handler, but no socket: tests call
 * `app.inject()`, main.ts calls `listen`. Everything lives under `config.baseUrl`.
 */
import { registerAccessLog } from './http/access-log.ts';
import { lazySchemaController } from './http/lazy-schema-compilers.ts';
import { rewriteKubectlTokenPath } from './security/kubectl-path-token.ts';
import fastify, { LogController } from 'fastify';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { KubeProxy, KubeProxyOptions } from './proxy/register-kube-proxy.ts';
import { registerClusterLoginRoutes } from './api/cluster-login-routes.ts';
import { registerClusterRoutes } from './api/cluster-routes.ts';
import { registerOpenApiRoutes } from './api/openapi-routes.ts';
import { registerPluginRoutes } from './api/plugin-routes.ts';
import { createPluginCatalog } from './plugins/create-plugin-catalog.ts';
import type { PluginCatalog } from './plugins/plugin-catalog.ts';
import { createDynamicClusters } from './clusters/dynamic-clusters.ts';
import type { DynamicClusters } from './clusters/dynamic-clusters.ts';
import { registerUserKeyHook, userKeyOf } from './security/user-key.ts';
import { registerConfigRoutes } from './api/config-routes.ts';
import { registerEventsRoutes } from './api/events-routes.ts';
import { registerHealthRoutes } from './api/health-routes.ts';
import type { ClusterRegistry } from './clusters/cluster-registry.ts';
import type { ReachabilityMonitor } from './clusters/reachability.ts';
import type { ServerConfig } from './config/server-config.ts';
import { NotFoundError } from './http/errors.ts';
import { registerProblemHandler } from './http/problem.ts';
import { createStaticAssets } from './http/static-assets.ts';
import { registerGuardHook } from './security/guard-hook.ts';
import { createRequestGuard } from './security/request-guard.ts';
import type { RequestGuard } from './security/request-guard.ts';
import type { SessionToken } from './security/session-token.ts';
import { resolveUserCredential } from './security/user-credential.ts';
import { systemClock } from './util/clock.ts';
import type { Clock } from './util/clock.ts';
import { withSafeSerializers } from './logging.ts';
import { SERVER_VERSION } from './version.ts';
import { registerPortForwardRoutes } from './api/port-forward-routes.ts';
import { PortForwards } from './port-forward/port-forwards.ts';

/** The proxy's registration function (src/proxy/register-kube-proxy.ts), injected by main.ts. */
export type RegisterKubeProxy = (app: FastifyInstance, options: KubeProxyOptions) => KubeProxy;

/** Dependencies of {@link createApp}. */
export interface AppDeps {
  readonly config: ServerConfig;
  readonly registry: ClusterRegistry;
  /** Required in local mode. */
  readonly sessionToken?: SessionToken | undefined;
  /** A pino logger; omitted → no logging. */
  readonly logger?: Logger | undefined;
  readonly clock?: Clock;
  readonly reachability?: ReachabilityMonitor | undefined;
  /** Reads web-app files (default node:fs). */
  readonly readFile?: (file: string) => Promise<Buffer>;
  /** Server version shown by /api/config (default: the package version). */
  readonly version?: string;
  /**
   * The Kubernetes API proxy (`registerKubeProxy` from src/proxy). Optional so that tests of the rest of
   * the app run without it; without it `/clusters/…` answers 404.
   */
  readonly registerKubeProxy?: RegisterKubeProxy | undefined;
  /** Readiness for /readyz (default: every registry source loaded). */
  readonly isReady?: () => boolean;
  /**
   * The dynamic-cluster services (main.ts builds them with clusters.yaml and the allow-list); default: in
   * memory, no persistence, no allow-list.
   */
  readonly dynamicClusters?: DynamicClusters | undefined;
  /** The plugins (main.ts: watched in local mode); default: scanned from the config's dirs, not watched. */
  readonly plugins?: PluginCatalog | undefined;
  /** Check every route schema against the JSON Schema meta-schema at `ready` (tests; default false). */
  readonly validateSchemas?: boolean;
  /** Port-forwards (local mode only); default: forwards through the registry's clusters. */
  readonly portForwards?: PortForwards | undefined;
}

/** Builds the app. Nothing listens until the caller calls `listen`. */
export function createApp(deps: AppDeps): FastifyInstance {
  const { config, registry } = deps;
  const app: FastifyInstance = fastify({
    ...(deps.logger === undefined ? { logger: false } : { loggerInstance: withSafeSerializers(deps.logger) }),
    // The Host and Origin checks read the raw headers; X-Forwarded-* never changes what the app trusts.
    trustProxy: false,
    // One debug line per request instead of two info lines (http/access-log.ts).
    logController: new LogController({ disableRequestLogging: true }),
    // Route schemas are constants, checked against the JSON Schema meta-schema by app-schemas.test.ts;
    // checking them at every start compiled that meta-schema first: ~200 ms of CPU before listening.
    // For the same reason they compile on first use, except when that test asks for the check at ready().
    ajv: { customOptions: { validateSchema: deps.validateSchemas ?? false } },
    ...(deps.validateSchemas === true ? {} : { schemaController: lazySchemaController() }),
    rewriteUrl: (request) => rewriteKubectlTokenPath(request, config.baseUrl),
  }) as unknown as FastifyInstance;
  const guard = createRequestGuard({
    mode: config.mode,
    bindHost: config.host,
    port: config.port,
    baseUrl: config.baseUrl,
    sessionToken: deps.sessionToken,
  });
  registerProblemHandler(app);
  registerAccessLog(app);
  registerGuardHook(app, {
    guard,
    baseUrl: config.baseUrl,
    port: config.port,
    sessionToken: deps.sessionToken,
  });
  const dynamic = deps.dynamicClusters ?? createDynamicClusters({ config, registry });
  const userClusters = dynamic.userClusters;
  if (userClusters !== undefined) registerUserKeyHook(app, { baseUrl: config.baseUrl });
  const assets = createStaticAssets({ dir: config.webDir, baseUrl: config.baseUrl, readFile: deps.readFile });
  app.setNotFoundHandler(async (request, reply) => {
    if (assets.isSpaRoute(request)) return assets.sendIndex(reply);
    throw new NotFoundError(`no route for ${request.method} ${new URL(request.url, 'http://x').pathname}`);
  });
  if (deps.registerKubeProxy !== undefined)
    wireKubeProxy(app, deps.registerKubeProxy, { config, registry, guard, dynamic });
  if (config.baseUrl !== '') {
    app.get(config.baseUrl, async (_request, reply) => reply.redirect(`${config.baseUrl}/`, 308));
  }
  void app.register(
    async (scope) => {
      const clock = deps.clock ?? systemClock;
      const reachability = deps.reachability;
      registerHealthRoutes(scope, { isReady: deps.isReady ?? (() => registry.isReady()) });
      const version = deps.version ?? SERVER_VERSION;
      const privateClusters = userClusters?.view(userKeyOf);
      registerConfigRoutes(scope, { config, registry, reachability, version, privateClusters });
      const plugins = deps.plugins ?? createPluginCatalog(config);
      registerEventsRoutes(scope, { registry, reachability, clock, privateClusters, plugins });
      registerPluginRoutes(scope, { catalog: plugins, baseUrl: config.baseUrl });
      registerClusterRoutes(scope, { enabled: config.dynamicClusters, registry, ...dynamic });
      registerOpenApiRoutes(scope, { version, baseUrl: config.baseUrl });
      registerPortForwardRoutes(scope, { forwards: createPortForwards(scope, deps) });
      if (config.mode === 'in-cluster')
        registerClusterLoginRoutes(scope, { registry, baseUrl: config.baseUrl });
      await scope.register(assets.plugin);
    },
    { prefix: config.baseUrl },
  );
  return app;
}

/**
 * Registers the proxy at the root (its routes carry the base URL; the guard hook, added earlier, covers
 * them and the upgrades it routes through the app) and closes a cluster's connections when the cluster is
 * removed, replaced or renamed, so nothing keeps using stale credentials.
 */
function wireKubeProxy(
  app: FastifyInstance,
  register: RegisterKubeProxy,
  options: { config: ServerConfig; registry: ClusterRegistry; guard: RequestGuard; dynamic: DynamicClusters },
): void {
  const { config, registry, guard } = options;
  const users = options.dynamic.userClusters;
  const proxy = register(app, {
    getCluster: (name, request) => registry.get(name) ?? users?.get(userKeyOf(request), name),
    actsForUser: (cluster) => users?.owns(cluster) ?? false,
    releaseCluster: (cluster) => users?.release(cluster),
    resolveUserCredential,
    isSessionToken: (token) => guard.isSessionToken(token),
    mode: config.mode,
    useServiceAccountForUsers: config.unsafeUseServiceAccountToken,
    basePath: config.baseUrl,
    rewriteUrl: (request) => rewriteKubectlTokenPath(request, config.baseUrl),
  });
  if (users !== undefined)
    users.closeConnection = (key) => {
      void proxy.closeCluster(key);
    };
  const unsubscribe = registry.subscribe((event) => {
    const name = event.type === 'renamed' ? event.from : 'cluster' in event ? event.cluster.name : undefined;
    if (name !== undefined && event.type !== 'added') void proxy.closeCluster(name);
  });
  app.addHook('onClose', (_instance, done) => {
    unsubscribe();
    done();
  });
}

/** Local mode's port-forwards, ended when their cluster is removed or redefined and when the app closes. */
function createPortForwards(scope: FastifyInstance, deps: AppDeps): PortForwards | undefined {
  if (deps.config.mode !== 'local') return undefined;
  const forwards = deps.portForwards ?? new PortForwards({ getCluster: (name) => deps.registry.get(name) });
  const unsubscribe = deps.registry.subscribe((event) => {
    const name = event.type === 'renamed' ? event.from : 'cluster' in event ? event.cluster.name : undefined;
    if (name !== undefined && event.type !== 'added') forwards.closeCluster(name);
  });
  scope.addHook('onClose', (_instance, done) => {
    unsubscribe();
    forwards.close();
    done();
  });
  return forwards;
}

/** `GET /api/config`: what the web app needs to start (mode, features, clusters and their status). */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { configResponseSchema, problemDetailsSchema } from '@wheelhouse/api-types';
import type { ConfigResponse } from '@wheelhouse/api-types';
import type { ClusterRegistry } from '../clusters/cluster-registry.ts';
import type { ReachabilityMonitor } from '../clusters/reachability.ts';
import type { PrivateClusters } from '../clusters/user-clusters.ts';
import type { ServerConfig } from '../config/server-config.ts';
import { toClusterSummary } from './cluster-summary.ts';

/** Dependencies of {@link registerConfigRoutes}. */
export interface ConfigRoutesOptions {
  readonly config: ServerConfig;
  readonly registry: ClusterRegistry;
  readonly reachability: ReachabilityMonitor | undefined;
  readonly version: string;
  /** In-cluster mode with dynamic clusters: the requesting user's own clusters. */
  readonly privateClusters?: PrivateClusters | undefined;
}

/** The `/api/config` body. */
export function buildConfigResponse(options: ConfigRoutesOptions, request?: FastifyRequest): ConfigResponse {
  const { config, registry } = options;
  const shared = registry.list().map((cluster) => toClusterSummary(cluster, registry.status(cluster.name)));
  const own = request === undefined ? [] : (options.privateClusters?.list(request) ?? []);
  return {
    version: options.version,
    mode: config.mode,
    baseUrl: config.baseUrl,
    features: { dynamicClusters: config.dynamicClusters, persistClusters: config.persistClusters },
    clusters: own.length === 0 ? shared : [...shared, ...own].sort((a, b) => (a.name < b.name ? -1 : 1)),
    sourceErrors: registry.sourceErrors(),
  };
}

/** Registers `GET /api/config` (relative to the base-URL scope). Also starts probes of stale statuses. */
export function registerConfigRoutes(scope: FastifyInstance, options: ConfigRoutesOptions): void {
  scope.get(
    '/api/config',
    { schema: { response: { 200: configResponseSchema, '4xx': problemDetailsSchema } } },
    async (request, reply) => {
      options.reachability?.refreshStale();
      return reply.header('cache-control', 'no-store').send(buildConfigResponse(options, request));
    },
  );
}

/**
 * `POST /api/clusters`, `PATCH /api/clusters/NAME`, `DELETE /api/clusters/NAME`: dynamic clusters. Local
 * mode: the shared registry via `DynamicSource` (optionally saved to clusters.yaml). In-cluster mode: the
 * requesting user's own set via `UserClusters`. With `--no-dynamic-clusters` every call is refused (403).
 * Bodies over 1 MiB get 413; every failure is problem+json naming the field at fault.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { MAX_CLUSTER_REQUEST_BYTES } from '@wheelhouse/api-types';
import type { AddClustersResponse, ClusterSummary, ClusterVerification } from '@wheelhouse/api-types';
import { admitClusters } from '../clusters/cluster-admission.ts';
import type { AdmissionOptions } from '../clusters/cluster-admission.ts';
import { isValidClusterName } from '../clusters/cluster-name.ts';
import type { ClusterRegistry } from '../clusters/cluster-registry.ts';
import { parseAddClustersBody, parseRenameBody } from '../clusters/cluster-request.ts';
import type { AddClustersInput } from '../clusters/cluster-request.ts';
import type { DefinitionProblem } from '../clusters/cluster-definition.ts';
import type { DynamicSource } from '../clusters/dynamic-source.ts';
import type { UserClusters } from '../clusters/user-clusters.ts';
import {
  ConflictError,
  ForbiddenError,
  InputError,
  NotFoundError,
  UnauthorizedError,
} from '../http/errors.ts';
import { userKeyOf } from '../security/user-key.ts';
import type { UserKey } from '../security/user-key.ts';
import { toClusterSummary } from './cluster-summary.ts';

/** Dependencies of {@link registerClusterRoutes}. */
export interface ClusterRoutesOptions {
  /** `--dynamic-clusters`. */
  readonly enabled: boolean;
  readonly registry: ClusterRegistry;
  readonly admission: AdmissionOptions;
  /** Local mode. */
  readonly dynamic?: DynamicSource | undefined;
  /** In-cluster mode. */
  readonly userClusters?: UserClusters | undefined;
}

const nameParams = {
  type: 'object',
  required: ['name'],
  properties: { name: { type: 'string' } },
} as const;

/** Registers the routes (relative to the base-URL scope). */
export function registerClusterRoutes(scope: FastifyInstance, options: ClusterRoutesOptions): void {
  // onRequest: the switch is checked before the body is read.
  const onRequest = (_request: FastifyRequest, _reply: unknown, done: (error?: Error) => void): void => {
    done(
      options.enabled
        ? undefined
        : new ForbiddenError(
            'dynamic clusters are off on this server: start Wheelhouse with --dynamic-clusters (WHEELHOUSE_DYNAMIC_CLUSTERS=true)',
          ),
    );
  };
  scope.post('/api/clusters', { bodyLimit: MAX_CLUSTER_REQUEST_BYTES, onRequest }, async (request, reply) => {
    const body = await addClusters(request, options);
    return reply
      .code(body.dryRun ? 200 : 201)
      .header('cache-control', 'no-store')
      .send(body);
  });
  scope.patch<{ Params: { name: string } }>(
    '/api/clusters/:name',
    { schema: { params: nameParams }, bodyLimit: 16 * 1024, onRequest },
    async (request, reply) => reply.send(await renameCluster(request, options)),
  );
  scope.delete<{ Params: { name: string } }>(
    '/api/clusters/:name',
    { schema: { params: nameParams }, onRequest },
    async (request, reply) => {
      const name = existingName(request.params.name);
      if (options.userClusters !== undefined) {
        refuseShared(options.registry, name, 'removed');
        options.userClusters.remove(requireKey(request), name);
      } else {
        await requireDynamic(options).remove(name);
      }
      return reply.code(204).send();
    },
  );
}

function existingName(name: string): string {
  if (!isValidClusterName(name)) throw new NotFoundError(`no cluster named "${name}"`, 'name');
  return name;
}

function firstError(errors: readonly DefinitionProblem[]): InputError {
  const first = errors[0];
  return new InputError(first?.field ?? 'body', first?.message ?? 'invalid request');
}

async function addClusters(
  request: FastifyRequest,
  options: ClusterRoutesOptions,
): Promise<AddClustersResponse> {
  const parsed = parseAddClustersBody(request.body);
  if (parsed.value === undefined) throw firstError(parsed.errors);
  const { definitions, verify, dryRun } = parsed.value;
  const verification = await admitClusters(definitions, verify, options.admission);
  const clusters = await add(request, parsed.value, verification, options);
  const marker = dryRun ? { dryRun: true as const } : {};
  if (!verify) return { clusters, ...marker };
  return {
    ...marker,
    clusters,
    verification: verification.map((entry, index) => ({
      ...entry,
      name: clusters[index]?.name ?? entry.name,
    })),
  };
}

async function renameCluster(
  request: FastifyRequest<{ Params: { name: string } }>,
  options: ClusterRoutesOptions,
): Promise<ClusterSummary> {
  const from = existingName(request.params.name);
  const parsed = parseRenameBody(request.body);
  if (parsed.value === undefined) throw firstError(parsed.errors);
  if (options.userClusters !== undefined) {
    refuseShared(options.registry, from, 'renamed');
    return options.userClusters.rename(requireKey(request), from, parsed.value);
  }
  const cluster = await requireDynamic(options).rename(from, parsed.value);
  return toClusterSummary(cluster, options.registry.status(cluster.name));
}

async function add(
  request: FastifyRequest,
  input: AddClustersInput,
  verification: readonly ClusterVerification[],
  options: ClusterRoutesOptions,
): Promise<ClusterSummary[]> {
  if (options.userClusters !== undefined) {
    if (input.persist)
      throw new ForbiddenError('a shared (in-cluster) server never writes user clusters to disk', 'persist');
    return options.userClusters.add(
      requireKey(request),
      input.definitions,
      input.onConflict,
      verification,
      input.dryRun,
    );
  }
  const clusters = await requireDynamic(options).add(
    input.definitions,
    input.persist,
    input.onConflict,
    input.dryRun,
  );
  return clusters.map((cluster) => toClusterSummary(cluster, options.registry.status(cluster.name)));
}

function requireDynamic(options: ClusterRoutesOptions): DynamicSource {
  if (options.dynamic === undefined) throw new ForbiddenError('dynamic clusters are not available');
  return options.dynamic;
}

function requireKey(request: FastifyRequest): UserKey {
  const key = userKeyOf(request);
  if (key === undefined)
    throw new UnauthorizedError('no user key cookie: load the app (GET /api/config) first');
  return key;
}

/** In-cluster: clusters of the shared registry belong to the operator, not to a user. */
function refuseShared(registry: ClusterRegistry, name: string, verb: string): void {
  const cluster = registry.get(name);
  if (cluster === undefined) return;
  throw new ConflictError(
    `cluster "${name}" is configured by the operator (${cluster.source.type}) and cannot be ${verb}`,
    'name',
  );
}

/**
 * `GET /api/port-forwards`, `POST /api/port-forwards`, `DELETE /api/port-forwards/ID` (local mode only: a
 * shared in-cluster server must never open ports for its users, so there every route answers 403).
 */
import type { FastifyInstance } from 'fastify';
import {
  portForwardListSchema,
  portForwardSchema,
  startPortForwardRequestSchema,
  type StartPortForwardRequest,
} from '@wheelhouse/api-types';
import { ForbiddenError } from '../http/errors.ts';
import type { PortForwards } from '../port-forward/port-forwards.ts';

/** Dependencies of {@link registerPortForwardRoutes}. */
export interface PortForwardRoutesOptions {
  /** Undefined in in-cluster mode. */
  readonly forwards: PortForwards | undefined;
}

/** Registers the routes (relative to the base-URL scope). */
export function registerPortForwardRoutes(scope: FastifyInstance, options: PortForwardRoutesOptions): void {
  const forwardsOrRefuse = (): PortForwards => {
    if (options.forwards === undefined)
      throw new ForbiddenError(
        'port-forwards are available only when Wheelhouse runs locally (not in-cluster)',
      );
    return options.forwards;
  };
  scope.get(
    '/api/port-forwards',
    { schema: { response: { 200: portForwardListSchema } } },
    async (_request, reply) =>
      reply.header('cache-control', 'no-store').send({ items: forwardsOrRefuse().list() }),
  );
  scope.post<{ Body: StartPortForwardRequest }>(
    '/api/port-forwards',
    {
      bodyLimit: 4096,
      schema: { body: startPortForwardRequestSchema, response: { 201: portForwardSchema } },
    },
    async (request, reply) => reply.code(201).send(await forwardsOrRefuse().start(request.body)),
  );
  scope.delete<{ Params: { id: string } }>('/api/port-forwards/:id', async (request, reply) => {
    forwardsOrRefuse().stop(request.params.id);
    return reply.code(204).send();
  });
}

/** `GET BASE/api/openapi.json`: the OpenAPI 3.1 document of the server API (openapi-document.ts). */
import type { FastifyInstance } from 'fastify';
import { buildOpenApiDocument } from './openapi-document.ts';

/** Registers the route (relative to the base-URL scope). */
export function registerOpenApiRoutes(
  scope: FastifyInstance,
  options: { version: string; baseUrl: string },
): void {
  const document = JSON.stringify(buildOpenApiDocument(options));
  scope.get('/api/openapi.json', async (_request, reply) =>
    reply.type('application/json; charset=utf-8').header('cache-control', 'no-cache').send(document),
  );
}

/** `/healthz` (the process answers) and `/readyz` (every cluster source did its first load). */
import type { FastifyInstance } from 'fastify';
import { createProblem, sendProblem } from '../http/problem.ts';

/** Registers the probes (relative to the base-URL scope). They need no session. */
export function registerHealthRoutes(scope: FastifyInstance, options: { isReady: () => boolean }): void {
  scope.get('/healthz', async (_request, reply) =>
    reply.header('cache-control', 'no-store').send({ status: 'ok' }),
  );
  scope.get('/readyz', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    if (options.isReady()) return reply.send({ status: 'ready' });
    return sendProblem(
      reply,
      createProblem(503, 'not-ready', 'cluster sources are still loading', { instance: request.url }),
    );
  });
}

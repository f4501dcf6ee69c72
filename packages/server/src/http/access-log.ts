/**
 * One log line per answered request, at debug level (`--log-level=debug`). Fastify's own request logging
 * (two info lines per request) is off: the web app and its watches make hundreds of proxied requests a
 * minute, and formatting, redacting and writing those lines was a tenth of the proxy's CPU per request
 * (BENCHMARKS.md, proxy overhead). Errors are still logged at their own level by the problem handler.
 */
import type { FastifyInstance } from 'fastify';

const verboseLevels = new Set(['debug', 'trace']);

/** Registers the debug-level access log on `app`. */
export function registerAccessLog(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    if (!verboseLevels.has(request.log.level)) return;
    request.log.debug(
      { req: request, res: { statusCode: reply.statusCode }, responseTime: reply.elapsedTime },
      'request completed',
    );
  });
}

/**
 * RFC 9457 problem details: turns every error into one `application/problem+json` response, naming the
 * field at fault. Services throw typed errors (errors.ts); Fastify's own errors (validation, body too large,
 * bad JSON) are mapped too; anything else is a 500 whose message is logged but never sent.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PROBLEM_CONTENT_TYPE } from '@wheelhouse/api-types';
import type { ProblemDetails } from '@wheelhouse/api-types';
import { HttpError, UnprocessableError } from './errors.ts';

// Not `import … from 'node:http'`: that builds node:http's ES module facade, which loads Node's bundled
// undici (~100 ms and ~13 MiB at start; see proxy/upgrade-proxy.ts).
const { STATUS_CODES } = process.getBuiltinModule('node:http');

const PROBLEM_TYPE_PREFIX = 'urn:wheelhouse:problem:';

/** Builds a problem object. */
export function createProblem(
  status: number,
  kind: string,
  detail: string,
  extra: { instance?: string | undefined; field?: string | undefined } = {},
): ProblemDetails {
  return {
    type: `${PROBLEM_TYPE_PREFIX}${kind}`,
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail,
    ...(extra.instance === undefined ? {} : { instance: extra.instance }),
    ...(extra.field === undefined ? {} : { field: extra.field }),
  };
}

/** Maps any thrown value to a problem; `internal` is true when the cause must be logged, not shown. */
export function toProblem(error: unknown, instance?: string): { problem: ProblemDetails; internal: boolean } {
  if (error instanceof HttpError) {
    const problem = createProblem(error.status, error.kind, error.message, { instance, field: error.field });
    const extensions = error instanceof UnprocessableError ? error.extensions : {};
    return { problem: { ...extensions, ...problem }, internal: false };
  }
  const fastifyError = asFastifyError(error);
  if (fastifyError?.validation !== undefined) {
    const first = fastifyError.validation[0];
    const field = first === undefined ? undefined : validationField(first);
    const detail = `${fastifyError.validationContext ?? 'request'}${first?.instancePath ?? ''} ${first?.message ?? 'is invalid'}`;
    return { problem: createProblem(400, 'invalid-input', detail, { instance, field }), internal: false };
  }
  const status = fastifyError?.statusCode;
  if (fastifyError !== undefined && status !== undefined && status >= 400 && status < 500) {
    return {
      problem: createProblem(status, kindOf(status), fastifyError.message, { instance }),
      internal: false,
    };
  }
  return {
    problem: createProblem(500, 'internal', 'The server failed to handle the request.', { instance }),
    internal: true,
  };
}

/** Sends `problem` as `application/problem+json`. */
export function sendProblem(reply: FastifyReply, problem: ProblemDetails): FastifyReply {
  return reply.code(problem.status).type(PROBLEM_CONTENT_TYPE).send(problem);
}

/** Installs the one error handler of the app. */
export function registerProblemHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const { problem, internal } = toProblem(error, pathOf(request.url));
    if (internal) request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, problem);
  });
}

/** The path of a request URL, without the query (which may carry a token). */
export function pathOf(url: string): string {
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

function asFastifyError(error: unknown): FastifyError | undefined {
  if (error instanceof Error && ('statusCode' in error || 'validation' in error))
    return error as FastifyError;
  return undefined;
}

function validationField(entry: {
  instancePath: string;
  params: Record<string, unknown>;
}): string | undefined {
  const missing = entry.params['missingProperty'];
  const base = entry.instancePath.replace(/^\//, '').replaceAll('/', '.');
  if (typeof missing === 'string') return base === '' ? missing : `${base}.${missing}`;
  return base === '' ? undefined : base;
}

function kindOf(status: number): string {
  switch (status) {
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
      return 'not-found';
    case 409:
      return 'conflict';
    case 413:
      return 'payload-too-large';
    default:
      return 'invalid-input';
  }
}

/**
 * Wires the request guard into Fastify: every request is checked before routing completes; refusals become
 * problem+json (or, for a browser page load without a session, an HTML page explaining how to log in); a
 * valid `?token=` login sets the session cookie and redirects to the same URL without the token.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ForbiddenError, UnauthorizedError } from '../http/errors.ts';
import { createProblem, pathOf, sendProblem } from '../http/problem.ts';
import { isSecureRequest, sessionCookieName, setCookieHeader } from './cookies.ts';
import type { RequestGuard } from './request-guard.ts';
import type { SessionToken } from './session-token.ts';
import { recordRequestAuth } from './user-credential.ts';

/** Options of {@link registerGuardHook}. */
export interface GuardHookOptions {
  readonly guard: RequestGuard;
  readonly baseUrl: string;
  readonly port: number;
  readonly sessionToken: SessionToken | undefined;
}

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

/** Adds the `onRequest` hook to `app` (register at the root so that it covers every route and 404). */
export function registerGuardHook(app: FastifyInstance, options: GuardHookOptions): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.headers(SECURITY_HEADERS);
    const decision = options.guard.check(request.raw);
    if (!decision.ok) return refuse(request, reply, decision.error);
    recordRequestAuth(request.raw, decision.auth);
    if (decision.auth.sessionVia === 'query' && options.sessionToken !== undefined) {
      const url = new URL(request.url, 'http://wheelhouse.invalid');
      url.searchParams.delete('token');
      const cookie = setCookieHeader({
        name: sessionCookieName(options.port),
        value: options.sessionToken.value,
        path: options.baseUrl,
        secure: isSecureRequest(request.headers, isEncrypted(request)),
      });
      return reply
        .header('set-cookie', cookie)
        .header('cache-control', 'no-store')
        .redirect(`${url.pathname}${url.search}`, 303);
    }
    return undefined;
  });
}

function refuse(
  request: FastifyRequest,
  reply: FastifyReply,
  error: ForbiddenError | UnauthorizedError,
): FastifyReply {
  const accept = request.headers.accept ?? '';
  if (error.status === 401 && request.method === 'GET' && accept.includes('text/html')) {
    return reply
      .code(401)
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(LOGIN_PAGE);
  }
  const problem = createProblem(error.status, error.kind, error.message, {
    instance: pathOf(request.url),
    field: error.field,
  });
  return sendProblem(reply, problem);
}

function isEncrypted(request: FastifyRequest): boolean {
  return 'encrypted' in request.raw.socket && request.raw.socket.encrypted === true;
}

const LOGIN_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Wheelhouse: log in</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#222}
code{background:#f3f3f3;padding:.1em .3em;border-radius:3px}</style></head>
<body>
<h1>Log in to Wheelhouse</h1>
<p>This Wheelhouse server only answers to the person who started it.</p>
<p>Open the <strong>login URL printed in the terminal</strong> where you ran <code>wheelhouse</code>.
It looks like <code>http://127.0.0.1:4770/?token=…</code> and logs this browser in.</p>
<p>If you have lost it, stop the server and start it again: it prints a new one
(or start it with <code>--open</code> to open the browser for you).</p>
</body>
</html>
`;

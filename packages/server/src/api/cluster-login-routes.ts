/**
 * In-cluster mode: users bring their own credentials. `POST /api/clusters/NAME/login {token}` stores the
 * user's bearer token for cluster NAME in an httpOnly, SameSite=Strict cookie whose path is
 * `BASE/clusters/NAME`, so the browser sends it only with that cluster's proxied requests; the server keeps
 * no copy. `DELETE` deletes the cookie. The token is checked by the cluster on use, not here.
 */
import type { FastifyInstance } from 'fastify';
import { clusterLoginRequestSchema } from '@wheelhouse/api-types';
import type { ClusterLoginRequest } from '@wheelhouse/api-types';
import type { ClusterRegistry } from '../clusters/cluster-registry.ts';
import { NotFoundError } from '../http/errors.ts';
import {
  clusterCookiePath,
  clusterTokenCookieName,
  isSecureRequest,
  setCookieHeader,
} from '../security/cookies.ts';

/** Registers login and logout (relative to the base-URL scope). */
export function registerClusterLoginRoutes(
  scope: FastifyInstance,
  options: { registry: ClusterRegistry; baseUrl: string },
): void {
  const params = {
    type: 'object',
    required: ['name'],
    properties: { name: { type: 'string', minLength: 1, maxLength: 63 } },
  } as const;
  const cookieFor = (name: string, value: string | undefined, secure: boolean): string =>
    setCookieHeader({
      name: clusterTokenCookieName(name),
      value,
      path: clusterCookiePath(options.baseUrl, name),
      secure,
    });
  const clusterOf = (name: string): string => {
    if (options.registry.get(name) === undefined)
      throw new NotFoundError(`no cluster named "${name}"`, 'name');
    return name;
  };
  scope.post<{ Params: { name: string }; Body: ClusterLoginRequest }>(
    '/api/clusters/:name/login',
    { schema: { params, body: clusterLoginRequestSchema } },
    async (request, reply) => {
      const name = clusterOf(request.params.name);
      const secure = isSecureRequest(request.headers, request.protocol === 'https');
      return reply
        .header('set-cookie', cookieFor(name, request.body.token, secure))
        .code(204)
        .send();
    },
  );
  scope.delete<{ Params: { name: string } }>(
    '/api/clusters/:name/login',
    { schema: { params } },
    async (request, reply) => {
      const secure = isSecureRequest(request.headers, request.protocol === 'https');
      return reply
        .header('set-cookie', cookieFor(request.params.name, undefined, secure))
        .code(204)
        .send();
    },
  );
}

/**
 * Decides which credential the proxy presents to a cluster for one request. Inbound credentials are never
 * forwarded (see proxy-headers.ts); this is the only place upstream identity comes from.
 */
import type { Cluster } from '../clusters/cluster.ts';
import type { ConnectionKind } from './cluster-connections.ts';
import { CredentialsError } from './upstream-error.ts';

/** A user's own credential for one cluster, as resolved by the security layer. */
export type UserCredential = { readonly type: 'bearer'; readonly token: string };

/** `local`: one person, the kubeconfig's credentials. `in-cluster`: shared, users bring their own. */
export type ProxyMode = 'local' | 'in-cluster';

/**
 * Who the request acts as upstream.
 * - `cluster`: the cluster's credentials (auth headers and, if configured, the client certificate).
 * - `user`: the user's bearer token only; the connection presents no client certificate, because the API
 *   server would authenticate the certificate first and silently act as the cluster identity.
 * - `anonymous`: nothing; the cluster answers 401/403 itself.
 */
export type UpstreamAuth =
  | { readonly type: 'cluster' }
  | { readonly type: 'user'; readonly token: string }
  | { readonly type: 'anonymous' };

/** Inputs to {@link chooseUpstreamAuth}. */
export interface UpstreamAuthInput {
  readonly mode: ProxyMode;
  /** The unsafe in-cluster flag: requests without a user credential act as the service account. */
  readonly useServiceAccountForUsers: boolean;
  readonly user: UserCredential | undefined;
  /** Recognises the Wheelhouse session token, which must never be sent to a cluster. */
  readonly isSessionToken: (token: string) => boolean;
}

/**
 * A user's own bearer token wins. Without one, local mode uses the cluster's credentials; in-cluster mode
 * sends nothing unless the unsafe flag allows the service account.
 */
export function chooseUpstreamAuth(input: UpstreamAuthInput): UpstreamAuth {
  const { user } = input;
  if (user !== undefined && user.token !== '' && !input.isSessionToken(user.token)) {
    return { type: 'user', token: user.token };
  }
  if (input.mode === 'local' || input.useServiceAccountForUsers) return { type: 'cluster' };
  return { type: 'anonymous' };
}

/**
 * The headers that authenticate one upstream request under `auth`. Resolved per request so refreshed
 * tokens are picked up; a failure rejects with {@link CredentialsError}.
 */
export async function upstreamAuthHeaders(
  auth: UpstreamAuth,
  cluster: Cluster,
): Promise<Readonly<Record<string, string>>> {
  switch (auth.type) {
    case 'cluster':
      try {
        return await cluster.credentials.authHeaders();
      } catch (error) {
        throw new CredentialsError(error instanceof Error ? error.message : 'auth headers unavailable');
      }
    case 'user':
      return { Authorization: `Bearer ${auth.token}` };
    case 'anonymous':
      return {};
  }
}

/** Upstream connections for a user token or no credential must not present the cluster's client certificate. */
export function connectionKindFor(auth: UpstreamAuth): ConnectionKind {
  return auth.type === 'cluster' ? 'cluster' : 'plain';
}

/** Appends credential headers to a raw header list, replacing any same-named header. */
export function withAuthHeaders(rawHeaders: string[], auth: Readonly<Record<string, string>>): string[] {
  const names = new Set(Object.keys(auth).map((name) => name.toLowerCase()));
  const out: string[] = [];
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    const name = rawHeaders[i] ?? '';
    if (!names.has(name.toLowerCase())) out.push(name, rawHeaders[i + 1] ?? '');
  }
  for (const [name, value] of Object.entries(auth)) out.push(name, value);
  return out;
}

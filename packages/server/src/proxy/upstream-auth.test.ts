import { describe, expect, it } from 'vitest';
import { chooseUpstreamAuth, upstreamAuthHeaders, withAuthHeaders } from './upstream-auth.ts';
import type { UpstreamAuthInput } from './upstream-auth.ts';
import { fakeCluster } from './proxy-test-support.ts';
import { CredentialsError } from './upstream-error.ts';

const base: UpstreamAuthInput = {
  mode: 'local',
  useServiceAccountForUsers: false,
  user: undefined,
  isSessionToken: (token) => token === 'session',
};

describe('chooseUpstreamAuth', () => {
  it('prefers the user token in both modes', () => {
    const user = { type: 'bearer', token: 'u' } as const;
    expect(chooseUpstreamAuth({ ...base, user })).toEqual({ type: 'user', token: 'u' });
    expect(chooseUpstreamAuth({ ...base, mode: 'in-cluster', user })).toEqual({ type: 'user', token: 'u' });
  });

  it('never uses the session token as a user token', () => {
    expect(chooseUpstreamAuth({ ...base, user: { type: 'bearer', token: 'session' } })).toEqual({
      type: 'cluster',
    });
  });

  it('uses cluster credentials locally and nothing in-cluster unless the unsafe flag is set', () => {
    expect(chooseUpstreamAuth(base)).toEqual({ type: 'cluster' });
    expect(chooseUpstreamAuth({ ...base, mode: 'in-cluster' })).toEqual({ type: 'anonymous' });
    expect(chooseUpstreamAuth({ ...base, mode: 'in-cluster', useServiceAccountForUsers: true })).toEqual({
      type: 'cluster',
    });
  });
});

describe('upstreamAuthHeaders', () => {
  it('wraps credential failures', async () => {
    const cluster = fakeCluster('c', 'https://127.0.0.1:1', {});
    const broken = {
      ...cluster,
      credentials: {
        ...cluster.credentials,
        authHeaders: () => Promise.reject(new Error('exec plugin failed')),
      },
    };
    await expect(upstreamAuthHeaders({ type: 'cluster' }, broken)).rejects.toBeInstanceOf(CredentialsError);
    await expect(upstreamAuthHeaders({ type: 'anonymous' }, broken)).resolves.toEqual({});
  });

  it('replaces same-named headers', () => {
    expect(withAuthHeaders(['authorization', 'x', 'Accept', 'a'], { Authorization: 'Bearer y' })).toEqual([
      'Accept',
      'a',
      'Authorization',
      'Bearer y',
    ]);
  });
});

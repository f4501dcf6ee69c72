import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { queryKeys } from '../../api/query-keys.ts';
import { useCan } from './use-access-review.ts';

function setup(answer: (body: { spec: { resourceAttributes: { verb: string } } }) => object) {
  const calls: string[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    const body = JSON.parse(init.body as string) as { spec: { resourceAttributes: { verb: string } } };
    calls.push(`${url} ${body.spec.resourceAttributes.verb}`);
    await Promise.resolve();
    return new Response(JSON.stringify({ status: answer(body) }), { status: 201 });
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  return { calls, queryClient, wrapper };
}

const check = { verb: 'delete', group: '', resource: 'configmaps', namespace: 'shop', name: 'a' };

describe('useCan', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('asks once for the same question from several components, and says why not', async () => {
    const { calls, wrapper } = setup(() => ({ allowed: false }));
    const { result } = renderHook(() => [useCan('dev', check), useCan('dev', { ...check })], { wrapper });
    expect(result.current[0]).toEqual({ allowed: undefined, loading: true });
    await waitFor(() => {
      expect(result.current[0]?.allowed).toBe(false);
    });
    expect(result.current[1]).toEqual(result.current[0]);
    expect(result.current[0]?.reason).toBe('You may not delete configmaps in namespace “shop”.');
    expect(calls).toEqual(['/clusters/dev/apis/authorization.k8s.io/v1/selfsubjectaccessreviews delete']);
  });

  it('keeps answers per cluster and asks again after the cluster’s login changes', async () => {
    let allowed = false;
    const { calls, queryClient, wrapper } = setup(() => ({ allowed }));
    const { result } = renderHook(() => [useCan('dev', check), useCan('prod', check)], { wrapper });
    await waitFor(() => {
      expect(result.current.every((r) => r.allowed === false)).toBe(true);
    });
    expect(calls).toHaveLength(2);
    allowed = true;
    // what the cluster login dialog does after a successful login
    await queryClient.invalidateQueries({ queryKey: queryKeys.cluster('dev') });
    await waitFor(() => {
      expect(result.current[0]?.allowed).toBe(true);
    });
    expect(result.current[1]?.allowed).toBe(false);
    expect(calls).toHaveLength(3);
  });

  it('passes on the authorizer’s reason, and reports a failed check as unknown', async () => {
    const { wrapper } = setup(() => ({ allowed: false, reason: 'no RBAC policy matched' }));
    const denied = renderHook(() => useCan('dev', check), { wrapper });
    await waitFor(() => {
      expect(denied.result.current.reason).toBe(
        'You may not delete configmaps in namespace “shop”. (no RBAC policy matched)',
      );
    });
    vi.stubGlobal('fetch', () =>
      Promise.resolve(new Response('{"kind":"Status","message":"boom","code":403}', { status: 403 })),
    );
    const failed = renderHook(() => useCan('other', { verb: 'get', group: '', resource: 'pods' }), {
      wrapper,
    });
    await waitFor(() => {
      expect(failed.result.current).toEqual({
        allowed: undefined,
        reason: 'Could not check your permissions: boom',
        loading: false,
      });
    });
  });
});

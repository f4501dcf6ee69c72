import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clusterMetricsSampler } from './metrics-sampler.ts';
import { useClusterMetrics } from './use-cluster-metrics.ts';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const notFound = {
  kind: 'Status',
  apiVersion: 'v1',
  status: 'Failure',
  message: 'the server could not find the requested resource',
  reason: 'NotFound',
  code: 404,
};

describe('useClusterMetrics', () => {
  it('asks the cluster proxy, reports a missing metrics API, and stops polling when unmounted', async () => {
    vi.useFakeTimers();
    const calls: string[] = [];
    vi.stubGlobal('fetch', (url: string) => {
      calls.push(url);
      return Promise.resolve(new Response(JSON.stringify(notFound), { status: 404 }));
    });
    const sampler = clusterMetricsSampler('no-metrics');
    expect(clusterMetricsSampler('no-metrics')).toBe(sampler);
    const { result, unmount } = renderHook(() => useClusterMetrics(sampler));
    expect(result.current.status).toBe('pending');
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(result.current.status).toBe('absent');
    expect(result.current.error?.message).toBe('the server could not find the requested resource');
    expect(calls).toEqual(['/clusters/no-metrics/apis/metrics.k8s.io/v1beta1/nodes']);
    await act(() => vi.advanceTimersByTimeAsync(15_000));
    expect(calls).toHaveLength(2);
    unmount();
    expect(sampler.polling).toBe(false);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(2);
  });
});

import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error.ts';
import type { KubeObject } from '../../k8s/kube-object.ts';
import { pdbBackoff, planDrain, runDrain, type EvictionState } from './drain.ts';

const pod = (name: string, extra: Partial<KubeObject['metadata']> = {}, phase = 'Running'): KubeObject => ({
  metadata: { name, namespace: 'ns', ...extra },
  status: { phase },
});

describe('planDrain', () => {
  it('skips DaemonSet pods, mirror pods and finished pods; evicts the rest', () => {
    const web = pod('web', {
      ownerReferences: [
        { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-1', uid: 'r', controller: true },
      ],
    });
    const ds = pod('agent', {
      ownerReferences: [
        { apiVersion: 'apps/v1', kind: 'DaemonSet', name: 'agent', uid: 'd', controller: true },
      ],
    });
    const mirror = pod('etcd', { annotations: { 'kubernetes.io/config.mirror': 'x' } });
    const done = pod('job', {}, 'Succeeded');
    const bare = pod('bare');
    const plan = planDrain([web, ds, mirror, done, bare]);
    expect(plan.evict.map((p) => p.metadata.name)).toEqual(['web', 'bare']);
    expect(plan.skip.map((s) => [s.pod.metadata.name, s.reason])).toEqual([
      ['agent', 'daemonset'],
      ['etcd', 'mirror'],
      ['job', 'finished'],
    ]);
  });
});

describe('runDrain', () => {
  it('retries an eviction refused by a PodDisruptionBudget (429) with backoff until it passes', async () => {
    const a = pod('a');
    const b = pod('b');
    let refusals = 2;
    const sleeps: number[] = [];
    const log: string[] = [];
    const results = await runDrain([a, b], {
      signal: new AbortController().signal,
      evict: (p) => {
        if (p === a && refusals-- > 0)
          return Promise.reject(
            new ApiError("Cannot evict pod as it would violate the pod's disruption budget.", {
              status: 429,
            }),
          );
        return Promise.resolve({});
      },
      onProgress: (p, state: EvictionState) => log.push(`${p.metadata.name}:${state.type}`),
      sleep: (ms) => {
        sleeps.push(ms);
        return Promise.resolve();
      },
    });
    expect(sleeps).toEqual([pdbBackoff(1), pdbBackoff(2)]);
    expect([...results.values()].map((s) => s.type)).toEqual(['evicted', 'evicted']);
    expect(log).toEqual([
      'a:waiting',
      'b:waiting',
      'a:evicting',
      'a:blocked',
      'a:evicting',
      'a:blocked',
      'a:evicting',
      'a:evicted',
      'b:evicting',
      'b:evicted',
    ]);
  });

  it('counts a pod already gone (404) as done and reports other errors as failed', async () => {
    const results = await runDrain([pod('gone'), pod('bad')], {
      signal: new AbortController().signal,
      evict: (p) =>
        Promise.reject(
          new ApiError(p.metadata.name === 'gone' ? 'not found' : 'forbidden', {
            status: p.metadata.name === 'gone' ? 404 : 403,
          }),
        ),
      onProgress: () => undefined,
    });
    expect([...results.values()]).toEqual([{ type: 'gone' }, { type: 'failed', message: 'forbidden' }]);
  });

  it('stops retrying after maxAttempts and when cancelled', async () => {
    const controller = new AbortController();
    const always429 = () => Promise.reject(new ApiError('PDB', { status: 429 }));
    const limited = await runDrain([pod('x')], {
      signal: controller.signal,
      evict: always429,
      onProgress: () => undefined,
      sleep: () => Promise.resolve(),
      maxAttempts: 3,
    });
    expect([...limited.values()][0]).toEqual({ type: 'failed', message: 'PDB' });
    const cancelled = await runDrain([pod('y'), pod('z')], {
      signal: controller.signal,
      evict: always429,
      onProgress: () => undefined,
      sleep: () => {
        controller.abort();
        return Promise.resolve();
      },
    });
    expect([...cancelled.values()].map((s) => s.type)).toEqual(['cancelled', 'cancelled']);
  });
});

describe('pdbBackoff', () => {
  it('grows to a 30 s cap', () => {
    expect([1, 2, 3, 4, 10].map(pdbBackoff)).toEqual([2000, 4000, 8000, 16_000, 30_000]);
  });
});

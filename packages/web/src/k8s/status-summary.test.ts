import { describe, expect, it } from 'vitest';
import { podContainers, replicaSummary, statusTone, strategySummary } from './status-summary.ts';

describe('status summaries', () => {
  it('colours status words and ratios', () => {
    expect(statusTone('Running')).toBe('success');
    expect(statusTone('Completed')).toBe('success');
    expect(statusTone('Pending')).toBe('warning');
    expect(statusTone('Init:0/2')).toBe('warning');
    expect(statusTone('Init:CrashLoopBackOff')).toBe('error');
    expect(statusTone('CrashLoopBackOff')).toBe('error');
    expect(statusTone('Ready,SchedulingDisabled')).toBe('success');
    expect(statusTone('1/1')).toBe('success');
    expect(statusTone('0/3')).toBe('warning');
    expect(statusTone('Whatever')).toBe('default');
  });

  it('summarises a pod’s containers with state, readiness, restarts and ports', () => {
    const pod = {
      spec: {
        initContainers: [{ name: 'migrate', image: 'migrate:1' }],
        containers: [
          { name: 'app', image: 'app:2', ports: [{ containerPort: 8080 }] },
          { name: 'sidecar', image: 'proxy:1' },
        ],
      },
      status: {
        initContainerStatuses: [
          { name: 'migrate', state: { terminated: { reason: 'Completed' } }, ready: false, restartCount: 0 },
        ],
        containerStatuses: [
          { name: 'app', state: { running: {} }, ready: true, restartCount: 3 },
          {
            name: 'sidecar',
            state: { waiting: { reason: 'CrashLoopBackOff' } },
            ready: false,
            restartCount: 7,
          },
        ],
      },
    };
    expect(podContainers(pod)).toEqual([
      {
        name: 'migrate',
        image: 'migrate:1',
        kind: 'init',
        state: 'terminated',
        reason: 'Completed',
        ready: false,
        restarts: 0,
        ports: [],
      },
      {
        name: 'app',
        image: 'app:2',
        kind: 'main',
        state: 'running',
        reason: undefined,
        ready: true,
        restarts: 3,
        ports: ['8080/TCP'],
      },
      {
        name: 'sidecar',
        image: 'proxy:1',
        kind: 'main',
        state: 'waiting',
        reason: 'CrashLoopBackOff',
        ready: false,
        restarts: 7,
        ports: [],
      },
    ]);
    expect(podContainers({})).toEqual([]);
  });

  it('summarises replicas of Deployments and DaemonSets, and strategies', () => {
    expect(
      replicaSummary({
        spec: { replicas: 3 },
        status: { readyReplicas: 2, updatedReplicas: 3, availableReplicas: 2 },
      }),
    ).toEqual({ desired: 3, ready: 2, updated: 3, available: 2 });
    expect(replicaSummary({ status: { desiredNumberScheduled: 2, numberReady: 2 } })).toMatchObject({
      desired: 2,
      ready: 2,
    });
    expect(replicaSummary({ spec: {} })).toBeUndefined();
    expect(
      strategySummary({
        spec: { strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: 1 } } },
      }),
    ).toBe('RollingUpdate (max surge 25%, max unavailable 1)');
    expect(strategySummary({ spec: { updateStrategy: { type: 'OnDelete' } } })).toBe('OnDelete');
  });
});

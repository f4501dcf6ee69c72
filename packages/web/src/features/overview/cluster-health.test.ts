import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../k8s/kube-object.ts';
import {
  allocation,
  laggingWorkloads,
  nodeHealth,
  podHealth,
  podRequests,
  totalAllocation,
} from './cluster-health.ts';

const node = (name: string, ready: boolean, extra: Record<string, unknown> = {}): KubeObject => ({
  metadata: { name },
  spec: extra,
  status: {
    conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }],
    allocatable: { cpu: '8', memory: '32Gi' },
  },
});
const pod = (
  name: string,
  nodeName: string,
  phase: string,
  containers: unknown[],
  init: unknown[] = [],
): KubeObject => ({
  metadata: { name, namespace: 'ns' },
  spec: { nodeName, containers, initContainers: init },
  status: { phase, conditions: [{ type: 'Ready', status: phase === 'Running' ? 'True' : 'False' }] },
});
const requests = (cpu: string, memory: string) => ({ resources: { requests: { cpu, memory } } });

describe('nodeHealth and podHealth', () => {
  it('counts ready, cordoned and not-ready nodes', () => {
    expect(nodeHealth([node('a', true), node('b', false), node('c', true, { unschedulable: true })])).toEqual(
      {
        total: 3,
        ready: 2,
        cordoned: 1,
        notReady: ['b'],
      },
    );
  });
  it('counts pods by phase and crash loops', () => {
    const crashing: KubeObject = {
      ...pod('x', 'a', 'Running', []),
      status: {
        phase: 'Running',
        containerStatuses: [{ state: { waiting: { reason: 'CrashLoopBackOff' } } }],
      },
    };
    expect(podHealth([pod('p', 'a', 'Running', []), pod('q', 'a', 'Pending', []), crashing])).toEqual({
      total: 3,
      phases: { Running: 2, Pending: 1 },
      notReady: 1,
      crashLooping: 1,
    });
  });
});

describe('podRequests', () => {
  it('takes the larger of the container sum and the largest init container, plus overhead', () => {
    const p = pod(
      'p',
      'a',
      'Running',
      [requests('100m', '128Mi'), requests('250m', '64Mi')],
      [requests('1', '16Mi')],
    );
    expect(podRequests(p)).toEqual({ cpu: 1, memory: 192 * 2 ** 20 });
    const withOverhead = {
      ...p,
      spec: { ...(p['spec'] as object), overhead: { cpu: '50m', memory: '1Mi' } },
    };
    expect(podRequests(withOverhead).cpu).toBeCloseTo(1.05);
  });
  it('treats missing requests as zero', () => {
    expect(podRequests(pod('p', 'a', 'Running', [{ name: 'c' }]))).toEqual({ cpu: 0, memory: 0 });
  });
});

describe('allocation', () => {
  it('sums running pods per node against allocatable, ignoring finished and unscheduled pods', () => {
    const rows = allocation(
      [node('a', true), node('b', true)],
      [
        pod('p1', 'a', 'Running', [requests('500m', '1Gi')]),
        pod('p2', 'a', 'Pending', [requests('250m', '512Mi')]),
        pod('done', 'a', 'Succeeded', [requests('4', '4Gi')]),
        pod('unscheduled', '', 'Pending', [requests('4', '4Gi')]),
      ],
    );
    expect(rows).toEqual([
      {
        node: 'a',
        requested: { cpu: 0.75, memory: 1.5 * 2 ** 30 },
        allocatable: { cpu: 8, memory: 32 * 2 ** 30 },
      },
      { node: 'b', requested: { cpu: 0, memory: 0 }, allocatable: { cpu: 8, memory: 32 * 2 ** 30 } },
    ]);
    expect(totalAllocation(rows)).toEqual({
      requested: { cpu: 0.75, memory: 1.5 * 2 ** 30 },
      allocatable: { cpu: 16, memory: 64 * 2 ** 30 },
    });
  });
});

describe('laggingWorkloads', () => {
  it('lists Deployments and DaemonSets with fewer ready than desired', () => {
    const d = (name: string, replicas: number, ready?: number): KubeObject => ({
      metadata: { name, namespace: 'ns' },
      spec: { replicas },
      status: ready === undefined ? {} : { readyReplicas: ready, updatedReplicas: ready },
    });
    expect(
      laggingWorkloads('Deployment', [d('ok', 2, 2), d('slow', 3, 1), d('none', 1)]).map((w) => [
        w.name,
        w.ready,
        w.desired,
      ]),
    ).toEqual([
      ['slow', 1, 3],
      ['none', 0, 1],
    ]);
    const ds: KubeObject = {
      metadata: { name: 'agent', namespace: 'ns' },
      status: { desiredNumberScheduled: 2, numberReady: 1 },
    };
    expect(laggingWorkloads('DaemonSet', [ds])[0]).toMatchObject({ desired: 2, ready: 1 });
  });
});

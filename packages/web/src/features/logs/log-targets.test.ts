import { describe, expect, it } from 'vitest';
import { containerUnion, containersOf, defaultContainer, isPodRef, workloadSelector } from './log-targets.ts';

const pod = {
  metadata: { name: 'web-1', annotations: {} },
  spec: {
    initContainers: [{ name: 'migrate' }],
    containers: [{ name: 'app' }, { name: 'sidecar' }],
    ephemeralContainers: [{ name: 'debugger' }],
  },
  status: { containerStatuses: [{ name: 'app', restartCount: 2 }] },
};

describe('containersOf', () => {
  it('lists init, main and ephemeral containers with their restarts', () => {
    expect(containersOf(pod)).toEqual([
      { name: 'migrate', kind: 'init', restarts: 0 },
      { name: 'app', kind: 'main', restarts: 2 },
      { name: 'sidecar', kind: 'main', restarts: 0 },
      { name: 'debugger', kind: 'ephemeral', restarts: 0 },
    ]);
  });
  it('returns nothing for something that is not a pod', () => {
    expect(containersOf({ spec: 'x' })).toEqual([]);
  });
});

describe('defaultContainer', () => {
  it('prefers the default-container annotation, else the first main container', () => {
    expect(defaultContainer(pod, containersOf(pod))).toBe('app');
    const annotated = {
      ...pod,
      metadata: { name: 'p', annotations: { 'kubectl.kubernetes.io/default-container': 'sidecar' } },
    };
    expect(defaultContainer(annotated, containersOf(annotated))).toBe('sidecar');
  });
});

describe('workloads', () => {
  it('reads the selector of a workload', () => {
    expect(workloadSelector({ spec: { selector: { matchLabels: { app: 'web' } } } })).toBe('app=web');
    expect(workloadSelector({ spec: {} })).toBeUndefined();
  });
  it('unions container names over pods, init first', () => {
    const other = { spec: { containers: [{ name: 'app' }, { name: 'extra' }] } };
    expect(containerUnion([other, pod]).map((c) => c.name)).toEqual([
      'migrate',
      'app',
      'extra',
      'sidecar',
      'debugger',
    ]);
  });
  it('recognises pod references', () => {
    const type = { group: '', version: 'v1', resource: 'pods', kind: 'Pod', namespaced: true };
    expect(isPodRef({ cluster: 'a', type, namespace: 'ns', name: 'p' })).toBe(true);
    expect(
      isPodRef({ cluster: 'a', type: { ...type, group: 'apps', resource: 'deployments' }, name: 'd' }),
    ).toBe(false);
  });
});

import type { ClusterSummary, ConfigResponse } from '@wheelhouse/api-types';
import { describe, expect, it } from 'vitest';
import { applyClusterEvent } from './cluster-events.ts';

const cluster = (name: string): ClusterSummary => ({
  name,
  source: 'dynamic',
  server: `https://${name}.example`,
  authType: 'token',
  status: { state: 'unknown' },
});
const config: ConfigResponse = {
  version: '0.1.0',
  mode: 'local',
  baseUrl: '',
  features: { dynamicClusters: true, persistClusters: true },
  clusters: [cluster('b')],
  sourceErrors: [],
};

describe('applyClusterEvent', () => {
  it('adds in name order, renames, updates status and removes', () => {
    let next = applyClusterEvent(config, { type: 'added', cluster: cluster('a') });
    expect(next.clusters.map((c) => c.name)).toEqual(['a', 'b']);
    next = applyClusterEvent(next, { type: 'renamed', from: 'a', cluster: cluster('c') });
    expect(next.clusters.map((c) => c.name)).toEqual(['b', 'c']);
    next = applyClusterEvent(next, {
      type: 'status',
      name: 'b',
      status: { state: 'reachable', version: 'v1.36.0' },
    });
    expect(next.clusters[0]?.status).toEqual({ state: 'reachable', version: 'v1.36.0' });
    next = applyClusterEvent(next, { type: 'removed', name: 'b' });
    expect(next.clusters.map((c) => c.name)).toEqual(['c']);
    expect(config.clusters.map((c) => c.name)).toEqual(['b']);
  });

  it('replaces everything on a snapshot and source errors per source', () => {
    const next = applyClusterEvent(config, {
      type: 'snapshot',
      clusters: [cluster('z'), cluster('y')],
      sourceErrors: [{ source: 'kubeconfig', message: 'old' }],
    });
    expect(next.clusters.map((c) => c.name)).toEqual(['y', 'z']);
    const errors = applyClusterEvent(next, {
      type: 'source-errors',
      source: 'kubeconfig',
      errors: [{ source: 'kubeconfig', file: '/k', message: 'new' }],
    });
    expect(errors.sourceErrors).toEqual([{ source: 'kubeconfig', file: '/k', message: 'new' }]);
  });
});

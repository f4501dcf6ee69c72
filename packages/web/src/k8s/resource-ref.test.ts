import { describe, expect, it } from 'vitest';
import { apiVersionOf, collectionPath, objectPath, type ResourceType } from './resource-ref.ts';

const deployments: ResourceType = {
  group: 'apps',
  version: 'v1',
  resource: 'deployments',
  kind: 'Deployment',
  namespaced: true,
};
const nodes: ResourceType = { group: '', version: 'v1', resource: 'nodes', kind: 'Node', namespaced: false };

describe('resource refs', () => {
  it('spells apiVersion with and without a group', () => {
    expect(apiVersionOf(deployments)).toBe('apps/v1');
    expect(apiVersionOf(nodes)).toBe('v1');
  });

  it('builds collection paths for one namespace, all namespaces and cluster-scoped types', () => {
    expect(collectionPath('dev', deployments, 'web')).toBe(
      '/clusters/dev/apis/apps/v1/namespaces/web/deployments',
    );
    expect(collectionPath('dev', deployments)).toBe('/clusters/dev/apis/apps/v1/deployments');
    expect(collectionPath('dev', nodes, 'ignored')).toBe('/clusters/dev/api/v1/nodes');
  });

  it('encodes every segment of an object path', () => {
    expect(objectPath({ cluster: 'a b', type: deployments, namespace: 'n', name: 'x/y' })).toBe(
      '/clusters/a%20b/apis/apps/v1/namespaces/n/deployments/x%2Fy',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { discover, parseAggregatedDiscovery, parseApiGroupList, parseApiResourceList } from './discovery.ts';
import type { KubeFetch } from './kube-client.ts';

const aggregatedApis = {
  kind: 'APIGroupDiscoveryList',
  apiVersion: 'apidiscovery.k8s.io/v2',
  items: [
    {
      metadata: { name: 'autoscaling' },
      versions: [
        {
          version: 'v2',
          resources: [
            {
              resource: 'horizontalpodautoscalers',
              responseKind: { group: 'autoscaling', version: 'v2', kind: 'HorizontalPodAutoscaler' },
              scope: 'Namespaced',
              singularResource: 'horizontalpodautoscaler',
              verbs: ['get', 'list', 'watch'],
              shortNames: ['hpa'],
              categories: ['all'],
              subresources: [{ subresource: 'status' }],
            },
          ],
        },
        {
          version: 'v1',
          resources: [
            {
              resource: 'horizontalpodautoscalers',
              responseKind: { kind: 'HorizontalPodAutoscaler' },
              scope: 'Namespaced',
              verbs: ['list'],
            },
          ],
        },
      ],
    },
    {
      metadata: { name: 'example.wheelhouse.dev' },
      versions: [
        {
          version: 'v1',
          resources: [
            {
              resource: 'widgets',
              responseKind: { kind: 'Widget' },
              scope: 'Cluster',
              verbs: ['list', 'watch'],
            },
            { resource: 'broken' },
          ],
        },
      ],
    },
  ],
};

const aggregatedCore = {
  kind: 'APIGroupDiscoveryList',
  items: [
    {
      metadata: {},
      versions: [
        {
          version: 'v1',
          resources: [
            {
              resource: 'pods',
              responseKind: { kind: 'Pod' },
              scope: 'Namespaced',
              verbs: ['list'],
              shortNames: ['po'],
            },
          ],
        },
      ],
    },
  ],
};

function fakeFetch(routes: Record<string, { body: unknown; type?: string; status?: number }>): KubeFetch {
  return (path) => {
    const route = routes[path];
    if (!route) return Promise.resolve(new Response('{"message":"nope"}', { status: 404 }));
    return Promise.resolve(
      new Response(JSON.stringify(route.body), {
        status: route.status ?? 200,
        headers: { 'content-type': route.type ?? 'application/json' },
      }),
    );
  };
}

describe('API discovery', () => {
  it('parses aggregated discovery, keeping the preferred (first) version of each resource', () => {
    const resources = parseAggregatedDiscovery(aggregatedApis);
    expect(resources).toEqual([
      {
        group: 'autoscaling',
        version: 'v2',
        resource: 'horizontalpodautoscalers',
        kind: 'HorizontalPodAutoscaler',
        namespaced: true,
        verbs: ['get', 'list', 'watch'],
        shortNames: ['hpa'],
        categories: ['all'],
        singular: 'horizontalpodautoscaler',
      },
      {
        group: 'example.wheelhouse.dev',
        version: 'v1',
        resource: 'widgets',
        kind: 'Widget',
        namespaced: false,
        verbs: ['list', 'watch'],
        shortNames: [],
        categories: [],
        singular: 'widget',
      },
    ]);
    expect(() => parseAggregatedDiscovery({ kind: 'APIGroupList' })).toThrow(/APIGroupDiscoveryList/);
  });

  it('parses legacy documents, skipping subresources and ordering the preferred version first', () => {
    expect(
      parseApiResourceList(
        {
          resources: [
            { name: 'pods', kind: 'Pod', namespaced: true, verbs: ['list'], singularName: 'pod' },
            { name: 'pods/log', kind: 'Pod', namespaced: true },
          ],
        },
        '',
        'v1',
      ).map((r) => `${r.resource}:${r.kind}:${String(r.namespaced)}`),
    ).toEqual(['pods:Pod:true']);
    expect(
      parseApiGroupList({
        groups: [
          {
            name: 'apps',
            versions: [{ version: 'v1beta1' }, { version: 'v1' }],
            preferredVersion: { version: 'v1' },
          },
        ],
      }),
    ).toEqual([
      { group: 'apps', version: 'v1' },
      { group: 'apps', version: 'v1beta1' },
    ]);
  });

  it('uses aggregated discovery when the server answers with it', async () => {
    const type = 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList';
    const discovery = await discover('dev', {
      fetch: fakeFetch({
        '/clusters/dev/api': { body: aggregatedCore, type },
        '/clusters/dev/apis': { body: aggregatedApis, type },
      }),
    });
    expect(discovery.source).toBe('aggregated');
    expect(discovery.resources.map((r) => r.resource)).toEqual([
      'pods',
      'horizontalpodautoscalers',
      'widgets',
    ]);
  });

  it('falls back to legacy discovery and reports group versions that fail', async () => {
    const discovery = await discover('dev', {
      fetch: fakeFetch({
        '/clusters/dev/api': { body: { kind: 'APIVersions', versions: ['v1'] } },
        '/clusters/dev/apis': {
          body: {
            kind: 'APIGroupList',
            groups: [
              { name: 'apps', versions: [{ version: 'v1' }], preferredVersion: { version: 'v1' } },
              { name: 'metrics.k8s.io', versions: [{ version: 'v1beta1' }] },
            ],
          },
        },
        '/clusters/dev/api/v1': {
          body: { resources: [{ name: 'pods', kind: 'Pod', namespaced: true, verbs: [] }] },
        },
        '/clusters/dev/apis/apps/v1': {
          body: { resources: [{ name: 'deployments', kind: 'Deployment', namespaced: true, verbs: [] }] },
        },
      }),
    });
    expect(discovery.source).toBe('legacy');
    expect(discovery.resources.map((r) => `${r.group}/${r.version}/${r.resource}`)).toEqual([
      '/v1/pods',
      'apps/v1/deployments',
    ]);
    expect(discovery.failed).toEqual([{ groupVersion: 'metrics.k8s.io/v1beta1', message: 'nope' }]);
  });
});

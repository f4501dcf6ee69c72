/** Type tests of the SDK surface (checked by tsc and by Vitest's expectTypeOf), plus definePlugin's checks. */
import type { ComponentType } from 'react';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { definePlugin, isDefinedPlugin, PLUGIN_API_VERSION } from './define-plugin.ts';
import type { DefinedPlugin } from './define-plugin.ts';
import type { ClusterProviderProps, ObjectProps, PluginEventMap, TableColumn } from './extension-points.ts';
import { useKubeList, useKubeObject, useTranslation } from './hooks.ts';
import { kindMatches } from './kube-object.ts';
import type { KubeListResult, KubeObject, KubeObjectResult } from './kube-object.ts';
import type { Disposer, ExtensionPoint, PluginContext } from './plugin-context.ts';
import type { Translate } from './plugin-host.ts';

describe('the SDK surface', () => {
  it('types definePlugin and ctx', () => {
    expectTypeOf(definePlugin).parameter(0).toHaveProperty('name').toEqualTypeOf<string>();
    expectTypeOf(definePlugin).returns.toEqualTypeOf<DefinedPlugin>();
    expectTypeOf<PluginContext['appBarActions']>().toEqualTypeOf<
      ExtensionPoint<{ readonly id: string; readonly component: ComponentType }>
    >();
    expectTypeOf<PluginContext['routes']['add']>().returns.toEqualTypeOf<Disposer>();
    expectTypeOf<PluginContext['clusterProviders']['add']>()
      .parameter(0)
      .toHaveProperty('component')
      .toEqualTypeOf<ComponentType<ClusterProviderProps>>();
    expectTypeOf<PluginContext['detailsSections']['add']>()
      .parameter(0)
      .toHaveProperty('component')
      .toEqualTypeOf<ComponentType<ObjectProps>>();
    const on = (ctx: PluginContext): void => {
      ctx.events.on('cluster-added', (event) => {
        expectTypeOf(event).toEqualTypeOf<PluginEventMap['cluster-added']>();
      });
      ctx.events.on('navigation', (event) => {
        expectTypeOf(event.cluster).toEqualTypeOf<string | undefined>();
      });
    };
    expectTypeOf(on).toBeFunction();
    expectTypeOf<TableColumn['value']>().returns.toEqualTypeOf<string | number | undefined>();
    expectTypeOf<TableColumn['sortValue']>().toEqualTypeOf<
      ((object: KubeObject) => string | number | undefined) | undefined
    >();
  });

  it('types the Kubernetes hooks and translation', () => {
    interface Pod extends KubeObject {
      readonly status?: { readonly phase?: string };
    }
    expectTypeOf(useKubeList<Pod>).returns.toEqualTypeOf<KubeListResult<Pod>>();
    expectTypeOf(useKubeObject<Pod>).returns.toEqualTypeOf<KubeObjectResult<Pod>>();
    expectTypeOf(useTranslation).returns.toEqualTypeOf<Translate>();
    // @ts-expect-error: a list needs a cluster, a version and a resource.
    useKubeList.bind(null, { version: 'v1' });
  });

  it('refuses extensions that miss required fields, at compile time', () => {
    const ctx = {} as PluginContext;
    const add = (): void => {
      // @ts-expect-error: a table column needs `value`.
      ctx.tableColumns.add({ kind: 'Pod', id: 'x', header: 'X' });
      ctx.tableColumns.add({
        kind: 'Pod',
        id: 'x',
        header: 'X',
        value: () => '',
        // @ts-expect-error: `sortValue` gives text or a number, not a Date.
        sortValue: () => new Date(),
      });
      // @ts-expect-error: events are named.
      ctx.events.on('cluster-exploded', () => undefined);
    };
    expect(typeof add).toBe('function');
  });
});

describe('definePlugin', () => {
  it('stamps the API version and is recognised by the host', () => {
    const plugin = definePlugin({ name: 'a', setup: () => undefined });
    expect(plugin.apiVersion).toBe(PLUGIN_API_VERSION);
    expect(isDefinedPlugin(plugin)).toBe(true);
    expect(isDefinedPlugin({ name: 'a' })).toBe(false);
    expect(Object.isFrozen(plugin)).toBe(true);
  });

  it('names what is missing', () => {
    expect(() => definePlugin({ name: '', setup: () => undefined })).toThrow(
      /"name" must be the non-empty name/,
    );
    expect(() => definePlugin({ name: 'x' } as never)).toThrow(
      /definePlugin\("x"\): "setup" must be a function/,
    );
    expect(() => definePlugin(null as never)).toThrow(/expects an object/);
  });
});

describe('kindMatches', () => {
  it('matches a kind in any group, or in the group given', () => {
    expect(kindMatches('Deployment', { group: 'apps', kind: 'Deployment' })).toBe(true);
    expect(kindMatches({ group: 'apps', kind: 'Deployment' }, { group: 'apps', kind: 'Deployment' })).toBe(
      true,
    );
    expect(
      kindMatches({ group: 'extensions', kind: 'Deployment' }, { group: 'apps', kind: 'Deployment' }),
    ).toBe(false);
    expect(kindMatches({ group: '', kind: 'Pod' }, { group: '', kind: 'Pod' })).toBe(true);
    expect(kindMatches('Pod', { group: '', kind: 'Service' })).toBe(false);
  });
});

import type { PluginSummary } from '@wheelhouse/api-types';
import { definePlugin } from '@wheelhouse/plugin-sdk';
import type { PluginContext } from '@wheelhouse/plugin-sdk';
import { describe, expect, it, vi } from 'vitest';
import { ExtensionRegistry } from './extension-registry.ts';
import { PluginEvents } from './plugin-events.ts';
import { PluginLoader } from './plugin-loader.ts';

function summary(name: string, overrides: Partial<PluginSummary> = {}): PluginSummary {
  return {
    name,
    version: '1.0.0',
    displayName: name,
    entryUrl: `/plugins/${name}/index.js?v=1`,
    origin: { kind: 'plugins-dir', dir: '/p', folder: name },
    enabled: true,
    errors: [],
    ...overrides,
  };
}

const Noop = () => null;

function moduleOf(name: string, setup: (ctx: PluginContext) => void | Promise<void>): unknown {
  return { plugin: definePlugin({ name, setup }) };
}

function setupLoader(modules: Record<string, () => unknown>) {
  const registry = new ExtensionRegistry();
  const events = new PluginEvents(() => undefined);
  const cleanup = vi.fn();
  const importModule = vi.fn((url: string) => {
    const make = modules[url];
    return make === undefined ? Promise.reject(new Error(`404 ${url}`)) : Promise.resolve().then(make);
  });
  const loader = new PluginLoader({
    registry,
    events,
    importModule,
    prepare: () => Promise.resolve(),
    cleanup,
    addTranslations: () => undefined,
  });
  return { registry, events, loader, importModule, cleanup };
}

describe('PluginLoader', () => {
  it('loads an enabled plugin and registers its extensions under its name', async () => {
    const { loader, registry } = setupLoader({
      '/plugins/good/index.js?v=1': () =>
        moduleOf('good', (ctx) => {
          ctx.appBarActions.add({ id: 'a', component: Noop });
        }),
    });
    await loader.sync([summary('good')]);
    expect(loader.getSnapshot().get('good')).toEqual({ state: 'loaded', renderErrors: [] });
    expect(registry.getSnapshot().appBarActions.map((e) => e.plugin)).toEqual(['good']);
  });

  it('does not import a disabled plugin, and drops the extensions of one turned off', async () => {
    const { loader, registry, importModule, cleanup } = setupLoader({
      '/plugins/good/index.js?v=1': () =>
        moduleOf('good', (ctx) => {
          ctx.detailsSections.add({ kind: 'Pod', id: 's', title: 'S', component: Noop });
        }),
    });
    await loader.sync([summary('off', { enabled: false })]);
    expect(importModule).not.toHaveBeenCalled();
    expect(loader.getSnapshot().get('off')).toEqual({ state: 'disabled' });
    await loader.sync([summary('good')]);
    expect(registry.getSnapshot().detailsSections).toHaveLength(1);
    await loader.sync([summary('good', { enabled: false })]);
    expect(registry.getSnapshot().detailsSections).toHaveLength(0);
    expect(cleanup).toHaveBeenCalledWith('good');
    expect(loader.getSnapshot().get('good')).toEqual({ state: 'disabled' });
  });

  it('marks a plugin with server errors unavailable without importing it', async () => {
    const { loader, importModule } = setupLoader({});
    await loader.sync([summary('broken', { entryUrl: undefined, errors: [{ message: 'no entry' }] })]);
    expect(importModule).not.toHaveBeenCalled();
    expect(loader.getSnapshot().get('broken')).toEqual({ state: 'unavailable' });
  });

  it('isolates a plugin whose import fails, whose module exports no plugin, or names another plugin', async () => {
    const { loader, registry } = setupLoader({
      '/plugins/throws/index.js?v=1': () => {
        throw new SyntaxError('Unexpected token');
      },
      '/plugins/bad/index.js?v=1': () => ({ something: 1 }),
      '/plugins/liar/index.js?v=1': () => moduleOf('other', () => undefined),
      '/plugins/good/index.js?v=1': () =>
        moduleOf('good', (ctx) => {
          ctx.appBarActions.add({ id: 'a', component: Noop });
        }),
    });
    await loader.sync([
      summary('missing'),
      summary('throws'),
      summary('bad'),
      summary('liar'),
      summary('good'),
    ]);
    const statuses = loader.getSnapshot();
    const failure = (name: string): string => {
      const status = statuses.get(name);
      return status?.state === 'failed' ? `${status.phase}: ${status.message}` : String(status?.state);
    };
    expect(failure('missing')).toMatch(/^import: could not load .*404/);
    expect(failure('throws')).toMatch(/^import: .*Unexpected token/);
    expect(failure('bad')).toMatch(/^export: .*export const plugin/);
    expect(failure('liar')).toMatch(/^export: definePlugin names "other"/);
    expect(statuses.get('good')).toMatchObject({ state: 'loaded' });
    expect(registry.getSnapshot().appBarActions).toHaveLength(1);
  });

  it('undoes what a plugin registered before its setup threw', async () => {
    const { loader, registry } = setupLoader({
      '/plugins/half/index.js?v=1': () =>
        moduleOf('half', async (ctx) => {
          ctx.appBarActions.add({ id: 'a', component: Noop });
          await Promise.resolve();
          throw new Error('boom');
        }),
    });
    await loader.sync([summary('half')]);
    expect(loader.getSnapshot().get('half')).toEqual({
      state: 'failed',
      phase: 'setup',
      message: 'setup failed: boom',
    });
    expect(registry.getSnapshot().appBarActions).toHaveLength(0);
  });

  it('names a bad registration', async () => {
    const { loader } = setupLoader({
      '/plugins/sloppy/index.js?v=1': () =>
        moduleOf('sloppy', (ctx) => {
          ctx.tableColumns.add({ kind: 'Pod', id: 'x' } as never);
        }),
    });
    await loader.sync([summary('sloppy')]);
    expect(loader.getSnapshot().get('sloppy')).toMatchObject({
      message: 'setup failed: ctx.tableColumns.add: missing "header", "value"',
    });
  });

  it('reloads a plugin whose entry URL changed, and forgets removed ones', async () => {
    const { loader, registry, importModule } = setupLoader({
      '/plugins/p/index.js?v=1': () =>
        moduleOf('p', (ctx) => {
          ctx.appBarActions.add({ id: 'v1', component: Noop });
        }),
      '/plugins/p/index.js?v=2': () =>
        moduleOf('p', (ctx) => {
          ctx.appBarActions.add({ id: 'v2', component: Noop });
        }),
    });
    await loader.sync([summary('p')]);
    await loader.sync([summary('p')]);
    expect(importModule).toHaveBeenCalledTimes(1);
    await loader.sync([summary('p', { entryUrl: '/plugins/p/index.js?v=2' })]);
    expect(registry.getSnapshot().appBarActions.map((e) => e.value.id)).toEqual(['v2']);
    await loader.sync([]);
    expect(registry.getSnapshot().appBarActions).toHaveLength(0);
    expect(loader.getSnapshot().size).toBe(0);
  });

  it('keeps render errors that happen while setup still runs', async () => {
    const holder: { loader?: PluginLoader } = {};
    const { loader } = setupLoader({
      '/plugins/p/index.js?v=1': () =>
        moduleOf('p', () => {
          holder.loader?.reportRenderError('p', 'early');
        }),
    });
    holder.loader = loader;
    await loader.sync([summary('p')]);
    expect(loader.getSnapshot().get('p')).toEqual({ state: 'loaded', renderErrors: ['early'] });
  });

  it('records render errors of loaded plugins once each', async () => {
    const { loader } = setupLoader({ '/plugins/p/index.js?v=1': () => moduleOf('p', () => undefined) });
    await loader.sync([summary('p')]);
    loader.reportRenderError('p', 'x is undefined');
    loader.reportRenderError('p', 'x is undefined');
    expect(loader.getSnapshot().get('p')).toEqual({ state: 'loaded', renderErrors: ['x is undefined'] });
  });
});

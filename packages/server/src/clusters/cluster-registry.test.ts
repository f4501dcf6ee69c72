import { describe, expect, it } from 'vitest';
import { ConflictError, InputError, NotFoundError } from '../http/errors.ts';
import { REACHABLE, fakeCluster } from '../testing/test-config.ts';
import { ClusterRegistry } from './cluster-registry.ts';
import type { RegistryEvent } from './cluster-registry.ts';

function recording(registry: ClusterRegistry): string[] {
  const seen: string[] = [];
  registry.subscribe((event: RegistryEvent) => {
    if (event.type === 'renamed') seen.push(`renamed:${event.from}->${event.cluster.name}`);
    else if (event.type === 'status') seen.push(`status:${event.name}:${event.status.state}`);
    else if (event.type === 'source-errors')
      seen.push(`source-errors:${event.source}:${event.errors.length}`);
    else seen.push(`${event.type}:${event.cluster.name}`);
  });
  return seen;
}

describe('ClusterRegistry', () => {
  it('replaces a source atomically and reports only real changes', () => {
    const registry = new ClusterRegistry();
    const events = recording(registry);
    const a = fakeCluster('a');
    const b = fakeCluster('b');
    registry.replaceSource('kubeconfig', [b, a]);
    expect(registry.list().map((c) => c.name)).toEqual(['a', 'b']);
    const a2 = fakeCluster('a', { namespace: 'x' });
    registry.replaceSource('kubeconfig', [a2, b]);
    registry.replaceSource('kubeconfig', [a2]);
    expect(events).toEqual(['added:b', 'added:a', 'updated:a', 'removed:b']);
    expect(registry.get('a')).toBe(a2);
  });

  it('lets listeners see the whole new state when events fire', () => {
    const registry = new ClusterRegistry();
    const sizes: number[] = [];
    registry.subscribe(() => sizes.push(registry.list().length));
    registry.replaceSource('kubeconfig', [fakeCluster('a'), fakeCluster('b')]);
    expect(sizes).toEqual([2, 2]);
  });

  it('never lets one source take a name another source holds, and says so', () => {
    const registry = new ClusterRegistry();
    registry.add('dynamic', [fakeCluster('prod')]);
    const events = recording(registry);
    const mine = fakeCluster('prod');
    registry.replaceSource('kubeconfig', [mine, fakeCluster('dev'), fakeCluster('Bad Name')]);
    expect(registry.sourceOf('prod')).toBe('dynamic');
    expect(registry.get('prod')).not.toBe(mine);
    expect(registry.sourceErrors()).toEqual([
      { source: 'kubeconfig', message: 'cluster name "prod" is already used by source "dynamic"' },
      { source: 'kubeconfig', message: 'invalid cluster name "Bad Name"' },
    ]);
    expect(events).toEqual(['added:dev', 'source-errors:kubeconfig:2']);
  });

  it('keeps per-source errors and clears them on a clean load', () => {
    const registry = new ClusterRegistry();
    registry.replaceSource(
      'kubeconfig',
      [],
      [{ source: 'kubeconfig', file: '/k', message: 'file not found' }],
    );
    registry.replaceSource('in-cluster', [], [{ source: 'in-cluster', message: 'not in a pod' }]);
    expect(registry.sourceErrors()).toHaveLength(2);
    registry.replaceSource('kubeconfig', []);
    expect(registry.sourceErrors()).toEqual([{ source: 'in-cluster', message: 'not in a pod' }]);
  });

  it('adds batches all or nothing', () => {
    const registry = new ClusterRegistry();
    registry.add('dynamic', [fakeCluster('a')]);
    expect(() => {
      registry.add('dynamic', [fakeCluster('b'), fakeCluster('a')]);
    }).toThrow(ConflictError);
    expect(() => {
      registry.add('dynamic', [fakeCluster('c'), fakeCluster('c')]);
    }).toThrow(ConflictError);
    expect(() => {
      registry.add('dynamic', [fakeCluster('d'), fakeCluster('-bad')]);
    }).toThrow(InputError);
    expect(registry.list().map((c) => c.name)).toEqual(['a']);
    try {
      registry.add('dynamic', [fakeCluster('a')]);
    } catch (error) {
      expect(error).toMatchObject({ status: 409, field: 'name' });
    }
  });

  it('renames keeping source, credentials and status, and removes', () => {
    const registry = new ClusterRegistry();
    const a = fakeCluster('a');
    registry.add('dynamic', [a, fakeCluster('b')]);
    registry.setStatus(a, REACHABLE);
    const events = recording(registry);
    const renamed = registry.rename('a', 'alpha');
    expect(renamed).toMatchObject({ name: 'alpha', credentials: a.credentials });
    expect(registry.status('alpha')).toBe(REACHABLE);
    expect(registry.sourceOf('alpha')).toBe('dynamic');
    expect(() => registry.rename('alpha', 'b')).toThrow(ConflictError);
    expect(() => registry.rename('nope', 'x')).toThrow(NotFoundError);
    expect(() => registry.rename('alpha', 'NOT OK')).toThrow(InputError);
    registry.remove('b');
    expect(() => registry.remove('b')).toThrow(NotFoundError);
    expect(events).toEqual(['renamed:a->alpha', 'removed:b']);
  });

  it('records statuses only for the current cluster object', () => {
    const registry = new ClusterRegistry();
    const old = fakeCluster('a');
    registry.replaceSource('kubeconfig', [old]);
    const events = recording(registry);
    registry.replaceSource('kubeconfig', [fakeCluster('a')]);
    registry.setStatus(old, REACHABLE);
    expect(registry.status('a')).toEqual({ state: 'unknown' });
    const current = registry.get('a');
    if (current === undefined) throw new Error('missing');
    registry.setStatus(current, REACHABLE);
    registry.setStatus(current, { ...REACHABLE, checkedAt: 'later' });
    expect(events).toEqual(['updated:a', 'status:a:reachable']);
  });

  it('is ready once every declared source has loaded', () => {
    const registry = new ClusterRegistry();
    registry.declareSource('kubeconfig');
    registry.declareSource('in-cluster');
    expect(registry.isReady()).toBe(false);
    registry.replaceSource('kubeconfig', []);
    expect(registry.isReady()).toBe(false);
    registry.markLoaded('in-cluster');
    expect(registry.isReady()).toBe(true);
  });

  it('keeps delivering when a listener throws', () => {
    const errors: unknown[] = [];
    const registry = new ClusterRegistry({ onListenerError: (error) => errors.push(error) });
    registry.subscribe(() => {
      throw new Error('boom');
    });
    const seen = recording(registry);
    registry.add('dynamic', [fakeCluster('a')]);
    expect(seen).toEqual(['added:a']);
    expect(errors).toHaveLength(1);
  });
});

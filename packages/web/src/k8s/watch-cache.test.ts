import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ResourceType } from './resource-ref.ts';
import { WatchCache, watchKey } from './watch-cache.ts';
import type { runWatch, WatchTarget } from './watch-connection.ts';

const pods: ResourceType = { group: '', version: 'v1', resource: 'pods', kind: 'Pod', namespaced: true };
const target = (namespace?: string): WatchTarget => ({
  cluster: 'dev',
  type: pods,
  namespace,
  format: 'table',
});

type Dispatch = Parameters<typeof runWatch>[1];

function setup() {
  const runs: { target: WatchTarget; dispatch: Dispatch; signal: AbortSignal }[] = [];
  const flushes: (() => void)[] = [];
  const cache = new WatchCache({
    lingerMs: 100,
    schedule: (flush) => flushes.push(flush),
    run: (t, dispatch, signal) => {
      runs.push({ target: t, dispatch, signal });
      return Promise.resolve();
    },
  });
  const frame = () => {
    for (const flush of flushes.splice(0)) flush();
  };
  return { cache, runs, frame };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('watch cache', () => {
  it('shares one upstream watch per (cluster, resource, namespace) and stops it after the last release', () => {
    vi.useFakeTimers();
    const { cache, runs } = setup();
    const a = cache.acquire(target('shop'));
    const b = cache.acquire(target('shop'));
    const c = cache.acquire(target());
    expect(runs).toHaveLength(2);
    expect(a.store).toBe(b.store);
    expect(watchKey(target('shop'))).not.toBe(watchKey(target()));
    a.release();
    a.release(); // a second release of the same handle is ignored
    b.release();
    expect(runs[0]?.signal.aborted).toBe(false);
    // Re-acquired within the linger time: the same watch continues.
    const again = cache.acquire(target('shop'));
    vi.advanceTimersByTime(200);
    expect(runs[0]?.signal.aborted).toBe(false);
    again.release();
    vi.advanceTimersByTime(200);
    expect(runs[0]?.signal.aborted).toBe(true);
    expect(cache.size).toBe(1);
    c.release();
    vi.advanceTimersByTime(200);
    expect(cache.size).toBe(0);
  });

  it('applies a burst of events in one batch per frame and notifies once', () => {
    const { cache, runs, frame } = setup();
    const { store } = cache.acquire(target('shop'));
    const listener = vi.fn();
    store.subscribe(listener);
    const dispatch = runs[0]?.dispatch ?? (() => undefined);
    dispatch({ type: 'page', items: [], resourceVersion: '1', reset: true, last: true });
    for (let i = 0; i < 500; i += 1)
      dispatch({
        type: 'ADDED',
        item: { metadata: { name: `p${String(i)}`, uid: String(i), resourceVersion: String(i + 2) } },
      });
    expect(listener).not.toHaveBeenCalled();
    frame();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getState().items.size).toBe(500);
    expect(store.getState().resourceVersion).toBe('501');
  });
});

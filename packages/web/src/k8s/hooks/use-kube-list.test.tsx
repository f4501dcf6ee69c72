import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { ResourceType } from '../resource-ref.ts';
import type { TableRow } from '../table.ts';
import { WatchCache } from '../watch-cache.ts';
import type { runWatch } from '../watch-connection.ts';
import { useKubeList } from './use-kube-list.ts';
import { WatchCacheContext } from './use-watch.ts';

const pods: ResourceType = { group: '', version: 'v1', resource: 'pods', kind: 'Pod', namespaced: true };
const row = (name: string, restarts: number): TableRow => ({
  cells: [name, restarts],
  metadata: { name, namespace: 'shop', uid: name, resourceVersion: String(restarts) },
});
const clusters = ['dev'];
const namespaces = ['shop'];

describe('useKubeList', () => {
  it('keeps the same rows array while no item changed (the watch starting, a bookmark)', () => {
    const dispatches: Parameters<typeof runWatch>[1][] = [];
    const cache = new WatchCache({
      schedule: (flush) => {
        flush();
      },
      run: (_target, dispatch) => {
        dispatches.push(dispatch);
        return Promise.resolve();
      },
    });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <WatchCacheContext value={cache}>{children}</WatchCacheContext>
    );
    const { result } = renderHook(() => useKubeList(clusters, pods, namespaces), { wrapper });
    const dispatch = dispatches[0];
    if (!dispatch) throw new Error('no watch started');
    act(() => {
      dispatch({
        type: 'page',
        items: [row('a', 0), row('b', 0)],
        resourceVersion: '1',
        reset: true,
        last: true,
      });
    });
    const listed = result.current.rows;
    expect(listed.map((r) => r.row.metadata.name)).toEqual(['a', 'b']);
    act(() => {
      dispatch({ type: 'watching' });
      dispatch({ type: 'BOOKMARK', resourceVersion: '5' });
    });
    expect(result.current.rows).toBe(listed);
    act(() => {
      dispatch({ type: 'MODIFIED', item: row('b', 1) });
    });
    expect(result.current.rows).not.toBe(listed);
    expect(result.current.rows[0]).toBe(listed[0]);
    expect(result.current.rows[1]?.row.cells).toEqual(['b', 1]);
    cache.closeAll();
  });
});

import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error.ts';
import { initialWatchState, reduceWatch, type WatchAction, type WatchItem } from './watch-state.ts';

const item = (name: string, rv: string, uid = name): WatchItem => ({
  metadata: { name, uid, resourceVersion: rv },
});
const page = (
  items: WatchItem[],
  rv: string,
  reset: boolean,
  last: boolean,
): Extract<WatchAction<WatchItem>, { type: 'page' }> => ({
  type: 'page',
  items,
  resourceVersion: rv,
  reset,
  last,
});

describe('watch state reducer', () => {
  it('streams list pages, then applies events in order, once per batch', () => {
    let state = reduceWatch(initialWatchState(), [page([item('a', '1')], '10', true, false)]);
    expect(state).toMatchObject({ phase: 'ready', paging: true, resourceVersion: '' });
    state = reduceWatch(state, [page([item('b', '2')], '10', false, true)]);
    expect(state).toMatchObject({ phase: 'ready', paging: false, resourceVersion: '10' });
    expect([...state.items.keys()]).toEqual(['a', 'b']);
    const before = state.items;
    state = reduceWatch(state, [
      { type: 'ADDED', item: item('c', '11') },
      { type: 'MODIFIED', item: item('a', '12') },
      { type: 'DELETED', item: item('b', '13') },
    ]);
    expect([...state.items.keys()]).toEqual(['a', 'c']);
    expect(state.items.get('a')?.metadata.resourceVersion).toBe('12');
    expect(state.resourceVersion).toBe('13');
    // The previous map is untouched (immutable updates), and an empty batch changes nothing.
    expect([...before.keys()]).toEqual(['a', 'b']);
    expect(reduceWatch(state, [])).toBe(state);
  });

  it('moves the resume point on bookmarks without touching items', () => {
    const listed = reduceWatch(initialWatchState(), [page([item('a', '1')], '10', true, true)]);
    const state = reduceWatch(listed, [{ type: 'BOOKMARK', resourceVersion: '99' }]);
    expect(state.resourceVersion).toBe('99');
    expect(state.items).toBe(listed.items);
  });

  it('on 410 Gone keeps the items until the relist replaces them all', () => {
    let state = reduceWatch(initialWatchState(), [page([item('a', '1'), item('b', '2')], '10', true, true)]);
    state = reduceWatch(state, [{ type: 'gone' }]);
    expect(state.resourceVersion).toBe('');
    expect(state.items.size).toBe(2);
    state = reduceWatch(state, [page([item('b', '20'), item('c', '21')], '30', true, true)]);
    expect([...state.items.keys()]).toEqual(['b', 'c']);
    expect(state.resourceVersion).toBe('30');
  });

  it('separates terminal failures (nothing to show) from reconnects (items stay)', () => {
    const forbidden = new ApiError('pods is forbidden', { status: 403 });
    expect(
      reduceWatch(initialWatchState(), [{ type: 'failed', error: forbidden, terminal: true }]),
    ).toMatchObject({
      phase: 'error',
      error: forbidden,
    });
    const listed = reduceWatch(initialWatchState(), [page([item('a', '1')], '10', true, true)]);
    const broken = reduceWatch(listed, [
      { type: 'failed', error: new ApiError('reset', { status: 0 }), terminal: false },
    ]);
    expect(broken).toMatchObject({ phase: 'ready', reconnecting: true });
    expect(broken.items.size).toBe(1);
    expect(reduceWatch(broken, [{ type: 'watching' }])).toMatchObject({
      reconnecting: false,
      error: undefined,
    });
  });

  it('is polling from the lack of a watch connection until a watch follows the collection', () => {
    const listed = reduceWatch(initialWatchState(), [page([item('a', '1')], '10', true, true)]);
    expect(listed.polling).toBe(false);
    const polling = reduceWatch(listed, [{ type: 'polling' }, page([item('a', '2')], '11', true, true)]);
    expect(polling).toMatchObject({ phase: 'ready', polling: true });
    expect(reduceWatch(polling, [{ type: 'watching' }]).polling).toBe(false);
  });

  it('keeps Table columns unless an event brings new ones', () => {
    const columns = [{ name: 'Name', type: 'string', format: 'name', description: '', priority: 0 }];
    let state = reduceWatch(initialWatchState(), [{ ...page([], '1', true, true), columns }]);
    state = reduceWatch(state, [{ type: 'ADDED', item: item('a', '2'), columns: [] }]);
    expect(state.columns).toBe(columns);
  });
});

import { describe, expect, it } from 'vitest';
import type { ListRow } from '../../k8s/list-rows.ts';
import type { ResourceType } from '../../k8s/resource-ref.ts';
import {
  emptySelection,
  keepShown,
  rowObjectRef,
  selectAllState,
  selectRange,
  toggleAll,
  toggleRow,
  type RowSelection,
} from './row-selection.ts';

const order = ['a', 'b', 'c', 'd', 'e'];
const keys = (selection: RowSelection) => [...selection.keys].sort();

describe('row selection', () => {
  it('toggles one row and remembers it as the anchor', () => {
    const one = toggleRow(emptySelection, 'b');
    expect(keys(one)).toEqual(['b']);
    expect(one.anchor).toBe('b');
    const none = toggleRow(one, 'b');
    expect(keys(none)).toEqual([]);
    expect(none.anchor).toBe('b');
  });

  it('selects a Shift-click range from the anchor in the shown order, either direction', () => {
    const down = selectRange(toggleRow(emptySelection, 'b'), order, 'd');
    expect(keys(down)).toEqual(['b', 'c', 'd']);
    expect(down.anchor).toBe('d');
    const up = selectRange(toggleRow(emptySelection, 'e'), order, 'c');
    expect(keys(up)).toEqual(['c', 'd', 'e']);
  });

  it('unselects a range when the clicked row was selected, and toggles alone without an anchor', () => {
    const all = toggleAll(emptySelection, order);
    const anchored = toggleRow(all, 'a'); // a off, anchor a
    const cleared = selectRange(anchored, order, 'c'); // c was selected: a..c become unselected
    expect(keys(cleared)).toEqual(['d', 'e']);
    expect(keys(selectRange(emptySelection, order, 'c'))).toEqual(['c']);
    // An anchor that is no longer shown starts no range either.
    expect(keys(selectRange({ keys: new Set(), anchor: 'gone' }, order, 'c'))).toEqual(['c']);
  });

  it('selects every shown row, or clears when all are selected; says none, some or all', () => {
    const all = toggleAll(toggleRow(emptySelection, 'a'), order);
    expect(keys(all)).toEqual(order);
    expect(selectAllState(all, order.length)).toBe('all');
    expect(selectAllState(toggleRow(all, 'c'), order.length)).toBe('some');
    expect(selectAllState(emptySelection, order.length)).toBe('none');
    expect(toggleAll(all, order)).toBe(emptySelection);
    expect(keys(toggleAll(emptySelection, []))).toEqual([]);
  });

  it('drops rows (and the anchor) that are no longer shown, keeping the same value otherwise', () => {
    const selection = selectRange(toggleRow(emptySelection, 'a'), order, 'c');
    expect(keepShown(selection, new Set(order))).toBe(selection);
    const kept = keepShown(selection, new Set(['b', 'd']));
    expect(keys(kept)).toEqual(['b']);
    expect(kept.anchor).toBeUndefined();
  });

  it('names the object of a row, with its namespace only for namespaced types', () => {
    const row: ListRow = {
      key: 'dev/uid-1',
      cluster: 'dev',
      row: { cells: [], metadata: { name: 'web', namespace: 'shop' } },
    };
    const pods: ResourceType = { group: '', version: 'v1', resource: 'pods', kind: 'Pod', namespaced: true };
    expect(rowObjectRef(row, pods)).toEqual({ cluster: 'dev', type: pods, namespace: 'shop', name: 'web' });
    const nodes: ResourceType = { ...pods, resource: 'nodes', kind: 'Node', namespaced: false };
    expect(rowObjectRef(row, nodes)).toEqual({ cluster: 'dev', type: nodes, name: 'web' });
  });
});

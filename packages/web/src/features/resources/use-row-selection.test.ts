import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ListRow } from '../../k8s/list-rows.ts';
import { useRowSelection } from './use-row-selection.ts';

const row = (name: string): ListRow => ({
  key: `dev/${name}`,
  cluster: 'dev',
  row: { cells: [name], metadata: { name, namespace: 'shop' } },
});
const [a, b, c, d] = ['a', 'b', 'c', 'd'].map(row) as [ListRow, ListRow, ListRow, ListRow];
const names = (rows: readonly ListRow[]) => rows.map((r) => r.row.metadata.name);

describe('useRowSelection', () => {
  it('selects rows and ranges in the shown order, and all shown rows', () => {
    const { result } = renderHook(() => useRowSelection([a, b, c, d], 'scope'));
    act(() => {
      result.current.toggle('dev/b', false);
    });
    act(() => {
      result.current.toggle('dev/d', true);
    });
    expect(names(result.current.selectedRows)).toEqual(['b', 'c', 'd']);
    expect(result.current.selectAll).toBe('some');
    expect(result.current.isSelected('dev/a')).toBe(false);
    act(() => {
      result.current.toggleAll();
    });
    expect(result.current.selectAll).toBe('all');
    act(() => {
      result.current.clear();
    });
    expect(result.current.selectedRows).toEqual([]);
  });

  it('drops rows that disappear, and does not bring them back when they reappear', () => {
    const { result, rerender } = renderHook(({ rows }) => useRowSelection(rows, 'scope'), {
      initialProps: { rows: [a, b, c] },
    });
    act(() => {
      result.current.toggleAll();
    });
    rerender({ rows: [a, c] });
    expect(names(result.current.selectedRows)).toEqual(['a', 'c']);
    act(() => {
      result.current.toggle('dev/a', false);
    });
    rerender({ rows: [a, b, c] });
    expect(names(result.current.selectedRows)).toEqual(['c']);
  });

  it('clears the selection when the scope (filter, namespaces, clusters) changes', () => {
    const { result, rerender } = renderHook(({ scope }) => useRowSelection([a, b], scope), {
      initialProps: { scope: 'q=' },
    });
    act(() => {
      result.current.toggle('dev/a', false);
    });
    expect(names(result.current.selectedRows)).toEqual(['a']);
    rerender({ scope: 'q=web' });
    expect(result.current.selectedRows).toEqual([]);
    expect(result.current.selectAll).toBe('none');
    // Back to the first filter: the old selection stays cleared.
    rerender({ scope: 'q=' });
    expect(result.current.selectedRows).toEqual([]);
  });

  it('keeps its callbacks and empty selection when new rows arrive, and acts on the latest rows', () => {
    const { result, rerender } = renderHook(({ rows }) => useRowSelection(rows, 'scope'), {
      initialProps: { rows: [a, b] },
    });
    const first = result.current;
    rerender({ rows: [a, b, c] });
    expect(result.current.toggle).toBe(first.toggle);
    expect(result.current.toggleAll).toBe(first.toggleAll);
    expect(result.current.clear).toBe(first.clear);
    expect(result.current.selectedRows).toBe(first.selectedRows);
    act(() => {
      first.toggle('dev/a', false);
    });
    act(() => {
      first.toggle('dev/c', true);
    });
    expect(names(result.current.selectedRows)).toEqual(['a', 'b', 'c']);
  });
});

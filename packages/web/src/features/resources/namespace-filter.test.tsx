import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WatchCacheContext } from '../../k8s/hooks/use-watch.ts';
import type { TableRow } from '../../k8s/table.ts';
import { WatchCache } from '../../k8s/watch-cache.ts';
import type { runWatch } from '../../k8s/watch-connection.ts';
import { NamespaceFilter } from './namespace-filter.tsx';

const namespace = (name: string): TableRow => ({
  cells: [name],
  metadata: { name, uid: name, resourceVersion: '1' },
});

describe('NamespaceFilter', () => {
  it('loads the namespace list when first focused, not with the page', () => {
    const watches: { resource: string; dispatch: Parameters<typeof runWatch>[1] }[] = [];
    const cache = new WatchCache({
      schedule: (flush) => {
        flush();
      },
      run: (target, dispatch) => {
        watches.push({ resource: target.type.resource, dispatch });
        return Promise.resolve();
      },
    });
    render(
      <WatchCacheContext value={cache}>
        <NamespaceFilter clusters={['dev']} value={[]} onChange={() => undefined} />
      </WatchCacheContext>,
    );
    const field = screen.getByRole('combobox', { name: 'Namespaces' });
    expect(watches).toEqual([]);
    act(() => {
      fireEvent.focus(field);
    });
    expect(watches.map((watch) => watch.resource)).toEqual(['namespaces']);
    act(() => {
      watches[0]?.dispatch({
        type: 'page',
        items: [namespace('shop'), namespace('default')],
        resourceVersion: '1',
        reset: true,
        last: true,
      });
    });
    act(() => {
      fireEvent.mouseDown(field);
    });
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['default', 'shop']);
    cache.closeAll();
  });
});

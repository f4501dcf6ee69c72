import { fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listColumns, type ListRow } from '../../k8s/list-rows.ts';
import type { ResourceType } from '../../k8s/resource-ref.ts';
import { pluginRuntime } from '../../plugins/plugin-runtime.ts';
import { renderWithApp } from '../../test/render.tsx';
import { ResourceTable } from './resource-table.tsx';
import { useRowSelection } from './use-row-selection.ts';

const pods: ResourceType = { group: '', version: 'v1', resource: 'pods', kind: 'Pod', namespaced: true };
const columns = listColumns(
  [
    { name: 'Name', type: 'string', format: 'name', description: '', priority: 0 },
    { name: 'Status', type: 'string', format: '', description: '', priority: 0 },
  ],
  {},
);
const rows: ListRow[] = ['web-1', 'web-2', 'web-3', 'web-4'].map((name, index) => ({
  key: `dev/uid-${String(index)}`,
  cluster: 'dev',
  row: {
    cells: [name, 'Running'],
    metadata: { name, namespace: 'shop', labels: { tier: `t${String(4 - index)}` } },
  },
}));

function Harness(props: {
  readonly onSort?: (column: string) => void;
  readonly sort?: { column: string; descending: boolean };
}) {
  const selection = useRowSelection(rows, 'scope');
  return (
    <>
      <output data-testid="selected">
        {selection.selectedRows.map((row) => row.row.metadata.name).join(',')}
      </output>
      <ResourceTable
        label="Pods list"
        type={pods}
        rows={rows}
        columns={columns}
        sort={props.sort}
        onSort={props.onSort ?? (() => undefined)}
        now={0}
        sortLabel={(column) => `Sort by ${column}`}
        selection={selection}
      />
    </>
  );
}

const selected = () => screen.getByTestId('selected').textContent;
const box = (name: string) => screen.getByRole('checkbox', { name: `Select ${name}` });

beforeEach(() => {
  // The table is virtualized: give it a size so its rows render in happy-dom.
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1000);
});

afterEach(() => {
  vi.restoreAllMocks();
  pluginRuntime.registry.removePlugin('table-column');
});

describe('ResourceTable selection', () => {
  it('selects a row, a Shift-click range and all rows, each checkbox named after its row', async () => {
    renderWithApp(<Harness />);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Select web-1' }));
    expect(selected()).toBe('web-1');
    fireEvent.click(box('web-3'), { shiftKey: true });
    expect(selected()).toBe('web-1,web-2,web-3');
    expect((box('web-2') as HTMLInputElement).checked).toBe(true);
    const all = screen.getByRole('checkbox', { name: 'Select all rows' });
    expect(all.getAttribute('data-indeterminate')).toBe('true');
    fireEvent.click(all);
    expect(selected()).toBe('web-1,web-2,web-3,web-4');
    fireEvent.click(all);
    expect(selected()).toBe('');
    expect(screen.getAllByTestId('select-row')).toHaveLength(4);
  });

  it('works from the keyboard: Shift+Space for a range, Up and Down between rows, Escape clears', async () => {
    renderWithApp(<Harness />);
    const first = await screen.findByRole('checkbox', { name: 'Select web-1' });
    first.focus();
    fireEvent.click(first);
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(box('web-2'));
    fireEvent.keyDown(box('web-2'), { key: 'ArrowDown' });
    const third = box('web-3');
    expect(document.activeElement).toBe(third);
    // Shift held on the keyboard, then the click Space makes (which may not carry the Shift state).
    fireEvent.keyDown(third, { key: 'Shift', shiftKey: true });
    fireEvent.click(third);
    fireEvent.keyUp(third, { key: 'Shift', shiftKey: false });
    expect(selected()).toBe('web-1,web-2,web-3');
    fireEvent.keyDown(third, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(box('web-2'));
    fireEvent.keyDown(screen.getByRole('table', { name: 'Pods list' }), { key: 'Escape' });
    expect(selected()).toBe('');
  });
});

describe('ResourceTable plugin columns', () => {
  it('have sortable headers with their sort state, by PLUGIN.ID', async () => {
    pluginRuntime.registry.add('tableColumns', 'table-column', {
      kind: 'Pod',
      id: 'tier',
      header: 'Tier',
      value: (object) => object.metadata.labels?.['tier'],
    });
    const onSort = vi.fn();
    renderWithApp(<Harness onSort={onSort} sort={{ column: 'table-column.tier', descending: true }} />);
    const sortByTier = await screen.findByRole('button', { name: 'Sort by Tier' });
    const headerOf = (button: HTMLElement) => button.closest('[role="columnheader"]');
    expect(headerOf(sortByTier)?.getAttribute('aria-sort')).toBe('descending');
    expect(screen.getByRole('columnheader', { name: 'Tier' })).toBe(headerOf(sortByTier));
    const sortByName = screen.getByRole('button', { name: 'Sort by Name' });
    expect(headerOf(sortByName)?.getAttribute('aria-sort')).toBe('none');
    fireEvent.click(sortByTier);
    expect(onSort).toHaveBeenCalledWith('table-column.tier');
    expect(screen.getAllByRole('cell').map((cell) => cell.textContent)).toContain('t4');
  });
});

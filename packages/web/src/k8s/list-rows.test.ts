import { describe, expect, it } from 'vitest';
import { parseLabelSelector } from './label-selector.ts';
import {
  cellText,
  columnId,
  defaultOrder,
  filterRows,
  listColumns,
  sortRows,
  sortRowsBy,
  type ListRow,
} from './list-rows.ts';
import { parseTablePage, type TableColumn } from './table.ts';

const column = (name: string, extra: Partial<TableColumn> = {}): TableColumn => ({
  name,
  type: 'string',
  format: '',
  description: '',
  priority: 0,
  ...extra,
});
const columns = [
  column('Name', { format: 'name' }),
  column('Ready'),
  column('Status'),
  column('Restarts', { type: 'integer' }),
  column('Age', { description: 'CreationTimestamp is a timestamp…' }),
  column('Node', { priority: 1 }),
];

function row(name: string, namespace: string, cells: unknown[], created: string, labels = {}): ListRow {
  return {
    key: `${namespace}/${name}`,
    cluster: 'dev',
    row: { cells, metadata: { name, namespace, creationTimestamp: created, labels } },
  };
}

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('missing test fixture');
  return value;
}

const rows = [
  row('web-10', 'shop', ['web-10', '1/1', 'Running', 10, '5m', 'node-a'], '2026-12-02T11:00:00Z', {
    app: 'web',
  }),
  row('web-9', 'shop', ['web-9', '0/1', 'CrashLoopBackOff', 2, '5m', 'node-b'], '2026-12-02T11:30:00Z', {
    app: 'web',
  }),
  row('db-0', 'data', ['db-0', '1/1', 'Running', 0, '5m', 'node-a'], '2026-12-02T10:00:00Z', { app: 'db' }),
];

describe('list columns', () => {
  it('puts Name first, then Namespace and Cluster when asked, then the rest; wide columns are marked', () => {
    const list = listColumns(columns, { namespaceLabel: 'Namespace', clusterLabel: 'Cluster' });
    expect(list.map((c) => c.id)).toEqual([
      'name',
      'namespace',
      'cluster',
      'ready',
      'status',
      'restarts',
      'age',
      'node',
    ]);
    expect(list.filter((c) => c.wide).map((c) => c.id)).toEqual(['node']);
    expect(columnId('Nominated Node')).toBe('nominated-node');
    expect(columnId('IP(s)')).toBe('ip-s');
  });

  it('shows cells as text and recomputes ages from the creation time', () => {
    const list = listColumns(columns, { namespaceLabel: 'Namespace' });
    const now = Date.parse('2026-12-02T12:00:00Z');
    const text = (id: string) => cellText(must(rows[0]), must(list.find((c) => c.id === id)), now);
    expect(text('name')).toBe('web-10');
    expect(text('namespace')).toBe('shop');
    expect(text('age')).toBe('60m');
  });
});

describe('filter and sort', () => {
  const list = listColumns(columns, {});
  const by = (id: string) => must(list.find((c) => c.id === id));

  it('filters by every word of the text, by label selector and by namespace', () => {
    expect(filterRows(rows, { text: 'crash' }).map((r) => r.row.metadata.name)).toEqual(['web-9']);
    expect(filterRows(rows, { text: 'running node-a' }).map((r) => r.row.metadata.name)).toEqual([
      'web-10',
      'db-0',
    ]);
    expect(filterRows(rows, { text: 'DATA' }).map((r) => r.row.metadata.name)).toEqual(['db-0']);
    const selector = parseLabelSelector('app!=db');
    expect(selector.ok && filterRows(rows, { selector: selector.requirements }).length).toBe(2);
    expect(filterRows(rows, { namespaces: ['data'] }).map((r) => r.row.metadata.name)).toEqual(['db-0']);
  });

  it('sorts names naturally, numbers numerically and ages by creation time, both ways', () => {
    expect(sortRows(rows, by('name'), false).map((r) => r.row.metadata.name)).toEqual([
      'db-0',
      'web-9',
      'web-10',
    ]);
    expect(sortRows(rows, by('restarts'), true).map((r) => r.row.cells[3])).toEqual([10, 2, 0]);
    expect(sortRows(rows, by('age'), false).map((r) => r.row.metadata.name)).toEqual([
      'web-9',
      'web-10',
      'db-0',
    ]);
    expect(sortRows(rows, by('age'), true).map((r) => r.row.metadata.name)).toEqual([
      'db-0',
      'web-10',
      'web-9',
    ]);
    expect(defaultOrder(rows).map((r) => r.row.metadata.name)).toEqual(['db-0', 'web-9', 'web-10']);
  });

  it('filters on extra text (plugin columns) only when the row itself does not match', () => {
    const extraText = (r: ListRow) => (r.row.metadata.name === 'db-0' ? 'Team Storage' : '');
    expect(filterRows(rows, { text: 'storage', extraText }).map((r) => r.row.metadata.name)).toEqual([
      'db-0',
    ]);
    // Words may come from both: the namespace from the row, the team from the extra text.
    expect(filterRows(rows, { text: 'data team', extraText }).map((r) => r.row.metadata.name)).toEqual([
      'db-0',
    ]);
    expect(filterRows(rows, { text: 'storage' })).toEqual([]);
  });

  it('sorts by any key: numbers numerically, text naturally, undefined as empty, stable for ties', () => {
    const size: Record<string, number | undefined> = { 'web-10': 2048, 'web-9': 512, 'db-0': undefined };
    const names = (list: readonly ListRow[]) => list.map((r) => r.row.metadata.name);
    expect(names(sortRowsBy(rows, (r) => size[r.row.metadata.name], false))).toEqual([
      'db-0',
      'web-9',
      'web-10',
    ]);
    expect(names(sortRowsBy(rows, (r) => r.row.metadata.name, true))).toEqual(['web-10', 'web-9', 'db-0']);
    expect(names(sortRowsBy(rows, () => 'same', true))).toEqual(['web-10', 'web-9', 'db-0']);
  });

  it('sorts and filters 10k rows', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      row(
        `pod-${String(i)}`,
        `ns-${String(i % 7)}`,
        [`pod-${String(i)}`, '1/1', i % 3 ? 'Running' : 'Pending', i % 5, '1m', 'n'],
        '2026-12-02T11:00:00Z',
      ),
    );
    const filtered = filterRows(many, { text: 'pending' });
    const sorted = sortRows(filtered, by('name'), true);
    expect(sorted).toHaveLength(3334);
    expect(sorted[0]?.row.metadata.name).toBe('pod-9999');
  });
});

describe('Table pages', () => {
  it('reads a Table with columns, rows, resource version and continue token', () => {
    const page = parseTablePage({
      kind: 'Table',
      metadata: { resourceVersion: '42', continue: 'next' },
      columnDefinitions: [{ name: 'Name', type: 'string', format: 'name', priority: 0 }],
      rows: [
        { cells: ['a'], object: { kind: 'PartialObjectMetadata', metadata: { name: 'a', uid: '1' } } },
        { cells: ['x'] },
      ],
    });
    expect(page.resourceVersion).toBe('42');
    expect(page.continueToken).toBe('next');
    expect(page.columns.map((c) => c.name)).toEqual(['Name']);
    expect(page.rows).toEqual([{ cells: ['a'], metadata: { name: 'a', uid: '1' } }]);
  });

  it('reads a plain list with Name and Age columns', () => {
    const page = parseTablePage({
      kind: 'WidgetList',
      metadata: { resourceVersion: '7' },
      items: [{ metadata: { name: 'w', creationTimestamp: '2026-12-02T11:00:00Z' } }],
    });
    expect(page.columns.map((c) => c.name)).toEqual(['Name', 'Age']);
    expect(page.rows[0]?.cells[0]).toBe('w');
    expect(page.continueToken).toBeUndefined();
  });
});

import type { KubeObject, TableColumn } from '@wheelhouse/plugin-sdk';
import { describe, expect, it } from 'vitest';
import { filterRows, listColumns, type ListRow } from '../../k8s/list-rows.ts';
import type { Registered } from '../../plugins/extension-registry.ts';
import { pluginColumnId, pluginColumnsText, pluginSortKey } from '../../plugins/plugin-column-sort.ts';
import { orderRows, pluginColumnsFilter } from './list-order.ts';

function row(name: string, namespace: string, labels: Record<string, string>): ListRow {
  return {
    key: `${namespace}/${name}`,
    cluster: 'dev',
    row: { cells: [name], metadata: { name, namespace, labels } },
  };
}

const rows = [
  row('web', 'shop', { size: '10 GiB', tier: 'b' }),
  row('db', 'data', { size: '512 MiB', tier: 'a' }),
  row('cache', 'shop', { size: '2 GiB' }),
];
const columns = listColumns(
  [{ name: 'Name', type: 'string', format: 'name', description: '', priority: 0 }],
  {},
);
const bytes: Record<string, number> = { GiB: 2 ** 30, MiB: 2 ** 20 };

function plugin(plugin: string, value: Omit<TableColumn, 'kind' | 'header'>): Registered<TableColumn> {
  return { plugin, key: `${plugin}#1`, value: { kind: 'Pod', header: value.id, ...value } };
}

const tier = plugin('table-column', { id: 'tier', value: (o) => o.metadata.labels?.['tier'] });
const size = plugin('@acme/size', {
  id: 'size',
  value: (o) => o.metadata.labels?.['size'],
  sortValue: (o) => {
    const [amount = '0', unit = ''] = (o.metadata.labels?.['size'] ?? '').split(' ');
    return Number(amount) * (bytes[unit] ?? 1);
  },
});
const names = (ordered: { rows: readonly ListRow[] }) => ordered.rows.map((r) => r.row.metadata.name);

describe('plugin columns in the list order', () => {
  it('have URL ids that cannot collide with built-in ones', () => {
    expect(pluginColumnId(tier)).toBe('table-column.tier');
    expect(pluginColumnId(size)).toBe('acme.size.size');
  });

  it('sort by value when there is no sortValue, both ways, empty values first when ascending', () => {
    expect(
      names(orderRows(rows, { column: 'table-column.tier', descending: false }, columns, [tier])),
    ).toEqual(['cache', 'db', 'web']);
    const descending = orderRows(rows, { column: 'table-column.tier', descending: true }, columns, [tier]);
    expect(names(descending)).toEqual(['web', 'db', 'cache']);
    expect(descending.sort).toEqual({ column: 'table-column.tier', descending: true });
  });

  it('sort by sortValue when given (bytes, not the text shown)', () => {
    const ordered = orderRows(rows, { column: 'acme.size.size', descending: false }, columns, [tier, size]);
    expect(names(ordered)).toEqual(['db', 'cache', 'web']);
  });

  it('fall back to namespace and name when the sorted column is gone (plugin turned off)', () => {
    const ordered = orderRows(rows, { column: 'acme.size.size', descending: true }, columns, [tier]);
    expect(names(ordered)).toEqual(['db', 'cache', 'web']);
    expect(ordered.sort).toBeUndefined();
    expect(names(orderRows(rows, { column: 'name', descending: true }, columns, []))).toEqual([
      'web',
      'db',
      'cache',
    ]);
  });

  it('treat a throwing or odd value as empty, and give the filter every column’s text', () => {
    const object: KubeObject = { metadata: { name: 'x', labels: { tier: 'gold' } } };
    const broken: TableColumn = {
      kind: 'Pod',
      id: 'broken',
      header: 'Broken',
      value: () => {
        throw new Error('boom');
      },
    };
    expect(pluginSortKey(broken, object)).toBeUndefined();
    expect(pluginSortKey({ ...broken, value: () => Number.NaN }, object)).toBeUndefined();
    expect(pluginSortKey({ ...broken, value: () => true as unknown as string }, object)).toBe('true');
    expect(pluginSortKey(tier.value, object)).toBe('gold');
    expect(pluginColumnsText([tier.value, broken, size.value], object)).toBe('gold\u0000\u0000');
    expect(pluginColumnsFilter([])).toEqual({});
    expect(names({ rows: filterRows(rows, { text: 'gib', ...pluginColumnsFilter([size]) }) })).toEqual([
      'web',
      'cache',
    ]);
    expect(filterRows(rows, { text: 'gib' })).toHaveLength(0);
  });
});

/**
 * The order of a list page's rows: by the column the URL names — a built-in one or a plugin column — in the
 * URL's direction, else kubectl's order (namespace, then name). And the text filter's view of plugin columns.
 */
import type { TableColumn } from '@wheelhouse/plugin-sdk';
import {
  defaultOrder,
  sortRows,
  sortRowsBy,
  type ListColumn,
  type ListRow,
  type RowFilter,
} from '../../k8s/list-rows.ts';
import type { ListQuery } from '../../k8s/list-query.ts';
import type { Registered } from '../../plugins/extension-registry.ts';
import { pluginColumnId, pluginColumnsText, pluginSortKey } from '../../plugins/plugin-column-sort.ts';

/** The sorted rows and the sort that applied (`undefined` when the URL's column does not exist here). */
export interface OrderedRows {
  readonly rows: readonly ListRow[];
  readonly sort: ListQuery['sort'];
}

/** See the module comment. */
export function orderRows(
  rows: readonly ListRow[],
  sort: ListQuery['sort'],
  columns: readonly ListColumn[],
  pluginColumns: readonly Registered<TableColumn>[],
): OrderedRows {
  if (sort) {
    const column = columns.find((c) => c.id === sort.column);
    if (column) return { rows: sortRows(rows, column, sort.descending), sort };
    const plugin = pluginColumns.find((entry) => pluginColumnId(entry) === sort.column);
    if (plugin)
      return {
        rows: sortRowsBy(rows, (row) => pluginSortKey(plugin.value, row.row), sort.descending),
        sort,
      };
  }
  return { rows: defaultOrder(rows), sort: undefined };
}

/** The part of a list's filter that lets the text filter match plugin columns' text too. */
export function pluginColumnsFilter(
  pluginColumns: readonly Registered<TableColumn>[],
): Pick<RowFilter, 'extraText'> {
  if (pluginColumns.length === 0) return {};
  const values = pluginColumns.map((entry) => entry.value);
  return { extraText: (row) => pluginColumnsText(values, row.row) };
}

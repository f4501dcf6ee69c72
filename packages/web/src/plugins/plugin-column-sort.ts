/**
 * Sorting and filtering by plugin list columns (`ctx.tableColumns`): the id a column has in the list URL
 * (`?sort=-table-column.app`), its sort key per object (`sortValue`, else `value`) and its text for the filter.
 * A column whose function throws sorts and filters like an empty cell, as its cell shows nothing.
 */
import type { KubeObject, TableColumn } from '@wheelhouse/plugin-sdk';
import type { Registered } from './extension-registry.ts';
import { pluginColumnText } from './plugin-details-sections.tsx';
import { pluginSlug } from './use-plugin-extensions.ts';

/**
 * The URL id of a plugin column: `PLUGIN.ID` (`acme.cost.monthly` for column `monthly` of `@acme/cost`).
 * Built-in column ids never contain a dot, so the two cannot collide.
 */
export function pluginColumnId(entry: Pick<Registered<TableColumn>, 'plugin' | 'value'>): string {
  return `${pluginSlug(entry.plugin)}.${entry.value.id}`;
}

/** What a plugin column sorts `object` by: its `sortValue`, else its `value`; `undefined` when that throws. */
export function pluginSortKey(column: TableColumn, object: KubeObject): string | number | undefined {
  let key: unknown;
  try {
    key = (column.sortValue ?? column.value)(object);
  } catch {
    return undefined;
  }
  if (key === undefined || key === null) return undefined;
  if (typeof key === 'number') return Number.isNaN(key) ? undefined : key;
  if (typeof key === 'string') return key;
  // Plugins are plain JavaScript at run time: a boolean still sorts, by its text; anything else is empty.
  return typeof key === 'boolean' || typeof key === 'bigint' ? String(key) : undefined;
}

/** The text of every plugin column for `object`, for the list's text filter. */
export function pluginColumnsText(columns: readonly TableColumn[], object: KubeObject): string {
  return columns.map((column) => pluginColumnText(column, object)).join('\u0000');
}

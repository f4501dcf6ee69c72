/**
 * Row selection of a resource list, as pure functions over an immutable value: toggle one row, Shift-click a
 * range, select all shown rows, and drop rows that are no longer shown. Rows are named by their `ListRow.key`
 * (cluster and uid), so an object deleted and created again under the same name is a new, unselected row.
 */
import type { ListRow } from '../../k8s/list-rows.ts';
import type { ObjectRef, ResourceType } from '../../k8s/resource-ref.ts';

/** The selected rows, and the row a Shift-click range starts from. */
export interface RowSelection {
  readonly keys: ReadonlySet<string>;
  /** The last row toggled: one end of the next Shift-click range. */
  readonly anchor: string | undefined;
}

/** Nothing selected. */
export const emptySelection: RowSelection = { keys: new Set(), anchor: undefined };

/** The header checkbox: nothing, some or every shown row selected. */
export type SelectAllState = 'none' | 'some' | 'all';

/** Selects or unselects one row; it becomes the anchor of the next range. */
export function toggleRow(selection: RowSelection, key: string): RowSelection {
  const keys = new Set(selection.keys);
  if (keys.has(key)) keys.delete(key);
  else keys.add(key);
  return { keys, anchor: key };
}

/**
 * A Shift-click on `key`: every row from the anchor to `key` (in the shown order) takes the state `key` is
 * toggled to, as in a file manager. Without an anchor among the shown rows it toggles `key` alone.
 */
export function selectRange(selection: RowSelection, order: readonly string[], key: string): RowSelection {
  const from = selection.anchor === undefined ? -1 : order.indexOf(selection.anchor);
  const to = order.indexOf(key);
  if (from < 0 || to < 0) return toggleRow(selection, key);
  const select = !selection.keys.has(key);
  const keys = new Set(selection.keys);
  for (const k of order.slice(Math.min(from, to), Math.max(from, to) + 1)) {
    if (select) keys.add(k);
    else keys.delete(k);
  }
  return { keys, anchor: key };
}

/** The header checkbox: selects every shown row, or clears the selection when all of them are selected. */
export function toggleAll(selection: RowSelection, order: readonly string[]): RowSelection {
  if (order.length > 0 && selectAllState(selection, order.length) === 'all') return emptySelection;
  return { keys: new Set(order), anchor: undefined };
}

/** The selection without rows that are not shown any more (the same value when nothing was dropped). */
export function keepShown(selection: RowSelection, shown: ReadonlySet<string>): RowSelection {
  let dropped = false;
  for (const key of selection.keys) {
    if (!shown.has(key)) {
      dropped = true;
      break;
    }
  }
  const anchorGone = selection.anchor !== undefined && !shown.has(selection.anchor);
  if (!dropped && !anchorGone) return selection;
  return {
    keys: dropped ? new Set([...selection.keys].filter((key) => shown.has(key))) : selection.keys,
    anchor: anchorGone ? undefined : selection.anchor,
  };
}

/** The state of the header checkbox for a selection of shown rows (see {@link keepShown}). */
export function selectAllState(selection: RowSelection, shownCount: number): SelectAllState {
  if (selection.keys.size === 0) return 'none';
  return selection.keys.size >= shownCount ? 'all' : 'some';
}

/** The object a list row shows, as the actions take it. */
export function rowObjectRef(row: ListRow, type: ResourceType): ObjectRef {
  const { name, namespace } = row.row.metadata;
  return {
    cluster: row.cluster,
    type,
    ...(type.namespaced && namespace !== undefined ? { namespace } : {}),
    name,
  };
}

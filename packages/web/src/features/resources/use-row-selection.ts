import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ListRow } from '../../k8s/list-rows.ts';
import {
  emptySelection,
  keepShown,
  selectAllState,
  selectRange,
  toggleAll,
  toggleRow,
  type RowSelection,
  type SelectAllState,
} from './row-selection.ts';

/** What {@link useRowSelection} gives a list. */
export interface RowSelectionState {
  /** The selected rows, in the shown order. */
  readonly selectedRows: readonly ListRow[];
  readonly isSelected: (key: string) => boolean;
  readonly selectAll: SelectAllState;
  /** Toggles one row; `range` (Shift) extends from the last toggled row. */
  readonly toggle: (key: string, range: boolean) => void;
  readonly toggleAll: () => void;
  readonly clear: () => void;
}

const noRows: readonly ListRow[] = [];

interface Stored {
  readonly scope: string;
  readonly selection: RowSelection;
}

/**
 * The selection of a list's shown `rows`. It holds only rows that are shown: a row that disappears (deleted,
 * or no longer matching the filter after a live change) leaves it, and a new `scope` (the filter, namespaces
 * or clusters changed) clears it, so an action never applies to rows the user cannot see.
 */
export function useRowSelection(rows: readonly ListRow[], scope: string): RowSelectionState {
  const [stored, setStored] = useState<Stored>({ scope, selection: emptySelection });
  const order = useMemo(() => rows.map((row) => row.key), [rows]);
  const shown = useMemo(() => new Set(order), [order]);
  const selection = stored.scope === scope ? keepShown(stored.selection, shown) : emptySelection;
  if (stored.scope !== scope || selection !== stored.selection) {
    // Adjusting state to new props during render (React re-renders at once): rows that left, or a new scope,
    // are forgotten, so they do not come back selected when they are shown again.
    setStored({ scope, selection });
  }
  // The callbacks act on the latest rows and scope, and never change: a watch event (new rows) does not
  // re-render the memoized parts of the page that take them (the table header, the bulk actions toolbar).
  const latest = useRef({ scope, order, shown });
  useLayoutEffect(() => {
    latest.current = { scope, order, shown };
  });
  const change = useCallback((next: (current: RowSelection) => RowSelection) => {
    const { scope: currentScope, shown: currentShown } = latest.current;
    setStored((previous) => ({
      scope: currentScope,
      selection: next(
        keepShown(previous.scope === currentScope ? previous.selection : emptySelection, currentShown),
      ),
    }));
  }, []);
  const selectedRows = useMemo(
    () => (selection.keys.size === 0 ? noRows : rows.filter((row) => selection.keys.has(row.key))),
    [rows, selection],
  );
  const toggle = useCallback(
    (key: string, range: boolean) => {
      const { order: currentOrder } = latest.current;
      change((current) => (range ? selectRange(current, currentOrder, key) : toggleRow(current, key)));
    },
    [change],
  );
  const toggleAllRows = useCallback(() => {
    const { order: currentOrder } = latest.current;
    change((current) => toggleAll(current, currentOrder));
  }, [change]);
  const clear = useCallback(() => {
    change(() => emptySelection);
  }, [change]);
  const isSelected = useCallback((key: string) => selection.keys.has(key), [selection]);
  return {
    selectedRows,
    isSelected,
    selectAll: selectAllState(selection, order.length),
    toggle,
    toggleAll: toggleAllRows,
    clear,
  };
}

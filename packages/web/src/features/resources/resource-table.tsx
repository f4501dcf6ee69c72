import Box from '@mui/material/Box';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { TableColumn } from '@wheelhouse/plugin-sdk';
import { useCallback, useLayoutEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { ListColumn, ListRow } from '../../k8s/list-rows.ts';
import type { ResourceType } from '../../k8s/resource-ref.ts';
import { isAgeColumn } from '../../k8s/table.ts';
import type { Registered } from '../../plugins/extension-registry.ts';
import { usePluginTableColumns } from '../../plugins/use-plugin-extensions.ts';
import { ResourceTableHeader } from './resource-table-header.tsx';
import { ResourceTableRow } from './resource-table-row.tsx';
import { rowHeight, tableSx } from './resource-table-styles.ts';
import type { SelectAllState } from './row-selection.ts';
const checkboxWidth = 44;

/** Row selection, when the table offers it (see `useRowSelection`). */
export interface TableSelection {
  readonly isSelected: (key: string) => boolean;
  readonly selectAll: SelectAllState;
  readonly toggle: (key: string, range: boolean) => void;
  readonly toggleAll: () => void;
  readonly clear: () => void;
}

/** Props of {@link ResourceTable}. */
export interface ResourceTableProps {
  readonly label: string;
  readonly type: ResourceType;
  readonly rows: readonly ListRow[];
  readonly columns: readonly ListColumn[];
  /** The sorted column: a built-in column's id or a plugin column's (`PLUGIN.ID`). */
  readonly sort: { readonly column: string; readonly descending: boolean } | undefined;
  readonly onSort: (column: string) => void;
  /** Current time for ages (ticks every few seconds). */
  readonly now: number;
  /** CSS height of the scroll area; defaults to fitting the rows up to 420px. */
  readonly height?: string;
  /**
   * The scroll area's height in px as `height` will make it, if known before layout: the rows in view then
   * mount with the table (one render and one layout) instead of after it has been measured.
   */
  readonly estimatedHeight?: number;
  readonly sortLabel: (column: string) => string;
  /** Adds a checkbox column (select rows, Shift for a range, select all in the header). */
  readonly selection?: TableSelection;
}

function columnWidth(column: ListColumn): string {
  if (column.source !== 'cell') return 'minmax(110px, 0.8fr)';
  if (column.column.format === 'name') return 'minmax(220px, 2.4fr)';
  if (isAgeColumn(column.column)) return 'minmax(64px, 0.4fr)';
  if (column.column.type === 'integer' || column.column.type === 'number') return 'minmax(72px, 0.5fr)';
  return 'minmax(96px, 1fr)';
}

function pluginColumnWidth(column: Registered<TableColumn>): string {
  const { width } = column.value;
  return width !== undefined && width > 0 ? `${String(width)}px` : 'minmax(110px, 1fr)';
}

/**
 * A virtualized table of list rows: only the rows in view (plus a few) are in the DOM, so 10k objects scroll as
 * smoothly as ten. An ARIA table with sortable column headers (plugin columns too); the name cell links to the
 * details page. With `selection`, each row starts with a "Select NAME" checkbox (Up/Down move between them,
 * scrolling as needed) and Escape in the table clears the selection.
 */
export function ResourceTable(props: ResourceTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const { selection } = props;
  // Rows are keyed by position (the default): after a sort or a new page the rows in view update in place
  // instead of being unmounted and mounted again, and the memoized ones that did not change are skipped.
  const fittedHeight = Math.min(420, (props.rows.length + 1) * rowHeight + 2);
  const virtualizer = useVirtualizer({
    initialRect: {
      width: 0,
      height: props.height === undefined ? fittedHeight : (props.estimatedHeight ?? 0),
    },
    count: props.rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  // Columns that plugins add for this kind (docs/plugins.md) come last.
  const pluginColumns = usePluginTableColumns(props.type);
  const template = [
    ...(selection ? [`${String(checkboxWidth)}px`] : []),
    ...props.columns.map(columnWidth),
    ...pluginColumns.map(pluginColumnWidth),
  ].join(' ');
  const minWidth = (props.columns.length + pluginColumns.length) * 110 + (selection ? checkboxWidth : 0);
  const height = props.height ?? `${String(fittedHeight)}px`;
  // The rows get callbacks that never change (so a new page or selection does not re-render them all); they
  // act on the latest rows and selection.
  const latest = useRef({ count: props.rows.length, toggle: selection?.toggle });
  useLayoutEffect(() => {
    latest.current = { count: props.rows.length, toggle: selection?.toggle };
  });
  const onToggle = useCallback((key: string, range: boolean) => {
    latest.current.toggle?.(key, range);
  }, []);
  const focusCheckbox = useCallback(
    (index: number): void => {
      if (index < 0 || index >= latest.current.count) return;
      virtualizer.scrollToIndex(index, { align: 'auto' });
      // The row may render only after the scroll: try again on the next frames.
      const focus = (tries: number): void => {
        const input = scrollRef.current?.querySelector<HTMLInputElement>(
          `[data-index="${String(index)}"] input[type="checkbox"]`,
        );
        if (input) input.focus();
        else if (tries > 0)
          requestAnimationFrame(() => {
            focus(tries - 1);
          });
      };
      focus(3);
    },
    [virtualizer],
  );
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'Escape' && selection && selection.selectAll !== 'none') {
      event.stopPropagation();
      selection.clear();
    }
  };
  const sx = useMemo(() => tableSx(height), [height]);
  const selectAllState = selection?.selectAll;
  const toggleAll = selection?.toggleAll;
  const noRows = props.rows.length === 0;
  const selectAll = useMemo(
    () =>
      selectAllState !== undefined && toggleAll !== undefined
        ? { state: selectAllState, disabled: noRows, onToggle: toggleAll }
        : undefined,
    [selectAllState, toggleAll, noRows],
  );
  return (
    <Box
      ref={scrollRef}
      role="table"
      aria-label={props.label}
      aria-rowcount={props.rows.length + 1}
      tabIndex={0}
      onKeyDown={onKeyDown}
      sx={sx}
    >
      <ResourceTableHeader
        template={template}
        minWidth={minWidth}
        columns={props.columns}
        pluginColumns={pluginColumns}
        sort={props.sort}
        onSort={props.onSort}
        sortLabel={props.sortLabel}
        {...(selectAll ? { selectAll } : {})}
      />
      <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative', minWidth }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = props.rows[item.index];
          if (!row) return null;
          return (
            <ResourceTableRow
              key={item.key}
              row={row}
              index={item.index}
              start={item.start}
              columns={props.columns}
              pluginColumns={pluginColumns}
              type={props.type}
              now={props.now}
              template={template}
              selected={selection ? selection.isSelected(row.key) : undefined}
              onToggle={onToggle}
              onFocusRow={focusCheckbox}
            />
          );
        })}
      </div>
    </Box>
  );
}

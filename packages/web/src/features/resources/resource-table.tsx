import Box from '@mui/material/Box';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { TableColumn } from '@wheelhouse/plugin-sdk';
import { useRef, type KeyboardEvent } from 'react';
import type { ListColumn, ListRow } from '../../k8s/list-rows.ts';
import type { ResourceType } from '../../k8s/resource-ref.ts';
import { isAgeColumn } from '../../k8s/table.ts';
import type { Registered } from '../../plugins/extension-registry.ts';
import { PluginColumnCell } from '../../plugins/plugin-details-sections.tsx';
import { usePluginTableColumns } from '../../plugins/use-plugin-extensions.ts';
import { CellContent } from './cell-content.tsx';
import { cellSx, checkboxCellSx, ResourceTableHeader } from './resource-table-header.tsx';
import type { SelectAllState } from './row-selection.ts';
import { RowCheckbox } from './selection-checkboxes.tsx';

const rowHeight = 36;
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
  const virtualizer = useVirtualizer({
    count: props.rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    getItemKey: (index) => props.rows[index]?.key ?? index,
  });
  // Columns that plugins add for this kind (docs/plugins.md) come last.
  const pluginColumns = usePluginTableColumns(props.type);
  const template = [
    ...(selection ? [`${String(checkboxWidth)}px`] : []),
    ...props.columns.map(columnWidth),
    ...pluginColumns.map(pluginColumnWidth),
  ].join(' ');
  const minWidth = (props.columns.length + pluginColumns.length) * 110 + (selection ? checkboxWidth : 0);
  const height = props.height ?? `${String(Math.min(420, (props.rows.length + 1) * rowHeight + 2))}px`;
  const focusCheckbox = (index: number): void => {
    if (index < 0 || index >= props.rows.length) return;
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
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'Escape' && selection && selection.selectAll !== 'none') {
      event.stopPropagation();
      selection.clear();
    }
  };
  return (
    <Box
      ref={scrollRef}
      role="table"
      aria-label={props.label}
      aria-rowcount={props.rows.length + 1}
      tabIndex={0}
      onKeyDown={onKeyDown}
      sx={{
        height,
        overflow: 'auto',
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        bgcolor: 'background.paper',
        fontSize: 14,
        '&:focus-visible': { outline: 2, outlineColor: 'primary.main' },
      }}
    >
      <Box
        role="rowgroup"
        sx={{ position: 'sticky', top: 0, zIndex: 1, bgcolor: 'background.paper', minWidth }}
      >
        <Box
          role="row"
          aria-rowindex={1}
          sx={{
            display: 'grid',
            gridTemplateColumns: template,
            height: rowHeight,
            borderBottom: 1,
            borderColor: 'divider',
          }}
        >
          <ResourceTableHeader
            columns={props.columns}
            pluginColumns={pluginColumns}
            sort={props.sort}
            onSort={props.onSort}
            sortLabel={props.sortLabel}
            {...(selection
              ? {
                  selectAll: {
                    state: selection.selectAll,
                    disabled: props.rows.length === 0,
                    onToggle: selection.toggleAll,
                  },
                }
              : {})}
          />
        </Box>
      </Box>
      <Box role="rowgroup" sx={{ height: virtualizer.getTotalSize(), position: 'relative', minWidth }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = props.rows[item.index];
          if (!row) return null;
          const selected = selection?.isSelected(row.key) ?? false;
          return (
            <Box
              key={item.key}
              role="row"
              aria-rowindex={item.index + 2}
              data-index={item.index}
              data-row-key={row.key}
              sx={{
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                height: rowHeight,
                transform: `translateY(${String(item.start)}px)`,
                display: 'grid',
                gridTemplateColumns: template,
                borderBottom: 1,
                borderColor: 'divider',
                bgcolor: selected ? 'action.selected' : undefined,
                '&:hover': { bgcolor: selected ? 'action.selected' : 'action.hover' },
              }}
            >
              {selection && (
                <Box role="cell" sx={checkboxCellSx}>
                  <RowCheckbox
                    name={row.row.metadata.name}
                    checked={selected}
                    onToggle={(range) => {
                      selection.toggle(row.key, range);
                    }}
                    onMove={(delta) => {
                      focusCheckbox(item.index + delta);
                    }}
                  />
                </Box>
              )}
              {props.columns.map((column) => (
                <Box key={column.id} role="cell" sx={cellSx}>
                  <CellContent row={row} column={column} type={props.type} now={props.now} />
                </Box>
              ))}
              {pluginColumns.map((column) => (
                <Box
                  key={column.key}
                  role="cell"
                  sx={column.value.align === 'right' ? { ...cellSx, justifyContent: 'flex-end' } : cellSx}
                >
                  <PluginColumnCell
                    column={column}
                    cluster={row.cluster}
                    type={props.type}
                    object={row.row}
                  />
                </Box>
              ))}
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}

import Box from '@mui/material/Box';
import TableSortLabel from '@mui/material/TableSortLabel';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { ListColumn, ListRow } from '../../k8s/list-rows.ts';
import type { ResourceType } from '../../k8s/resource-ref.ts';
import { isAgeColumn } from '../../k8s/table.ts';
import { PluginColumnCell } from '../../plugins/plugin-details-sections.tsx';
import { usePluginTableColumns } from '../../plugins/use-plugin-extensions.ts';
import { CellContent } from './cell-content.tsx';

const rowHeight = 36;

/** Props of {@link ResourceTable}. */
export interface ResourceTableProps {
  readonly label: string;
  readonly type: ResourceType;
  readonly rows: readonly ListRow[];
  readonly columns: readonly ListColumn[];
  readonly sort: { readonly column: string; readonly descending: boolean } | undefined;
  readonly onSort: (column: string) => void;
  /** Current time for ages (ticks every few seconds). */
  readonly now: number;
  /** CSS height of the scroll area; defaults to fitting the rows up to 420px. */
  readonly height?: string;
  readonly sortLabel: (column: string) => string;
}

function columnWidth(column: ListColumn): string {
  if (column.source !== 'cell') return 'minmax(110px, 0.8fr)';
  if (column.column.format === 'name') return 'minmax(220px, 2.4fr)';
  if (isAgeColumn(column.column)) return 'minmax(64px, 0.4fr)';
  if (column.column.type === 'integer' || column.column.type === 'number') return 'minmax(72px, 0.5fr)';
  return 'minmax(96px, 1fr)';
}

const cellSx = {
  px: 1.5,
  overflow: 'hidden',
  whiteSpace: 'nowrap',
  textOverflow: 'ellipsis',
  display: 'flex',
  alignItems: 'center',
  minWidth: 0,
} as const;

/**
 * A virtualized table of list rows: only the rows in view (plus a few) are in the DOM, so 10k objects scroll as
 * smoothly as ten. An ARIA table with sortable column headers; the name cell links to the details page.
 */
export function ResourceTable(props: ResourceTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: props.rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    getItemKey: (index) => props.rows[index]?.key ?? index,
  });
  // Columns that plugins add for this kind (docs/plugins.md) come last.
  const pluginColumns = usePluginTableColumns(props.type);
  const template = [...props.columns.map(columnWidth), ...pluginColumns.map(() => 'minmax(110px, 1fr)')].join(
    ' ',
  );
  const minWidth = (props.columns.length + pluginColumns.length) * 110;
  const height = props.height ?? `${String(Math.min(420, (props.rows.length + 1) * rowHeight + 2))}px`;
  return (
    <Box
      ref={scrollRef}
      role="table"
      aria-label={props.label}
      aria-rowcount={props.rows.length + 1}
      tabIndex={0}
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
          {props.columns.map((column) => {
            const sort = props.sort?.column === column.id ? props.sort : undefined;
            const active = sort !== undefined;
            const direction = sort?.descending ? 'desc' : 'asc';
            return (
              <Box
                key={column.id}
                role="columnheader"
                aria-sort={active ? (direction === 'desc' ? 'descending' : 'ascending') : 'none'}
                title={column.source === 'cell' ? column.column.description : undefined}
                sx={{ ...cellSx, fontWeight: 600, fontSize: 13, color: 'text.secondary' }}
              >
                <TableSortLabel
                  active={active}
                  direction={direction}
                  onClick={() => {
                    props.onSort(column.id);
                  }}
                  aria-label={props.sortLabel(column.label)}
                >
                  {column.label}
                </TableSortLabel>
              </Box>
            );
          })}
          {pluginColumns.map((column) => (
            <Box
              key={column.key}
              role="columnheader"
              sx={{ ...cellSx, fontWeight: 600, fontSize: 13, color: 'text.secondary' }}
            >
              {column.value.header}
            </Box>
          ))}
        </Box>
      </Box>
      <Box role="rowgroup" sx={{ height: virtualizer.getTotalSize(), position: 'relative', minWidth }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = props.rows[item.index];
          if (!row) return null;
          return (
            <Box
              key={item.key}
              role="row"
              aria-rowindex={item.index + 2}
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
                '&:hover': { bgcolor: 'action.hover' },
              }}
            >
              {props.columns.map((column) => (
                <Box key={column.id} role="cell" sx={cellSx}>
                  <CellContent row={row} column={column} type={props.type} now={props.now} />
                </Box>
              ))}
              {pluginColumns.map((column) => (
                <Box key={column.key} role="cell" sx={cellSx}>
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

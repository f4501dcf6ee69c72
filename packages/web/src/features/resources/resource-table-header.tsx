import Box from '@mui/material/Box';
import TableSortLabel from '@mui/material/TableSortLabel';
import type { TableColumn } from '@wheelhouse/plugin-sdk';
import { memo } from 'react';
import type { ListColumn } from '../../k8s/list-rows.ts';
import type { Registered } from '../../plugins/extension-registry.ts';
import { pluginColumnId } from '../../plugins/plugin-column-sort.ts';
import { cellSx, checkboxCellSx, rowHeight } from './resource-table-styles.ts';
import type { SelectAllState } from './row-selection.ts';
import { SelectAllCheckbox } from './selection-checkboxes.tsx';

/** A column header that sorts by its column on click (again to reverse), with its ARIA sort state. */
function SortableHeader(props: {
  readonly id: string;
  readonly label: string;
  readonly title?: string | undefined;
  readonly sort: { readonly column: string; readonly descending: boolean } | undefined;
  readonly onSort: (column: string) => void;
  readonly sortLabel: (column: string) => string;
}) {
  const active = props.sort?.column === props.id;
  const direction = active && props.sort.descending ? 'desc' : 'asc';
  return (
    <Box
      role="columnheader"
      // The column's own name (cells are announced with it), not its sort button's "Sort by …".
      aria-label={props.label}
      aria-sort={active ? (direction === 'desc' ? 'descending' : 'ascending') : 'none'}
      title={props.title}
      sx={{ ...cellSx, fontWeight: 600, fontSize: 13, color: 'text.secondary' }}
    >
      <TableSortLabel
        active={active}
        direction={direction}
        onClick={() => {
          props.onSort(props.id);
        }}
        aria-label={props.sortLabel(props.label)}
      >
        {props.label}
      </TableSortLabel>
    </Box>
  );
}

/** Props of {@link ResourceTableHeader}. */
export interface ResourceTableHeaderProps {
  /** The CSS grid columns (shared with the rows). */
  readonly template: string;
  /** px: the rows' minimum width, so the header scrolls sideways with them. */
  readonly minWidth: number;
  readonly columns: readonly ListColumn[];
  readonly pluginColumns: readonly Registered<TableColumn>[];
  readonly sort: { readonly column: string; readonly descending: boolean } | undefined;
  readonly onSort: (column: string) => void;
  readonly sortLabel: (column: string) => string;
  /** The select-all checkbox, when rows can be selected. */
  readonly selectAll?: {
    readonly state: SelectAllState;
    readonly disabled: boolean;
    readonly onToggle: () => void;
  };
}

/**
 * The header row: the select-all checkbox, then the built-in columns, then the plugins' — all sortable.
 * Memoized: with stable props a watch event re-renders the table's rows, not its sort labels.
 */
export const ResourceTableHeader = memo(function ResourceTableHeader(props: ResourceTableHeaderProps) {
  const { selectAll } = props;
  return (
    <Box
      role="rowgroup"
      sx={{ position: 'sticky', top: 0, zIndex: 1, bgcolor: 'background.paper', minWidth: props.minWidth }}
    >
      <Box
        role="row"
        aria-rowindex={1}
        sx={{
          display: 'grid',
          gridTemplateColumns: props.template,
          height: rowHeight,
          borderBottom: 1,
          borderColor: 'divider',
        }}
      >
        {selectAll && (
          <Box role="columnheader" sx={checkboxCellSx}>
            <SelectAllCheckbox
              state={selectAll.state}
              disabled={selectAll.disabled}
              onToggle={selectAll.onToggle}
            />
          </Box>
        )}
        {props.columns.map((column) => (
          <SortableHeader
            key={column.id}
            id={column.id}
            label={column.label}
            title={column.source === 'cell' ? column.column.description : undefined}
            sort={props.sort}
            onSort={props.onSort}
            sortLabel={props.sortLabel}
          />
        ))}
        {props.pluginColumns.map((column) => (
          <SortableHeader
            key={column.key}
            id={pluginColumnId(column)}
            label={column.value.header}
            sort={props.sort}
            onSort={props.onSort}
            sortLabel={props.sortLabel}
          />
        ))}
      </Box>
    </Box>
  );
});

import type { TableColumn } from '@wheelhouse/plugin-sdk';
import { memo } from 'react';
import { cellText, type ListColumn, type ListRow } from '../../k8s/list-rows.ts';
import type { ResourceType } from '../../k8s/resource-ref.ts';
import type { Registered } from '../../plugins/extension-registry.ts';
import { PluginColumnCell } from '../../plugins/plugin-details-sections.tsx';
import { CellContent, cellKind, rowDetailsUrl } from './cell-content.tsx';
import { tableClass } from './resource-table-styles.ts';
import { RowCheckbox } from './selection-checkboxes.tsx';

/** Props of {@link ResourceTableRow}. */
export interface ResourceTableRowProps {
  readonly row: ListRow;
  readonly index: number;
  /** Offset from the top of the body, px. */
  readonly start: number;
  readonly columns: readonly ListColumn[];
  readonly pluginColumns: readonly Registered<TableColumn>[];
  readonly type: ResourceType;
  readonly now: number;
  /** The CSS grid columns (shared with the header). */
  readonly template: string;
  /** The row's selection state; undefined when the table has no checkbox column. */
  readonly selected: boolean | undefined;
  readonly onToggle: (key: string, range: boolean) => void;
  /** Moves the focus to the checkbox of row `index`. */
  readonly onFocusRow: (index: number) => void;
}

/**
 * One data row of the resource table. Memoized, and styled by class names that the table defines once
 * (resource-table-styles.ts) instead of a style object per row and cell: a new page of a big list, a sort or
 * a filter re-renders only the rows whose content changed, and each at the cost of plain elements.
 */
export const ResourceTableRow = memo(function ResourceTableRow(props: ResourceTableRowProps) {
  const { row, index, selected } = props;
  const className = selected === true ? `${tableClass.row} ${tableClass.selected}` : tableClass.row;
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      data-index={index}
      data-row-key={row.key}
      className={className}
      style={{ transform: `translateY(${String(props.start)}px)`, gridTemplateColumns: props.template }}
    >
      {selected !== undefined && (
        <div role="cell" className={tableClass.checkboxCell}>
          <RowCheckbox
            rowKey={row.key}
            index={index}
            name={row.row.metadata.name}
            checked={selected}
            onToggle={props.onToggle}
            onFocusRow={props.onFocusRow}
          />
        </div>
      )}
      {props.columns.map((column) => {
        const kind = cellKind(column);
        return (
          <div key={column.id} role="cell" className={tableClass.cell}>
            <CellContent
              text={cellText(row, column, props.now)}
              kind={kind}
              to={kind === 'name' ? rowDetailsUrl(row, props.type) : undefined}
            />
          </div>
        );
      })}
      {props.pluginColumns.map((column) => (
        <div
          key={column.key}
          role="cell"
          className={
            column.value.align === 'right' ? `${tableClass.cell} ${tableClass.endCell}` : tableClass.cell
          }
        >
          <PluginColumnCell column={column} cluster={row.cluster} type={props.type} object={row.row} />
        </div>
      ))}
    </div>
  );
});

/**
 * The resource table's styles as class rules on the table element, so each render serializes one style object
 * instead of one per row and cell (a style object per element cost most of a re-render of a big list's rows).
 */
import type { SxProps, Theme } from '@mui/material/styles';

/** Height of a row, px (the virtualizer's fixed size). */
export const rowHeight = 36;

/** Shared by header and body cells. */
export const cellSx = {
  px: 1.5,
  overflow: 'hidden',
  whiteSpace: 'nowrap',
  textOverflow: 'ellipsis',
  display: 'flex',
  alignItems: 'center',
  minWidth: 0,
} as const;

/** The first cell of each row when rows can be selected. */
export const checkboxCellSx = { ...cellSx, px: 0.5, justifyContent: 'center' } as const;

/** Class names the table's body elements use (styled by {@link tableSx}). */
export const tableClass = {
  row: 'wh-row',
  selected: 'wh-row-selected',
  cell: 'wh-cell',
  endCell: 'wh-cell-end',
  checkboxCell: 'wh-checkbox-cell',
  rowCheckbox: 'wh-row-checkbox',
  nameLink: 'wh-name-link',
} as const;

/** The table element's style: the scroll area, and the rules of its rows and cells. */
export function tableSx(height: string): SxProps<Theme> {
  return {
    height,
    overflow: 'auto',
    border: 1,
    borderColor: 'divider',
    borderRadius: 1,
    bgcolor: 'background.paper',
    fontSize: 14,
    '&:focus-visible': { outline: 2, outlineColor: 'primary.main' },
    [`& .${tableClass.row}`]: {
      position: 'absolute',
      top: 0,
      left: 0,
      right: 0,
      height: rowHeight,
      display: 'grid',
      borderBottom: 1,
      borderColor: 'divider',
      '&:hover': { bgcolor: 'action.hover' },
    },
    [`& .${tableClass.selected}, & .${tableClass.selected}:hover`]: { bgcolor: 'action.selected' },
    [`& .${tableClass.cell}`]: cellSx,
    [`& .${tableClass.endCell}`]: { justifyContent: 'flex-end' },
    [`& .${tableClass.checkboxCell}`]: checkboxCellSx,
    [`& .${tableClass.rowCheckbox}`]: {
      width: 18,
      height: 18,
      m: 0,
      cursor: 'pointer',
      accentColor: (theme: Theme) => theme.palette.primary.main,
    },
    [`& .${tableClass.nameLink}`]: {
      color: 'primary.main',
      fontWeight: 500,
      textDecoration: 'none',
      overflow: 'hidden',
      textOverflow: 'ellipsis',
      '&:hover': { textDecoration: 'underline' },
    },
  };
}

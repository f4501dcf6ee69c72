import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Divider from '@mui/material/Divider';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import ViewColumnIcon from '@mui/icons-material/ViewColumn';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListColumn } from '../../k8s/list-rows.ts';

/** The ids of the columns shown by default: all but `-o wide` ones. */
export function defaultColumnIds(columns: readonly ListColumn[]): string[] {
  return columns.filter((c) => !c.wide).map((c) => c.id);
}

/** A menu of checkboxes choosing the visible columns (the name column always stays). */
export const ColumnChooser = memo(function ColumnChooser(props: {
  readonly columns: readonly ListColumn[];
  readonly visible: readonly string[];
  readonly onChange: (ids: string[] | undefined) => void;
}) {
  const { t } = useTranslation();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  // The menu (a popover with a checkbox per column) mounts when first opened, not with every list page.
  const [opened, setOpened] = useState(false);
  const toggle = (id: string): void => {
    const set = new Set(props.visible);
    if (set.has(id)) set.delete(id);
    else set.add(id);
    props.onChange(props.columns.map((c) => c.id).filter((c) => set.has(c)));
  };
  return (
    <>
      <Button
        variant="outlined"
        color="inherit"
        startIcon={<ViewColumnIcon />}
        onClick={(event) => {
          setAnchor(event.currentTarget);
          setOpened(true);
        }}
        aria-haspopup="menu"
        sx={{ flexShrink: 0 }}
      >
        {t('resources.filter.columns')}
      </Button>
      {opened && (
        <Menu
          anchorEl={anchor}
          open={anchor !== null}
          onClose={() => {
            setAnchor(null);
          }}
          slotProps={{ list: { 'aria-label': t('resources.filter.columnsTitle'), dense: true } }}
        >
          {props.columns.map((column, index) => (
            <MenuItem
              key={column.id}
              disabled={index === 0}
              onClick={() => {
                toggle(column.id);
              }}
              role="menuitemcheckbox"
              aria-checked={props.visible.includes(column.id)}
            >
              <ListItemIcon>
                <Checkbox
                  edge="start"
                  size="small"
                  checked={props.visible.includes(column.id)}
                  tabIndex={-1}
                  disableRipple
                />
              </ListItemIcon>
              <ListItemText
                primary={column.label}
                secondary={column.wide ? t('resources.filter.wide') : undefined}
              />
            </MenuItem>
          ))}
          <Divider />
          <MenuItem
            onClick={() => {
              props.onChange(undefined);
              setAnchor(null);
            }}
          >
            {t('resources.filter.resetColumns')}
          </MenuItem>
        </Menu>
      )}
    </>
  );
});

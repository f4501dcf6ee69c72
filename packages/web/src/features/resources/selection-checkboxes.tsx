import Checkbox from '@mui/material/Checkbox';
import { memo, useRef, type KeyboardEvent, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { tableClass } from './resource-table-styles.ts';
import type { SelectAllState } from './row-selection.ts';

/** A `data-testid` for a slot's props (whose type lists no data attributes). */
function testId(id: string): Record<'data-testid', string> {
  return { 'data-testid': id };
}

/** Whether Shift was held for a checkbox change (a click, or Space on the focused checkbox). */
function shiftHeld(event: SyntheticEvent, keyboardShift: boolean): boolean {
  const native = event.nativeEvent;
  return keyboardShift || ('shiftKey' in native && native.shiftKey === true);
}

/**
 * The checkbox that selects row `rowKey` (at `index`), named "Select NAME". Space toggles it and Shift+click or
 * Shift+Space selects the range from the last toggled row; Up and Down move to the row above or below.
 * A native checkbox in the theme's colour (resource-table-styles.ts), not MUI's: each row in view has one,
 * and MUI's (ripple, icon, a dozen styled components) was the costliest part of mounting a row. Memoized on
 * stable callbacks: a watch event that changes a row's other cells does not re-render it.
 */
export const RowCheckbox = memo(function RowCheckbox(props: {
  readonly rowKey: string;
  readonly index: number;
  readonly name: string;
  readonly checked: boolean;
  readonly onToggle: (key: string, range: boolean) => void;
  /** Moves the focus to the checkbox of row `index`. */
  readonly onFocusRow: (index: number) => void;
}) {
  const { t } = useTranslation();
  // React reports the change of a checkbox from its click event; a click made by the keyboard may not carry
  // the Shift state in every browser, so the keys are watched too.
  const shift = useRef(false);
  const onKey = (event: KeyboardEvent<HTMLInputElement>): void => {
    shift.current = event.shiftKey;
    if (event.type !== 'keydown') return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      props.onFocusRow(props.index + (event.key === 'ArrowDown' ? 1 : -1));
    }
  };
  return (
    <input
      type="checkbox"
      className={tableClass.rowCheckbox}
      checked={props.checked}
      onChange={(event) => {
        props.onToggle(props.rowKey, shiftHeld(event, shift.current));
      }}
      aria-label={t('resources.selection.select', { name: props.name })}
      {...testId('select-row')}
      onKeyDown={onKey}
      onKeyUp={onKey}
    />
  );
});

/** The header checkbox: selects every shown row (checked, or mixed when some are), or clears. */
export function SelectAllCheckbox(props: {
  readonly state: SelectAllState;
  readonly disabled: boolean;
  readonly onToggle: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Checkbox
      size="small"
      checked={props.state === 'all'}
      indeterminate={props.state === 'some'}
      disabled={props.disabled}
      onChange={props.onToggle}
      sx={{ p: 0.5 }}
      slotProps={{
        input: {
          'aria-label': t('resources.selection.selectAll'),
          ...testId('select-all-rows'),
        },
      }}
    />
  );
}

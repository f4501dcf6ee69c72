import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import Tooltip from '@mui/material/Tooltip';
import { useTranslation } from 'react-i18next';

/** The options every add request carries. */
export interface AddOptionsValue {
  readonly persist: boolean;
  readonly verify: boolean;
}

/** "Keep after restart" (when the server can persist) and "Test connection first". */
export function AddOptions(props: {
  readonly value: AddOptionsValue;
  readonly onChange: (value: AddOptionsValue) => void;
  readonly canPersist: boolean;
}) {
  const { t } = useTranslation();
  const { value, onChange } = props;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, my: 2 }}>
      <Tooltip title={props.canPersist ? t('add.persistHint') : t('add.persistOff')}>
        <FormControlLabel
          control={
            <Switch
              checked={value.persist && props.canPersist}
              disabled={!props.canPersist}
              onChange={(event) => {
                onChange({ ...value, persist: event.target.checked });
              }}
            />
          }
          label={t('add.persist')}
        />
      </Tooltip>
      <Tooltip title={t('add.verifyHint')}>
        <FormControlLabel
          control={
            <Checkbox
              checked={value.verify}
              onChange={(event) => {
                onChange({ ...value, verify: event.target.checked });
              }}
            />
          }
          label={t('add.verify')}
        />
      </Tooltip>
    </Box>
  );
}

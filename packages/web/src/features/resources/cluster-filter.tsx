import Autocomplete from '@mui/material/Autocomplete';
import Chip from '@mui/material/Chip';
import TextField from '@mui/material/TextField';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useClusters } from '../../api/use-config.ts';

/** Chooses extra clusters to show the list for, beside the page's own (which always stays). */
export const ClusterFilter = memo(function ClusterFilter(props: {
  readonly cluster: string;
  readonly value: readonly string[];
  readonly onChange: (clusters: string[]) => void;
}) {
  const { t } = useTranslation();
  const names = useClusters().map((c) => c.name);
  const chosen = [props.cluster, ...props.value.filter((c) => c !== props.cluster)];
  return (
    <Autocomplete
      multiple
      size="small"
      options={names}
      value={chosen}
      disableClearable
      onChange={(_event, value) => {
        props.onChange(value.filter((c) => c !== props.cluster));
      }}
      sx={{ minWidth: 200, flex: '1 1 200px', maxWidth: 360 }}
      renderValue={(value, getItemProps) =>
        value.map((option, index) => {
          const { key, onDelete, ...itemProps } = getItemProps({ index });
          return (
            <Chip
              key={key}
              size="small"
              label={option}
              {...itemProps}
              {...(option === props.cluster ? {} : { onDelete })}
            />
          );
        })
      }
      renderInput={(params) => (
        <TextField
          {...params}
          label={t('resources.filter.clusters')}
          title={t('resources.filter.clustersHint')}
          slotProps={{ ...params.slotProps, inputLabel: { ...params.slotProps.inputLabel, shrink: true } }}
        />
      )}
    />
  );
});

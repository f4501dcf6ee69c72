import Autocomplete from '@mui/material/Autocomplete';
import Chip from '@mui/material/Chip';
import TextField from '@mui/material/TextField';
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKubeList } from '../../k8s/hooks/use-kube-list.ts';
import { namespacesType } from '../../k8s/well-known-types.ts';

const noNamespaces: readonly string[] = [];

/**
 * Chooses several namespaces (none chosen: all), from the cluster's live namespace list. The list is
 * loaded (and then followed) from the first time the field is focused or opened, not with the page: a list
 * page's first rows and its own watch come first, and most visits never open the filter.
 */
export const NamespaceFilter = memo(function NamespaceFilter(props: {
  readonly clusters: readonly string[];
  readonly value: readonly string[];
  readonly onChange: (namespaces: string[]) => void;
}) {
  const { t } = useTranslation();
  const [wanted, setWanted] = useState(false);
  const want = (): void => {
    setWanted(true);
  };
  const list = useKubeList(props.clusters, wanted ? namespacesType : undefined, noNamespaces);
  const options = useMemo(
    () => [...new Set(list.rows.map((row) => row.row.metadata.name))].sort(),
    [list.rows],
  );
  return (
    <Autocomplete
      multiple
      size="small"
      options={options}
      loading={wanted && list.loading}
      loadingText={t('resources.filter.loadingNamespaces')}
      onOpen={want}
      onFocus={want}
      value={[...props.value]}
      onChange={(_event, value) => {
        props.onChange(value);
      }}
      freeSolo
      limitTags={2}
      sx={{ minWidth: 220, flex: '1 1 220px', maxWidth: 420 }}
      renderValue={(value, getItemProps) =>
        value.map((option, index) => {
          const { key, ...itemProps } = getItemProps({ index });
          return <Chip key={key} size="small" label={option} {...itemProps} />;
        })
      }
      renderInput={(params) => (
        <TextField
          {...params}
          label={t('resources.filter.namespaces')}
          placeholder={props.value.length === 0 ? t('resources.filter.allNamespaces') : undefined}
          slotProps={{ ...params.slotProps, inputLabel: { ...params.slotProps.inputLabel, shrink: true } }}
        />
      )}
    />
  );
});

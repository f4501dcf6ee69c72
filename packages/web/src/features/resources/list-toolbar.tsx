import Box from '@mui/material/Box';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import SearchIcon from '@mui/icons-material/Search';
import { memo, useCallback, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListQuery } from '../../k8s/list-query.ts';
import type { ListColumn } from '../../k8s/list-rows.ts';
import { ClusterFilter } from './cluster-filter.tsx';
import { ColumnChooser } from './column-chooser.tsx';
import { NamespaceFilter } from './namespace-filter.tsx';

/** Props of {@link ListToolbar}. */
export interface ListToolbarProps {
  readonly cluster: string;
  readonly clusters: readonly string[];
  readonly namespaced: boolean;
  readonly query: ListQuery;
  readonly onChange: (change: Partial<ListQuery>) => void;
  readonly columns: readonly ListColumn[];
  readonly visibleColumns: readonly string[];
  /** Error of the label selector, if it does not parse. */
  readonly selectorError: string | undefined;
  /** The "create" slot (Create from YAML). */
  readonly create?: ReactNode;
}

/**
 * Filters of a list: namespaces, text, label selector, clusters, columns; and the create slot. Memoized (its
 * MUI fields and autocompletes are the costliest part of the page to render): a watch event, which changes
 * none of its props, does not re-render it.
 */
export const ListToolbar = memo(function ListToolbar(props: ListToolbarProps) {
  const { t } = useTranslation();
  const { query, onChange } = props;
  // Stable, so the memoized filters (MUI autocompletes) skip the toolbar's re-renders that do not concern them.
  const onNamespaces = useCallback(
    (namespaces: string[]) => {
      onChange({ namespaces });
    },
    [onChange],
  );
  const onClusters = useCallback(
    (clusters: string[]) => {
      onChange({ clusters });
    },
    [onChange],
  );
  const onColumns = useCallback(
    (columns: string[] | undefined) => {
      onChange({ columns });
    },
    [onChange],
  );
  return (
    <Box role="search" sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', alignItems: 'flex-start', mb: 2 }}>
      {props.namespaced && (
        <NamespaceFilter clusters={props.clusters} value={query.namespaces} onChange={onNamespaces} />
      )}
      <TextField
        size="small"
        label={t('resources.filter.text')}
        placeholder={t('resources.filter.textPlaceholder')}
        value={query.text}
        onChange={(event) => {
          onChange({ text: event.target.value });
        }}
        sx={{ flex: '1 1 200px', maxWidth: 320 }}
        slotProps={{
          inputLabel: { shrink: true },
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon fontSize="small" />
              </InputAdornment>
            ),
          },
        }}
      />
      <TextField
        size="small"
        label={t('resources.filter.labels')}
        placeholder={t('resources.filter.labelsPlaceholder')}
        value={query.labels}
        error={props.selectorError !== undefined}
        helperText={
          props.selectorError && t('resources.filter.labelsInvalid', { error: props.selectorError })
        }
        onChange={(event) => {
          onChange({ labels: event.target.value });
        }}
        sx={{ flex: '1 1 200px', maxWidth: 320 }}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { spellCheck: false, autoCapitalize: 'off' } }}
      />
      <ClusterFilter cluster={props.cluster} value={query.clusters} onChange={onClusters} />
      <ColumnChooser columns={props.columns} visible={props.visibleColumns} onChange={onColumns} />
      {props.create && <Box sx={{ ml: 'auto' }}>{props.create}</Box>}
    </Box>
  );
});

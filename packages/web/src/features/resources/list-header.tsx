import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiscoveredResource } from '../../k8s/discovery.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { LiveIndicator } from './live-indicator.tsx';
import { typeLabel } from './type-label.ts';

/** Props of {@link ListHeader}: plain values, so a watch event that changes no count skips it. */
export interface ListHeaderProps {
  readonly type: DiscoveredResource;
  /** Rows held; undefined while loading (no count shown). */
  readonly total: number | undefined;
  /** Rows left after the filters. */
  readonly shown: number;
  readonly loading: boolean;
  readonly paging: boolean;
  readonly reconnecting: boolean;
  readonly polling: boolean;
}

/**
 * The title of a list page: the kind, its group/version, "cluster-scoped", the row count and the live state.
 * Memoized: a watch event re-renders the list page, and this header (with its MUI tooltip and chip) cost a
 * good part of each update while showing the same text.
 */
export const ListHeader = memo(function ListHeader(props: ListHeaderProps) {
  const { t } = useTranslation();
  const { type, total } = props;
  return (
    <PageHeader
      title={typeLabel(type)}
      subtitle={
        <Box component="span" sx={{ display: 'inline-flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
          <span>{`${type.group || 'core'}/${type.version} · ${type.kind}`}</span>
          {!type.namespaced && (
            <Chip size="small" variant="outlined" label={t('resources.list.clusterScoped')} />
          )}
          {total !== undefined && (
            <span data-testid="list-count">
              {props.shown === total
                ? t('resources.list.count', { count: total })
                : t('resources.list.shown', { shown: props.shown, total })}
            </span>
          )}
          <LiveIndicator
            loading={props.loading}
            paging={props.paging}
            reconnecting={props.reconnecting}
            polling={props.polling}
          />
        </Box>
      }
    />
  );
});

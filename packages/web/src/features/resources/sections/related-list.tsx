import Alert from '@mui/material/Alert';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useKubeList } from '../../../k8s/hooks/use-kube-list.ts';
import { parseLabelSelector } from '../../../k8s/label-selector.ts';
import { defaultOrder, filterRows, listColumns, type ListRow } from '../../../k8s/list-rows.ts';
import type { ResourceType } from '../../../k8s/resource-ref.ts';
import { ListFailureState } from '../list-failures.tsx';
import { ResourceTable } from '../resource-table.tsx';
import { useNow } from '../use-now.ts';
import { DetailCard } from './detail-card.tsx';

/** Props of {@link RelatedList}. */
export interface RelatedListProps {
  readonly title: string;
  readonly emptyText: string;
  readonly cluster: string;
  readonly type: ResourceType;
  /** Namespace to look in; undefined: all namespaces (or cluster-scoped). */
  readonly namespace: string | undefined;
  /** Label selector applied in the browser (shares the namespace's watch with the list page). */
  readonly labelSelector?: string;
  /** Field selector applied by the server (its own watch). */
  readonly fieldSelector?: string;
  /** Extra row filter, e.g. pods on a node. */
  readonly keep?: (row: ListRow) => boolean;
  /** Newest first (events). */
  readonly newestFirst?: boolean;
}

/** A live list of objects related to the one shown (a workload's pods, an object's events). */
export function RelatedList(props: RelatedListProps) {
  const { t } = useTranslation();
  const now = useNow();
  const namespaces = useMemo(
    () => (props.namespace === undefined ? [] : [props.namespace]),
    [props.namespace],
  );
  const clusters = useMemo(() => [props.cluster], [props.cluster]);
  const list = useKubeList(
    clusters,
    props.type,
    namespaces,
    props.fieldSelector ? { fieldSelector: props.fieldSelector } : {},
  );
  const selector = parseLabelSelector(props.labelSelector ?? '');
  const requirements = selector.ok ? selector.requirements : undefined;
  const { keep, newestFirst } = props;
  const rows = useMemo(() => {
    const kept = filterRows(list.rows, requirements ? { selector: requirements } : {}).filter(
      (row) => keep?.(row) ?? true,
    );
    const ordered = defaultOrder(kept);
    if (!newestFirst) return ordered;
    const time = (row: ListRow): number => Date.parse(row.row.metadata.creationTimestamp ?? '') || 0;
    return ordered.sort((a, b) => time(b) - time(a));
  }, [list.rows, requirements, keep, newestFirst]);
  const columns = useMemo(() => listColumns(list.columns, {}).filter((c) => !c.wide), [list.columns]);
  const failure = list.failures[0];
  return (
    <DetailCard
      title={props.title}
      action={
        <Typography variant="body2" color="text.secondary">
          {list.loading ? '' : String(rows.length)}
        </Typography>
      }
    >
      {list.loading ? (
        <Skeleton variant="rounded" height={80} aria-label={t('common.loading')} />
      ) : failure ? (
        failure.terminal ? (
          <ListFailureState failure={failure} type={props.type} />
        ) : (
          <Alert severity="warning">{failure.error.message}</Alert>
        )
      ) : rows.length === 0 ? (
        <Typography color="text.secondary" sx={{ fontSize: 14 }}>
          {props.emptyText}
        </Typography>
      ) : (
        <ResourceTable
          label={props.title}
          type={props.type}
          rows={rows}
          columns={columns}
          sort={undefined}
          onSort={() => undefined}
          now={now}
          sortLabel={(column) => t('resources.list.sortBy', { column })}
        />
      )}
    </DetailCard>
  );
}

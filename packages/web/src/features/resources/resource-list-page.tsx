import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Skeleton from '@mui/material/Skeleton';
import SearchOffIcon from '@mui/icons-material/SearchOff';
import { memo, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PageContainer } from '../../app/page-container.tsx';
import type { DiscoveredResource } from '../../k8s/discovery.ts';
import { useKubeList, type ListFailure } from '../../k8s/hooks/use-kube-list.ts';
import { parseLabelSelector } from '../../k8s/label-selector.ts';
import { filterRows, listColumns } from '../../k8s/list-rows.ts';
import { usePluginTableColumns } from '../../plugins/use-plugin-extensions.ts';
import { EmptyState } from '../../ui/empty-state.tsx';
import { BulkActionsToolbar, offeredBulkActions } from '../actions/bulk-actions-toolbar.tsx';
import { CreateFromYamlButton } from '../yaml/create-from-yaml-button.tsx';
import { defaultColumnIds } from './column-chooser.tsx';
import { ListFailureState, PartialFailures } from './list-failures.tsx';
import { ListHeader } from './list-header.tsx';
import { orderRows, pluginColumnsFilter } from './list-order.ts';
import { ListToolbar } from './list-toolbar.tsx';
import { ResourceTable } from './resource-table.tsx';
import { rowObjectRef } from './row-selection.ts';
import { typeLabel } from './type-label.ts';
import { UnknownTypeState } from './unknown-type-state.tsx';
import { useListQuery } from './use-list-query.ts';
import { useNow } from './use-now.ts';
import { useResourceParams } from './use-resource-params.ts';
import { useRowSelection } from './use-row-selection.ts';

/** Skips a watch event's re-render while the selection is unchanged. */
const MemoBulkActionsToolbar = memo(BulkActionsToolbar);
const noFailures: readonly ListFailure[] = [];
/** The table fills the window below the header and toolbar (about this many px), but is never smaller than 320px. */
const tableTop = 290;
const minTableHeight = 320;

function ResourceList({ cluster, type }: { readonly cluster: string; readonly type: DiscoveredResource }) {
  const { t } = useTranslation();
  const [query, update] = useListQuery();
  const now = useNow();
  const clusters = useMemo(
    () => [cluster, ...query.clusters.filter((c) => c !== cluster)],
    [cluster, query.clusters],
  );
  const namespaces = useMemo(
    () => (type.namespaced ? query.namespaces : []),
    [type.namespaced, query.namespaces],
  );
  const list = useKubeList(clusters, type, namespaces);
  const columns = useMemo(
    () =>
      listColumns(list.columns, {
        ...(type.namespaced && namespaces.length !== 1
          ? { namespaceLabel: t('resources.filter.namespace') }
          : {}),
        ...(clusters.length > 1 ? { clusterLabel: t('resources.filter.cluster') } : {}),
      }),
    [list.columns, type.namespaced, namespaces.length, clusters.length, t],
  );
  // Memoized: a new array would re-render every row of the table (its rows are memoized on their columns).
  const visible = useMemo(() => {
    const visibleIds = query.columns ?? defaultColumnIds(columns);
    return columns.filter((c, i) => i === 0 || visibleIds.includes(c.id));
  }, [columns, query.columns]);
  // Parsed once per selector text: a new requirements array on every render would re-filter and re-sort every
  // row on every render (a clock tick, a selection click).
  const selector = useMemo(() => parseLabelSelector(query.labels), [query.labels]);
  const requirements = selector.ok ? selector.requirements : undefined;
  const pluginColumns = usePluginTableColumns(type);
  const filtered = useMemo(
    () =>
      filterRows(list.rows, {
        text: query.text,
        ...(requirements ? { selector: requirements } : {}),
        ...pluginColumnsFilter(pluginColumns),
      }),
    [list.rows, query.text, requirements, pluginColumns],
  );
  const ordered = useMemo(
    () => orderRows(filtered, query.sort, columns, pluginColumns),
    [filtered, query.sort, columns, pluginColumns],
  );
  const sorted = ordered.rows;
  // A new filter, namespace or cluster choice clears the selection; sorting keeps it.
  const selection = useRowSelection(
    sorted,
    JSON.stringify([query.text, query.labels, namespaces, query.clusters]),
  );
  const selectedRefs = useMemo(
    () => selection.selectedRows.map((row) => rowObjectRef(row, type)),
    [selection.selectedRows, type],
  );
  const selectable = offeredBulkActions(type).length > 0;
  const label = typeLabel(type);
  // Stable props for the memoized header, toolbar and table header: a watch event re-renders this component,
  // and only the table rows whose content changed should follow it.
  const onSort = useCallback(
    (column: string): void => {
      // From the latest URL: a second click before the first one rendered still reverses the order.
      update((current) => ({
        sort: { column, descending: current.sort?.column === column ? !current.sort.descending : false },
      }));
    },
    [update],
  );
  const sortLabel = useCallback((column: string) => t('resources.list.sortBy', { column }), [t]);
  const visibleIds = useMemo(() => visible.map((c) => c.id), [visible]);
  const createNamespace = namespaces.length === 1 ? namespaces[0] : undefined;
  const canCreate = type.verbs.includes('create');
  const create = useMemo(
    () =>
      canCreate ? (
        <CreateFromYamlButton
          cluster={cluster}
          {...(createNamespace ? { namespace: createNamespace } : {})}
        />
      ) : undefined,
    [canCreate, cluster, createNamespace],
  );
  const terminalFailures = useMemo(() => {
    const terminal = list.failures.filter((f) => f.terminal);
    return terminal.length === 0 ? noFailures : terminal;
  }, [list.failures]);
  const allFailed =
    !list.loading &&
    list.failures.length > 0 &&
    list.rows.length === 0 &&
    list.failures.length >= clusters.length;
  const filtersActive = query.text !== '' || query.labels !== '';
  return (
    <>
      <ListHeader
        type={type}
        total={list.loading ? undefined : list.rows.length}
        shown={filtered.length}
        loading={list.loading}
        paging={list.paging}
        reconnecting={list.reconnecting}
        polling={list.polling}
      />
      <ListToolbar
        cluster={cluster}
        clusters={clusters}
        namespaced={type.namespaced}
        query={query}
        onChange={update}
        columns={columns}
        visibleColumns={visibleIds}
        selectorError={selector.ok ? undefined : selector.error}
        create={create}
      />
      {!allFailed && <PartialFailures failures={terminalFailures} type={type} />}
      {list.paging && <LinearProgress aria-label={t('resources.list.paging')} sx={{ mb: 1 }} />}
      <MemoBulkActionsToolbar type={type} refs={selectedRefs} onClear={selection.clear} />
      {list.loading && list.rows.length === 0 ? (
        <Skeleton variant="rounded" height={320} aria-label={t('common.loading')} />
      ) : allFailed && list.failures[0] ? (
        <ListFailureState failure={list.failures[0]} type={type} />
      ) : list.rows.length === 0 ? (
        <EmptyState
          icon={<SearchOffIcon />}
          title={t('resources.state.emptyTitle', { kind: label })}
          description={
            namespaces.length > 0
              ? t('resources.state.emptyNamespaces', { kind: label })
              : t('resources.state.emptyCluster')
          }
        />
      ) : sorted.length === 0 ? (
        <EmptyState
          icon={<SearchOffIcon />}
          title={t('resources.state.noMatchTitle')}
          description={t('resources.state.noMatch', { count: list.rows.length })}
          actions={
            filtersActive ? (
              <Button
                variant="outlined"
                onClick={() => {
                  update({ text: '', labels: '' });
                }}
              >
                {t('resources.filter.clear')}
              </Button>
            ) : undefined
          }
        />
      ) : list.columns.length === 0 ? (
        <Alert severity="info">{t('resources.list.noColumns')}</Alert>
      ) : (
        <ResourceTable
          label={t('resources.list.table', { kind: label })}
          type={type}
          rows={sorted}
          columns={visible}
          sort={ordered.sort}
          onSort={onSort}
          now={now}
          height={`max(${String(minTableHeight)}px, calc(100vh - ${String(tableTop)}px))`}
          estimatedHeight={Math.max(minTableHeight, window.innerHeight - tableTop)}
          sortLabel={sortLabel}
          {...(selectable ? { selection } : {})}
        />
      )}
    </>
  );
}

/** `/c/:cluster/r/:group/:version/:resource`: a live, filterable, sortable list of one type. */
export function ResourceListPage() {
  const params = useResourceParams();
  return (
    <PageContainer maxWidth={2000}>
      {params.type ? (
        <ResourceList
          key={`${params.cluster}/${params.group}/${params.resource}`}
          cluster={params.cluster}
          type={params.type}
        />
      ) : (
        <UnknownTypeState params={params} />
      )}
    </PageContainer>
  );
}

import { useMemo, useState } from 'react';
import type { ApiError } from '../../api/api-error.ts';
import type { ListRow } from '../list-rows.ts';
import type { ResourceType } from '../resource-ref.ts';
import type { TableColumn, TableRow } from '../table.ts';
import type { WatchTarget } from '../watch-connection.ts';
import type { WatchState } from '../watch-state.ts';
import { useWatch } from './use-watch.ts';

/** A failed collection of a list: which cluster and namespace, and why. */
export interface ListFailure {
  readonly cluster: string;
  readonly namespace: string | undefined;
  readonly error: ApiError;
  /** True when nothing will be retried (forbidden, not found, unauthorized). */
  readonly terminal: boolean;
}

/** The merged, live rows of a list across clusters and namespaces. */
export interface KubeListResult {
  readonly rows: readonly ListRow[];
  readonly columns: readonly TableColumn[];
  /** True until every collection answered (or failed). */
  readonly loading: boolean;
  /** True while more pages of a big list are arriving. */
  readonly paging: boolean;
  readonly failures: readonly ListFailure[];
  /** True while a broken watch is being resumed. */
  readonly reconnecting: boolean;
  /** True while some collection is re-listed periodically for want of a free watch connection. */
  readonly polling: boolean;
}

const rowCache = new WeakMap<TableRow, ListRow>();

function toListRow(cluster: string, row: TableRow): ListRow {
  let cached = rowCache.get(row);
  if (!cached || cached.cluster !== cluster) {
    cached = {
      key: `${cluster}/${row.metadata.uid ?? `${row.metadata.namespace ?? ''}/${row.metadata.name}`}`,
      cluster,
      row,
    };
    rowCache.set(row, cached);
  }
  return cached;
}

function targetsFor(
  clusters: readonly string[],
  type: ResourceType | undefined,
  namespaces: readonly string[],
  perNamespace: ReadonlySet<string>,
  fieldSelector: string | undefined,
): WatchTarget[] {
  if (!type) return [];
  return clusters.flatMap((cluster) => {
    const base = { cluster, type, format: 'table' as const, ...(fieldSelector ? { fieldSelector } : {}) };
    if (!type.namespaced) return [base];
    if (namespaces.length === 1 || (namespaces.length > 1 && perNamespace.has(cluster)))
      return namespaces.map((namespace) => ({ ...base, namespace }));
    return [base];
  });
}

/**
 * The live rows of `type` in `clusters`, limited to `namespaces` (empty: all). One namespace is watched on its
 * own; several share the all-namespaces watch, filtered here, unless that one is forbidden (a user allowed only
 * some namespaces), in which case each namespace is watched separately. A field selector (events of one
 * object) makes a watch of its own.
 */
export function useKubeList(
  clusters: readonly string[],
  type: ResourceType | undefined,
  namespaces: readonly string[],
  options: { readonly fieldSelector?: string } = {},
): KubeListResult {
  const { fieldSelector } = options;
  const [perNamespace, setPerNamespace] = useState<ReadonlySet<string>>(new Set());
  const targets = useMemo(
    () => targetsFor(clusters, type, namespaces, perNamespace, fieldSelector),
    [clusters, type, namespaces, perNamespace, fieldSelector],
  );
  const states = useWatch<TableRow>(targets);
  // Derived state, adjusted during render (React re-renders at once): all-namespaces forbidden → per namespace.
  const forbidden =
    namespaces.length < 2
      ? []
      : targets.filter(
          (t, i) =>
            t.namespace === undefined && states[i]?.error?.status === 403 && !perNamespace.has(t.cluster),
        );
  if (forbidden.length > 0) setPerNamespace(new Set([...perNamespace, ...forbidden.map((t) => t.cluster)]));
  return useMemo(() => merge(targets, states, namespaces), [targets, states, namespaces]);
}

/** The rows last merged for a hook's targets, and the item maps they came from. */
interface MergedRows {
  readonly namespaces: readonly string[];
  readonly items: readonly ReadonlyMap<string, TableRow>[];
  readonly rows: readonly ListRow[];
}

/** Keyed by the hook's memoized targets: one entry per mounted list, dropped with it. */
const mergedRows = new WeakMap<readonly WatchTarget[], MergedRows>();

/**
 * The rows of `states`, the same array as last time when no collection's items changed: a state change that
 * is not about items (the watch started, a bookmark, reconnecting) then re-filters and re-sorts nothing.
 */
function mergeRows(
  targets: readonly WatchTarget[],
  states: readonly WatchState<TableRow>[],
  namespaces: readonly string[],
): readonly ListRow[] {
  const items = states.map((state) => state.items);
  const last = mergedRows.get(targets);
  if (
    last?.namespaces === namespaces &&
    last.items.length === items.length &&
    last.items.every((map, i) => map === items[i])
  )
    return last.rows;
  const keep = namespaces.length > 1 ? new Set(namespaces) : undefined;
  const rows: ListRow[] = [];
  states.forEach((state, i) => {
    const target = targets[i];
    if (!target) return;
    for (const row of state.items.values()) {
      if (keep && !keep.has(row.metadata.namespace ?? '')) continue;
      rows.push(toListRow(target.cluster, row));
    }
  });
  mergedRows.set(targets, { namespaces, items, rows });
  return rows;
}

function merge(
  targets: readonly WatchTarget[],
  states: readonly WatchState<TableRow>[],
  namespaces: readonly string[],
): KubeListResult {
  const rows = mergeRows(targets, states, namespaces);
  const failures: ListFailure[] = [];
  let columns: readonly TableColumn[] = [];
  let loading = states.length < targets.length || targets.length === 0;
  let paging = false;
  let reconnecting = false;
  let polling = false;
  states.forEach((state, i) => {
    const target = targets[i];
    if (!target) return;
    if (state.phase === 'loading') loading = true;
    if (state.paging) paging = true;
    if (state.reconnecting) reconnecting = true;
    if (state.polling) polling = true;
    if (state.error && (state.phase === 'error' || state.phase === 'loading'))
      failures.push({
        cluster: target.cluster,
        namespace: target.namespace,
        error: state.error,
        terminal: state.phase === 'error',
      });
    if (columns.length === 0 && state.columns.length > 0) columns = state.columns;
  });
  if (failures.length > 0 && failures.length === targets.length && failures.every((f) => f.terminal))
    loading = false;
  return { rows, columns, loading, paging, failures, reconnecting, polling };
}

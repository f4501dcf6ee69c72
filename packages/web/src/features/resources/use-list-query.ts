import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { parseListQuery, writeListQuery, type ListQuery } from '../../k8s/list-query.ts';

/**
 * The list page's filter/sort/column state, read from and written to the URL (history entries replaced).
 * Updates build on the last URL written, not the last one rendered: the router renders navigations in a
 * transition, so two quick changes (clear the filter, then type a selector) would otherwise undo each other.
 */
export function useListQuery(): readonly [
  ListQuery,
  (change: Partial<ListQuery> | ((current: ListQuery) => Partial<ListQuery>)) => void,
] {
  const [params, setParams] = useSearchParams();
  const latest = useRef(params);
  useEffect(() => {
    latest.current = params;
  }, [params]);
  const query = useMemo(() => parseListQuery(params), [params]);
  const update = useCallback(
    (change: Partial<ListQuery> | ((current: ListQuery) => Partial<ListQuery>)) => {
      const current = parseListQuery(latest.current);
      const next = writeListQuery(latest.current, {
        ...current,
        ...(typeof change === 'function' ? change(current) : change),
      });
      latest.current = next;
      setParams(next, { replace: true });
    },
    [setParams],
  );
  return [query, update] as const;
}

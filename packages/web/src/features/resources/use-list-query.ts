import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseListQuery, writeListQuery, type ListQuery } from '../../k8s/list-query.ts';

/** The list page's filter/sort/column state, read from and written to the URL (history entries replaced). */
export function useListQuery(): readonly [ListQuery, (change: Partial<ListQuery>) => void] {
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => parseListQuery(params), [params]);
  const update = useCallback(
    (change: Partial<ListQuery>) => {
      setParams((current) => writeListQuery(current, { ...parseListQuery(current), ...change }), {
        replace: true,
      });
    },
    [setParams],
  );
  return [query, update] as const;
}

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { parseListQuery, writeListQuery, type ListQuery } from '../../k8s/list-query.ts';

/** A written query the router has not rendered yet: shown while the router still renders `from`. */
interface Pending {
  readonly from: URLSearchParams;
  readonly next: URLSearchParams;
}

/**
 * The list page's filter/sort/column state, read from and written to the URL (history entries replaced).
 *
 * A change shows at once: the list renders it as an urgent update of its own, while the router renders the
 * new URL in a transition (every component that reads the location, the whole shell included) after the
 * repaint. Until the router has caught up, the query written last wins over the one it renders; a navigation
 * (back, a link) replaces both. The query is parsed once per distinct URL text, so the router's catch-up
 * render hands the list the same objects and re-sorts nothing.
 *
 * Updates build on the last URL written, not the last one rendered: two quick changes (clear the filter, then
 * type a selector) would otherwise undo each other.
 */
export function useListQuery(): readonly [
  ListQuery,
  (change: Partial<ListQuery> | ((current: ListQuery) => Partial<ListQuery>)) => void,
] {
  const [params, setParams] = useSearchParams();
  const [pending, setPending] = useState<Pending | undefined>(undefined);
  const shown = pending?.from === params ? pending.next : params;
  const latest = useRef(shown);
  const rendered = useRef(params);
  useEffect(() => {
    latest.current = shown;
    rendered.current = params;
  }, [shown, params]);
  const text = shown.toString();
  // Keyed by the text, not the object: the router's copy of a URL the list already shows parses to the same query.
  const query = useMemo(() => parseListQuery(new URLSearchParams(text)), [text]);
  const update = useCallback(
    (change: Partial<ListQuery> | ((current: ListQuery) => Partial<ListQuery>)) => {
      const current = parseListQuery(latest.current);
      const next = writeListQuery(latest.current, {
        ...current,
        ...(typeof change === 'function' ? change(current) : change),
      });
      latest.current = next;
      setPending({ from: rendered.current, next });
      setParams(next, { replace: true });
    },
    [setParams],
  );
  return [query, update] as const;
}

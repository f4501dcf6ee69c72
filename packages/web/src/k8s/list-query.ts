/**
 * The state of a list page in its URL, so a filtered, sorted view can be bookmarked and shared:
 * `?ns=shop,batch&q=web&l=app%3Dweb&sort=-age&cols=name,ready,node&clusters=alpha,beta`.
 */

/** A list's filter, sort and column choice. */
export interface ListQuery {
  /** Namespaces to show; empty: all. */
  readonly namespaces: readonly string[];
  /** Free text filter. */
  readonly text: string;
  /** Label selector (text form). */
  readonly labels: string;
  /** Column id to sort by, and direction. */
  readonly sort: { readonly column: string; readonly descending: boolean } | undefined;
  /** Visible column ids; undefined: the default (kubectl's, without `-o wide` ones). */
  readonly columns: readonly string[] | undefined;
  /** Extra clusters shown beside the page's own. */
  readonly clusters: readonly string[];
}

function list(value: string | null): string[] {
  return (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

/** Reads a list query from URL search parameters (unknown parameters are ignored). */
export function parseListQuery(params: URLSearchParams): ListQuery {
  const sort = params.get('sort') ?? '';
  const columns = params.get('cols');
  return {
    namespaces: list(params.get('ns')),
    text: params.get('q') ?? '',
    labels: params.get('l') ?? '',
    sort: sort ? { column: sort.replace(/^-/, ''), descending: sort.startsWith('-') } : undefined,
    columns: columns === null ? undefined : list(columns),
    clusters: list(params.get('clusters')),
  };
}

/** Writes `query` into a copy of `params`, leaving out defaults so URLs stay short. */
export function writeListQuery(params: URLSearchParams, query: ListQuery): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (key: string, value: string): void => {
    if (value) next.set(key, value);
    else next.delete(key);
  };
  set('ns', query.namespaces.join(','));
  set('q', query.text);
  set('l', query.labels);
  set('sort', query.sort ? `${query.sort.descending ? '-' : ''}${query.sort.column}` : '');
  if (query.columns === undefined) next.delete('cols');
  else next.set('cols', query.columns.join(','));
  set('clusters', query.clusters.join(','));
  return next;
}

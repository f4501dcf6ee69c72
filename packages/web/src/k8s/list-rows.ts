/**
 * The list model: rows of one or more watched collections (several clusters or namespaces), their columns
 * (the Table's plus Namespace and Cluster where they help), cell text, text and label filtering, and sorting by
 * any column. Pure and fast: 10k rows filter and sort in a few tens of milliseconds.
 */
import { ageOf } from './age.ts';
import { matchesSelector, type LabelRequirement } from './label-selector.ts';
import { compareNatural, naturalKey, type NaturalKey } from './natural-order.ts';
import { isAgeColumn, type TableColumn, type TableRow } from './table.ts';

/** A row of a list, with the cluster it comes from. */
export interface ListRow {
  /** Unique across the merged collections. */
  readonly key: string;
  readonly cluster: string;
  readonly row: TableRow;
}

/** A column of a list. */
export type ListColumn =
  | {
      readonly id: string;
      readonly label: string;
      readonly source: 'cell';
      readonly index: number;
      readonly column: TableColumn;
      /** Shown only on request (`kubectl get -o wide`). */
      readonly wide: boolean;
    }
  | {
      readonly id: 'namespace' | 'cluster';
      readonly label: string;
      readonly source: 'namespace' | 'cluster';
      readonly wide: false;
    };

/** `Nominated Node` → `nominated-node`: a column id for URLs. */
export function columnId(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The columns of a list: Name, then Namespace (when several namespaces show) and Cluster (when several clusters
 * show), then the Table's other columns in the server's order.
 */
export function listColumns(
  columns: readonly TableColumn[],
  options: { readonly namespaceLabel?: string; readonly clusterLabel?: string },
): ListColumn[] {
  const cells: ListColumn[] = columns.map((column, index) => ({
    id: columnId(column.name) || `column-${String(index)}`,
    label: column.name,
    source: 'cell',
    index,
    column,
    wide: column.priority > 0,
  }));
  const nameIndex = Math.max(
    0,
    cells.findIndex((c) => c.source === 'cell' && c.column.format === 'name'),
  );
  const name = cells.splice(nameIndex, 1);
  const extra: ListColumn[] = [];
  if (options.namespaceLabel)
    extra.push({ id: 'namespace', label: options.namespaceLabel, source: 'namespace', wide: false });
  if (options.clusterLabel)
    extra.push({ id: 'cluster', label: options.clusterLabel, source: 'cluster', wide: false });
  return [...name, ...extra, ...cells];
}

function valueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** The text a cell shows at `now` (ages are recomputed from the creation time, so they keep counting). */
export function cellText(row: ListRow, column: ListColumn, now: number): string {
  if (column.source !== 'cell')
    return column.source === 'namespace' ? (row.row.metadata.namespace ?? '') : row.cluster;
  if (isAgeColumn(column.column) && row.row.metadata.creationTimestamp)
    return ageOf(row.row.metadata.creationTimestamp, now);
  return valueText(row.row.cells[column.index]);
}

const searchText = new WeakMap<TableRow, string>();

function textOf(row: ListRow): string {
  let text = searchText.get(row.row);
  if (text === undefined) {
    text = [row.row.metadata.name, row.row.metadata.namespace ?? '', ...row.row.cells.map(valueText)]
      .join('\u0000')
      .toLowerCase();
    searchText.set(row.row, text);
  }
  return text;
}

/** What to keep. */
export interface RowFilter {
  /** Every word must occur in the name, namespace or a cell. */
  readonly text?: string;
  readonly selector?: readonly LabelRequirement[];
  /** Namespaces to keep (empty or undefined: all). */
  readonly namespaces?: readonly string[];
  /** More text of a row the words may match (plugin columns), besides its name, namespace and cells. */
  readonly extraText?: (row: ListRow) => string;
}

/** The rows that pass `filter`, in their order. */
export function filterRows(rows: readonly ListRow[], filter: RowFilter): ListRow[] {
  const words = (filter.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const namespaces =
    filter.namespaces && filter.namespaces.length > 0 ? new Set(filter.namespaces) : undefined;
  const selector = filter.selector && filter.selector.length > 0 ? filter.selector : undefined;
  return rows.filter((row) => {
    if (namespaces && !namespaces.has(row.row.metadata.namespace ?? '')) return false;
    if (selector && !matchesSelector(selector, row.row.metadata.labels)) return false;
    if (words.length === 0) return true;
    const text = textOf(row);
    if (words.every((word) => text.includes(word))) return true;
    if (!filter.extraText) return false;
    const all = `${text}\u0000${filter.extraText(row).toLowerCase()}`;
    return words.every((word) => all.includes(word));
  });
}

function sortKey(row: ListRow, column: ListColumn): string | number {
  if (column.source !== 'cell') return cellText(row, column, 0);
  if (isAgeColumn(column.column)) {
    // Older first when ascending by age: a larger age is an earlier timestamp.
    const at = Date.parse(row.row.metadata.creationTimestamp ?? '');
    return Number.isNaN(at) ? 0 : -at;
  }
  const value = row.row.cells[column.index];
  if ((column.column.type === 'integer' || column.column.type === 'number') && typeof value === 'number')
    return value;
  return valueText(value);
}

/** A copy of `rows` sorted by `column` (stable; ties keep the name order). */
export function sortRows(rows: readonly ListRow[], column: ListColumn, descending: boolean): ListRow[] {
  return sortRowsBy(rows, (row) => sortKey(row, column), descending);
}

/**
 * A copy of `rows` sorted by `key` (computed once per row): numbers numerically when both keys are numbers,
 * else as text in natural order (`web-9` before `web-10`, see natural-order.ts); `undefined` sorts like empty
 * text. Stable.
 */
export function sortRowsBy(
  rows: readonly ListRow[],
  key: (row: ListRow) => string | number | undefined,
  descending: boolean,
): ListRow[] {
  const keyed = rows.map((row) => {
    const value = key(row) ?? '';
    return { row, key: typeof value === 'number' ? value : naturalKey(value) };
  });
  const sign = descending ? -1 : 1;
  keyed.sort((a, b) => {
    const order =
      typeof a.key === 'number' && typeof b.key === 'number'
        ? a.key - b.key
        : compareNatural(textKey(a.key), textKey(b.key));
    return order * sign;
  });
  return keyed.map((entry) => entry.row);
}

function textKey(key: number | NaturalKey): NaturalKey {
  return typeof key === 'number' ? naturalKey(String(key)) : key;
}

/** The default order: by namespace, then name (what `kubectl get -A` prints), then cluster. */
export function defaultOrder(rows: readonly ListRow[]): ListRow[] {
  // Namespaces and clusters repeat: one key per distinct text.
  const shared = new Map<string, NaturalKey>();
  const sharedKey = (text: string): NaturalKey => {
    let key = shared.get(text);
    if (key === undefined) {
      key = naturalKey(text);
      shared.set(text, key);
    }
    return key;
  };
  const keyed = rows.map((row) => ({
    row,
    namespace: sharedKey(row.row.metadata.namespace ?? ''),
    name: naturalKey(row.row.metadata.name),
    cluster: sharedKey(row.cluster),
  }));
  keyed.sort(
    (a, b) =>
      compareNatural(a.namespace, b.namespace) ||
      compareNatural(a.name, b.name) ||
      compareNatural(a.cluster, b.cluster),
  );
  return keyed.map((entry) => entry.row);
}

/**
 * The server-side Table format (`meta.k8s.io/v1 Table`): the columns `kubectl get` prints for any kind, with
 * `-o wide` columns marked by `priority > 0`, and one row per object carrying its metadata
 * (`includeObject=Metadata`). A server that ignores the Table request and sends a plain list is read too,
 * with kubectl's default columns for unknown kinds (Name, Age).
 */
import { ageOf } from './age.ts';
import {
  arrayField,
  isKubeObject,
  isRecord,
  numberField,
  stringField,
  type ObjectMeta,
} from './kube-object.ts';

/** One column definition of a Table. */
export interface TableColumn {
  readonly name: string;
  /** OpenAPI type: `string`, `integer`, `number`, `boolean`, `date`. */
  readonly type: string;
  /** OpenAPI format, e.g. `name` for the Name column. */
  readonly format: string;
  readonly description: string;
  /** 0 = shown by `kubectl get`; higher = only with `-o wide`. */
  readonly priority: number;
}

/** One row: the printed cells and the object's metadata. */
export interface TableRow {
  readonly cells: readonly unknown[];
  readonly metadata: ObjectMeta;
}

/** A parsed Table page. */
export interface TablePage {
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
  readonly resourceVersion: string;
  readonly continueToken: string | undefined;
}

/** Default columns of a kind without printer columns (what kubectl shows for it). */
export const fallbackColumns: readonly TableColumn[] = [
  { name: 'Name', type: 'string', format: 'name', description: 'Name of the object', priority: 0 },
  { name: 'Age', type: 'date', format: '', description: 'CreationTimestamp of the object', priority: 0 },
];

function parseColumn(value: unknown): TableColumn | undefined {
  const name = stringField(value, 'name');
  if (name === undefined) return undefined;
  return {
    name,
    type: stringField(value, 'type') ?? 'string',
    format: stringField(value, 'format') ?? '',
    description: stringField(value, 'description') ?? '',
    priority: numberField(value, 'priority') ?? 0,
  };
}

function parseRow(value: unknown): TableRow | undefined {
  if (!isRecord(value)) return undefined;
  const object = value['object'];
  if (!isKubeObject(object)) return undefined;
  return { cells: arrayField(value, 'cells'), metadata: withoutManagedFields(object.metadata) };
}

/** Rows leave out `managedFields` (most of an object's metadata; lists never show it; table-stream.ts). */
function withoutManagedFields(metadata: ObjectMeta): ObjectMeta {
  if (!('managedFields' in metadata)) return metadata;
  const rest: ObjectMeta & { managedFields?: unknown } = { ...metadata };
  delete rest.managedFields;
  return rest;
}

/** Columns of a Table document (empty when the server left them out, as it does after a watch's first event). */
export function parseTableColumns(body: unknown): TableColumn[] {
  return arrayField(body, 'columnDefinitions').flatMap((c) => parseColumn(c) ?? []);
}

/** Rows of a Table document; rows without object metadata (requested with `includeObject=None`) are dropped. */
export function parseTableRows(body: unknown): TableRow[] {
  return arrayField(body, 'rows').flatMap((r) => parseRow(r) ?? []);
}

/** A plain object as a row of {@link fallbackColumns}. */
export function objectToRow(object: unknown, now: number = Date.now()): TableRow | undefined {
  if (!isKubeObject(object)) return undefined;
  return {
    cells: [object.metadata.name, ageOf(object.metadata.creationTimestamp, now)],
    metadata: object.metadata,
  };
}

/** Parses a list answer: a Table, or a plain `…List` (read with the fallback columns). */
export function parseTablePage(body: unknown): TablePage {
  const resourceVersion = stringField(body, 'metadata', 'resourceVersion') ?? '';
  const continueToken = stringField(body, 'metadata', 'continue') || undefined;
  if (stringField(body, 'kind') === 'Table') {
    return { columns: parseTableColumns(body), rows: parseTableRows(body), resourceVersion, continueToken };
  }
  const rows = arrayField(body, 'items').flatMap((item) => objectToRow(item) ?? []);
  return { columns: fallbackColumns, rows, resourceVersion, continueToken };
}

/** The row a watch event carries: a one-row Table in Table format, or a plain object otherwise. */
export function eventRow(object: unknown): TableRow | undefined {
  if (stringField(object, 'kind') === 'Table') return parseTableRows(object)[0];
  return objectToRow(object);
}

/** Whether a column holds the object's age (re-computed in the browser so it keeps counting). */
export function isAgeColumn(column: TableColumn): boolean {
  return (
    column.name === 'Age' && (column.type === 'date' || column.description.startsWith('CreationTimestamp'))
  );
}

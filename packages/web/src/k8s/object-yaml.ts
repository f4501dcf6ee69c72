/** What the YAML view hides of an object, and how edited YAML is read back into one object. */
import { LineCounter, parseDocument } from 'yaml';

/** A Kubernetes object with the metadata fields the editor relies on. */
export interface KubeObject {
  readonly apiVersion?: string;
  readonly kind?: string;
  readonly metadata?: {
    readonly name?: string;
    readonly namespace?: string;
    readonly resourceVersion?: string;
    readonly managedFields?: readonly unknown[];
    readonly [key: string]: unknown;
  };
  readonly [key: string]: unknown;
}

/**
 * A copy of `object` without `metadata.managedFields`. Sending it back with PUT keeps the server's field
 * managers: an update that omits `managedFields` leaves them as they are.
 */
export function withoutManagedFields(object: KubeObject): KubeObject {
  if (!object.metadata || !('managedFields' in object.metadata)) return object;
  const metadata = { ...object.metadata };
  delete metadata.managedFields;
  return { ...object, metadata };
}

/** The result of reading one edited object: the object, or the first syntax error with its position. */
export type ParsedObject =
  | { readonly ok: true; readonly object: KubeObject }
  | {
      readonly ok: false;
      readonly type: 'syntax';
      readonly message: string;
      readonly line?: number;
      readonly column?: number;
    }
  | { readonly ok: false; readonly type: 'notMapping' };

/** Reads the editor's text back into one object; several documents or a non-mapping are refused. */
export function parseObjectYaml(text: string): ParsedObject {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { prettyErrors: false, lineCounter });
  const error = document.errors[0];
  if (error) {
    const position = lineCounter.linePos(error.pos[0]);
    return {
      ok: false,
      type: 'syntax',
      message: error.message.split('\n')[0] ?? error.message,
      line: position.line,
      column: position.col,
    };
  }
  const value: unknown = document.toJS({ maxAliasCount: 100 });
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, type: 'notMapping' };
  return { ok: true, object: value as KubeObject };
}

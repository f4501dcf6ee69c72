/**
 * Re-applying the user's edits after a 409 Conflict: what the user changed between the object they loaded
 * (`base`) and their text (`mine`) is laid over the object as it is now on the server (`theirs`).
 */

/** A JSON value as Kubernetes objects hold them. */
export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

/** The merged object and the fields both sides changed differently (the user's value was kept there). */
export interface MergeResult {
  readonly merged: Json | undefined;
  /** Dotted paths (`spec.replicas`, `data.color`) changed both by the user and on the server. */
  readonly conflicts: readonly string[];
}

function isObject(value: Json | undefined): value is { readonly [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Structural equality of two JSON values (key order does not matter). */
export function jsonEqual(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item: Json, i) => jsonEqual(item, b[i] as Json));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length && keys.every((key) => key in b && jsonEqual(a[key], b[key]))
    );
  }
  return false;
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function mergeValue(
  base: Json | undefined,
  mine: Json | undefined,
  theirs: Json | undefined,
  path: string,
  conflicts: string[],
): Json | undefined {
  if (jsonEqual(mine, base)) return theirs;
  if (jsonEqual(theirs, base) || jsonEqual(mine, theirs)) return mine;
  if (isObject(base) && isObject(mine) && isObject(theirs)) {
    const result: Record<string, Json> = {};
    const keys = [...Object.keys(theirs), ...Object.keys(mine).filter((key) => !(key in theirs))];
    for (const key of keys) {
      const value = mergeValue(base[key], mine[key], theirs[key], join(path, key), conflicts);
      if (value !== undefined) result[key] = value;
    }
    return result;
  }
  // Lists and scalars are replaced as a whole: both sides changed this one, the user's edit wins.
  conflicts.push(path);
  return mine;
}

/**
 * Three-way merge of JSON objects. A field the user did not touch takes the server's current value
 * (including `metadata.resourceVersion`, so the result can be applied); a field only the user changed keeps
 * the user's value; a field both changed differently keeps the user's value and is listed in `conflicts`.
 * Lists are compared whole (Kubernetes list merge keys are not known here).
 */
export function mergeChanges(base: Json, mine: Json, theirs: Json): MergeResult {
  const conflicts: string[] = [];
  const merged = mergeValue(base, mine, theirs, '', conflicts);
  return { merged, conflicts };
}

/**
 * {@link mergeChanges} for a Kubernetes object after a 409 Conflict: the result always carries the
 * server's current `metadata.resourceVersion` (whatever the user did to that field), so applying it again
 * is checked against the object the user has now seen.
 */
export function rebaseEdit(base: Json, mine: Json, theirs: Json): MergeResult {
  const { merged, conflicts } = mergeChanges(base, mine, theirs);
  const theirsMetadata = isObject(theirs) ? theirs['metadata'] : undefined;
  const resourceVersion = isObject(theirsMetadata) ? theirsMetadata['resourceVersion'] : undefined;
  if (!isObject(merged) || typeof resourceVersion !== 'string') return { merged, conflicts };
  const metadata = isObject(merged['metadata']) ? merged['metadata'] : {};
  return {
    merged: { ...merged, metadata: { ...metadata, resourceVersion } },
    conflicts: conflicts.filter((path) => path !== 'metadata.resourceVersion'),
  };
}

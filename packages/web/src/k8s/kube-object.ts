/**
 * The parts of Kubernetes objects the resource browser reads, typed loosely: any object has `metadata`; the rest
 * is read through the narrowing helpers below, so an unexpected shape degrades to "not shown", never a crash.
 */

/** An owner reference (`metadata.ownerReferences[]`). */
export interface OwnerReference {
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string;
  readonly uid: string;
  readonly controller?: boolean;
}

/** `metadata` of any object (full or `PartialObjectMetadata`). */
export interface ObjectMeta {
  readonly name: string;
  readonly namespace?: string;
  readonly uid?: string;
  readonly resourceVersion?: string;
  readonly creationTimestamp?: string;
  readonly deletionTimestamp?: string;
  readonly labels?: Readonly<Record<string, string>>;
  readonly annotations?: Readonly<Record<string, string>>;
  readonly ownerReferences?: readonly OwnerReference[];
  readonly generation?: number;
  readonly finalizers?: readonly string[];
}

/** Any Kubernetes object. */
export interface KubeObject {
  readonly apiVersion?: string;
  readonly kind?: string;
  readonly metadata: ObjectMeta;
  readonly [field: string]: unknown;
}

/** One entry of `status.conditions`. */
export interface Condition {
  readonly type: string;
  readonly status: string;
  readonly reason?: string;
  readonly message?: string;
  readonly lastTransitionTime?: string;
}

/** A Kubernetes list response. */
export interface KubeObjectList<T = KubeObject> {
  readonly metadata?: { readonly resourceVersion?: string; readonly continue?: string };
  readonly items: readonly T[];
}

/** True for a non-null, non-array object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at `path` inside `value` (`field(pod, 'spec', 'nodeName')`), or undefined. */
export function field(value: unknown, ...path: readonly (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof key === 'number') {
      if (!Array.isArray(current)) return undefined;
      current = current[key] as unknown;
    } else {
      if (!isRecord(current)) return undefined;
      current = current[key];
    }
  }
  return current;
}

/** The string at `path`, or undefined. */
export function stringField(value: unknown, ...path: readonly (string | number)[]): string | undefined {
  const found = field(value, ...path);
  return typeof found === 'string' ? found : undefined;
}

/** The number at `path`, or undefined. */
export function numberField(value: unknown, ...path: readonly (string | number)[]): number | undefined {
  const found = field(value, ...path);
  return typeof found === 'number' ? found : undefined;
}

/** The array at `path` (empty when missing). */
export function arrayField(value: unknown, ...path: readonly (string | number)[]): readonly unknown[] {
  const found = field(value, ...path);
  return Array.isArray(found) ? found : [];
}

/** A string map at `path` (labels, selectors, ConfigMap data); non-string values are dropped. */
export function stringMap(value: unknown, ...path: readonly (string | number)[]): Record<string, string> {
  const found = field(value, ...path);
  if (!isRecord(found)) return {};
  const out: Record<string, string> = {};
  for (const [key, entry] of Object.entries(found)) if (typeof entry === 'string') out[key] = entry;
  return out;
}

/** `status.conditions` of an object, well-formed entries only. */
export function conditionsOf(object: unknown): Condition[] {
  return arrayField(object, 'status', 'conditions').flatMap((entry) => {
    const type = stringField(entry, 'type');
    const status = stringField(entry, 'status');
    if (!type || !status) return [];
    const reason = stringField(entry, 'reason');
    const message = stringField(entry, 'message');
    const lastTransitionTime = stringField(entry, 'lastTransitionTime');
    return [
      {
        type,
        status,
        ...(reason ? { reason } : {}),
        ...(message ? { message } : {}),
        ...(lastTransitionTime ? { lastTransitionTime } : {}),
      },
    ];
  });
}

/** A stable key for an object within one collection: its uid, else `namespace/name`. */
export function objectKey(metadata: Pick<ObjectMeta, 'uid' | 'namespace' | 'name'>): string {
  return metadata.uid ?? `${metadata.namespace ?? ''}/${metadata.name}`;
}

/** Whether a value looks like an object with `metadata.name`. */
export function isKubeObject(value: unknown): value is KubeObject {
  return typeof stringField(value, 'metadata', 'name') === 'string';
}

/** The Kubernetes vocabulary of the SDK: objects, kinds, and what the Kubernetes hooks take and return. */

/** Any Kubernetes object: the metadata the app relies on, the rest as the API server sent it. */
export interface KubeObject {
  readonly apiVersion?: string;
  readonly kind?: string;
  readonly metadata: {
    readonly name: string;
    readonly namespace?: string;
    readonly uid?: string;
    readonly resourceVersion?: string;
    readonly creationTimestamp?: string;
    readonly labels?: Readonly<Record<string, string>>;
    readonly annotations?: Readonly<Record<string, string>>;
    readonly ownerReferences?: readonly {
      readonly apiVersion: string;
      readonly kind: string;
      readonly name: string;
      readonly uid: string;
      readonly controller?: boolean;
    }[];
  };
  readonly spec?: unknown;
  readonly status?: unknown;
}

/**
 * Which kind an extension is for: `'Deployment'` (any API group) or `{ group: 'apps', kind: 'Deployment' }`
 * (`group: ''` is the core group).
 */
export type KindMatch = string | { readonly group?: string; readonly kind: string };

/** A resource type as the app names it (the same shape as the resource browser's `ResourceType`). */
export interface ResourceTypeRef {
  /** API group; `''` for the core group. */
  readonly group: string;
  readonly version: string;
  /** Plural resource name as in URLs (`deployments`). */
  readonly resource: string;
  readonly kind: string;
  readonly namespaced: boolean;
}

/** True when an extension registered for `match` applies to objects of `type`. */
export function kindMatches(match: KindMatch, type: Pick<ResourceTypeRef, 'group' | 'kind'>): boolean {
  if (typeof match === 'string') return match === type.kind;
  return match.kind === type.kind && (match.group === undefined || match.group === type.group);
}

/** What {@link useKubeList} reads: a collection, optionally in one namespace and filtered by labels. */
export interface KubeListQuery {
  readonly cluster: string;
  /** `''` (default) for the core group. */
  readonly group?: string;
  readonly version: string;
  readonly resource: string;
  /** Omit for all namespaces (or for cluster-scoped resources). */
  readonly namespace?: string;
  readonly labelSelector?: string;
  /** Keep the list current with a watch (default true). */
  readonly watch?: boolean;
  /** Set false to not fetch (e.g. no cluster chosen yet). Default true. */
  readonly enabled?: boolean;
}

/** What {@link useKubeObject} reads: one object. */
export interface KubeObjectQuery extends Omit<KubeListQuery, 'labelSelector'> {
  readonly name: string;
}

/** A failed read: the HTTP status (0 when the server could not be reached) and a message for people. */
export interface KubeReadError {
  readonly status: number;
  readonly message: string;
}

/** Result of {@link useKubeList}. */
export interface KubeListResult<T extends KubeObject> {
  /** The objects; empty while loading or after an error. */
  readonly items: readonly T[];
  readonly loading: boolean;
  readonly error: KubeReadError | undefined;
}

/** Result of {@link useKubeObject}. */
export interface KubeObjectResult<T extends KubeObject> {
  readonly object: T | undefined;
  readonly loading: boolean;
  readonly error: KubeReadError | undefined;
}

/**
 * How the app names a Kubernetes resource type and one object of it, and the proxy paths that reach them.
 * Every feature (resource browser, YAML editor, logs, actions, plugins) passes these values across its seams.
 */

/** A resource type as API discovery describes it: `apps/v1` `deployments`, kind `Deployment`. */
export interface ResourceType {
  /** API group; `''` for the core group. */
  readonly group: string;
  readonly version: string;
  /** Plural resource name, as in URLs (`deployments`). */
  readonly resource: string;
  readonly kind: string;
  readonly namespaced: boolean;
}

/** One object of a resource type in one cluster. `namespace` is set exactly when the type is namespaced. */
export interface ObjectRef {
  readonly cluster: string;
  readonly type: ResourceType;
  readonly namespace?: string;
  readonly name: string;
}

/** `apps/v1`, or `v1` for the core group: the `apiVersion` field of the type's objects. */
export function apiVersionOf(type: Pick<ResourceType, 'group' | 'version'>): string {
  return type.group === '' ? type.version : `${type.group}/${type.version}`;
}

/** `/api/v1` or `/apis/GROUP/VERSION`: where the type's group version is served. */
export function groupVersionPath(type: Pick<ResourceType, 'group' | 'version'>): string {
  return type.group === '' ? `/api/${type.version}` : `/apis/${type.group}/${type.version}`;
}

/**
 * The collection path of a type, through Wheelhouse's proxy: `/clusters/C/apis/apps/v1/namespaces/NS/deployments`,
 * or across all namespaces when `namespace` is undefined.
 */
export function collectionPath(cluster: string, type: ResourceType, namespace?: string): string {
  const scope =
    type.namespaced && namespace !== undefined ? `/namespaces/${encodeURIComponent(namespace)}` : '';
  return `/clusters/${encodeURIComponent(cluster)}${groupVersionPath(type)}${scope}/${type.resource}`;
}

/** The path of one object through the proxy (append `/log`, `/scale`, `/exec`… for subresources). */
export function objectPath(ref: ObjectRef): string {
  return `${collectionPath(ref.cluster, ref.type, ref.namespace)}/${encodeURIComponent(ref.name)}`;
}

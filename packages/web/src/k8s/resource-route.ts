/**
 * The resource browser's URL scheme. The core API group is written `core` in URLs (it is `''` in the API):
 *
 * - list: `/c/CLUSTER/r/GROUP/VERSION/RESOURCE` (`/c/dev/r/core/v1/pods`, `/c/dev/r/apps/v1/deployments`)
 * - details, namespaced: `/c/CLUSTER/r/GROUP/VERSION/RESOURCE/NAMESPACE/NAME`
 * - details, cluster-scoped: `/c/CLUSTER/r/GROUP/VERSION/RESOURCE/NAME`
 *
 * List filters live in the query string (see list-query.ts).
 */
import type { ObjectRef, ResourceType } from './resource-ref.ts';

/** The URL segment of an API group. */
export function groupSegment(group: string): string {
  return group === '' ? 'core' : group;
}

/** The API group of a URL segment. */
export function groupFromSegment(segment: string): string {
  return segment === 'core' ? '' : segment;
}

const enc = encodeURIComponent;

/** The list page of a type in a cluster (plus an optional query string without `?`). */
export function listUrl(
  cluster: string,
  type: Pick<ResourceType, 'group' | 'version' | 'resource'>,
  query = '',
): string {
  const path = `/c/${enc(cluster)}/r/${enc(groupSegment(type.group))}/${enc(type.version)}/${enc(type.resource)}`;
  return query ? `${path}?${query}` : path;
}

/** The details page of an object. */
export function detailsUrl(ref: ObjectRef): string {
  const base = listUrl(ref.cluster, ref.type);
  return ref.namespace === undefined
    ? `${base}/${enc(ref.name)}`
    : `${base}/${enc(ref.namespace)}/${enc(ref.name)}`;
}

/**
 * A small discovery lookup: the resource types of one group version (`/api/v1`, `/apis/G/V`), to turn a
 * manifest's `apiVersion` + `kind` (or a URL's resource name) into a {@link ResourceType}.
 */
import { groupVersionPath, type ResourceType } from './resource-ref.ts';

/** One entry of an `APIResourceList`. */
export interface ApiResource {
  readonly name: string;
  readonly kind: string;
  readonly namespaced: boolean;
  readonly verbs?: readonly string[];
}

/** The answer of `/api/v1` or `/apis/G/V`. */
export interface ApiResourceList {
  readonly groupVersion: string;
  readonly resources: readonly ApiResource[];
}

/** `apps/v1` → `{ group: 'apps', version: 'v1' }`; `v1` → the core group. */
export function parseApiVersion(apiVersion: string): { group: string; version: string } {
  const slash = apiVersion.indexOf('/');
  return slash < 0
    ? { group: '', version: apiVersion }
    : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}

/** The discovery path of a group version through the proxy. */
export function discoveryPath(cluster: string, group: string, version: string): string {
  return `/clusters/${encodeURIComponent(cluster)}${groupVersionPath({ group, version })}`;
}

function toType(group: string, version: string, resource: ApiResource): ResourceType {
  return { group, version, resource: resource.name, kind: resource.kind, namespaced: resource.namespaced };
}

/** The top-level resource (not a subresource like `pods/log`) of `kind` in `list`. */
export function findByKind(list: ApiResourceList, kind: string): ResourceType | undefined {
  const { group, version } = parseApiVersion(list.groupVersion);
  const found = list.resources.find((r) => r.kind === kind && !r.name.includes('/'));
  return found && toType(group, version, found);
}

/** The top-level resource named `resource` (plural, as in URLs) in `list`. */
export function findByResource(list: ApiResourceList, resource: string): ResourceType | undefined {
  const { group, version } = parseApiVersion(list.groupVersion);
  const found = list.resources.find((r) => r.name === resource);
  return found && toType(group, version, found);
}

/** TanStack Query key of a group version's resource list (under the cluster, so a login refreshes it). */
export function apiResourcesKey(cluster: string, group: string, version: string) {
  return ['cluster', cluster, 'api-resources', group, version] as const;
}

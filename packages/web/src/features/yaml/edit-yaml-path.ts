import type { ObjectRef } from '../../k8s/resource-ref.ts';

/** The URL segment standing for the core group (`''`), which has no name; API group names contain dots. */
export const coreGroupSegment = 'core';

/**
 * The app route of the full-screen YAML editor of an object:
 * `/c/CLUSTER/edit/GROUP/VERSION/RESOURCE[/NAMESPACE]/NAME` (`core` for the core group).
 */
export function editYamlPath(ref: ObjectRef): string {
  const segments = [
    'c',
    ref.cluster,
    'edit',
    ref.type.group === '' ? coreGroupSegment : ref.type.group,
    ref.type.version,
    ref.type.resource,
    ...(ref.namespace === undefined ? [] : [ref.namespace]),
    ref.name,
  ];
  return `/${segments.map(encodeURIComponent).join('/')}`;
}

/** The API group a URL segment of {@link editYamlPath} stands for. */
export function groupFromSegment(segment: string): string {
  return segment === coreGroupSegment ? '' : segment;
}

/** The access-review attributes of an action on `ref` (namespace and name included when known). */
export function accessCheckFor(ref: ObjectRef, verb: string) {
  return {
    verb,
    group: ref.type.group,
    resource: ref.type.resource,
    name: ref.name,
    ...(ref.namespace === undefined ? {} : { namespace: ref.namespace }),
  };
}

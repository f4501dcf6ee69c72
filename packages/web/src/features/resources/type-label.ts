import type { ResourceType } from '../../k8s/resource-ref.ts';
import { registryEntry } from '../../k8s/resource-registry.ts';

/** The plural label of a type: the registry's for built-ins (`StatefulSets`), the kind for custom resources. */
export function typeLabel(type: Pick<ResourceType, 'group' | 'resource' | 'kind'>): string {
  return registryEntry(type)?.label ?? type.kind;
}

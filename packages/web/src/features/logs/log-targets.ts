/**
 * What a logs tab can show for an object: a Pod's containers (init, regular and ephemeral), or the pods a
 * workload selects through its `spec.selector`.
 */
import { arrayField, field, stringField } from '../../k8s/kube-object.ts';
import { selectorToString } from '../../k8s/label-selector.ts';
import type { ObjectRef } from '../../k8s/resource-ref.ts';

/** Where a container is declared in the pod spec. */
export type ContainerKind = 'init' | 'main' | 'ephemeral';

/** A container a log can be read from. */
export interface LogContainer {
  readonly name: string;
  readonly kind: ContainerKind;
  /** Restarts so far: a previous log exists when this is above 0. */
  readonly restarts: number;
}

/** The containers of a pod, in the order kubectl lists them: init, main, then ephemeral. */
export function containersOf(pod: unknown): LogContainer[] {
  const restarts = new Map<string, number>();
  for (const key of ['initContainerStatuses', 'containerStatuses', 'ephemeralContainerStatuses'])
    for (const status of arrayField(pod, 'status', key)) {
      const name = stringField(status, 'name');
      const count = field(status, 'restartCount');
      if (name) restarts.set(name, typeof count === 'number' ? count : 0);
    }
  const kinds: [string, ContainerKind][] = [
    ['initContainers', 'init'],
    ['containers', 'main'],
    ['ephemeralContainers', 'ephemeral'],
  ];
  return kinds.flatMap(([key, kind]) =>
    arrayField(pod, 'spec', key).flatMap((container) => {
      const name = stringField(container, 'name');
      return name ? [{ name, kind, restarts: restarts.get(name) ?? 0 }] : [];
    }),
  );
}

/** The container a viewer starts with: the `kubectl.kubernetes.io/default-container` annotation, else the first main one. */
export function defaultContainer(pod: unknown, containers: readonly LogContainer[]): string | undefined {
  const annotated = stringField(pod, 'metadata', 'annotations', 'kubectl.kubernetes.io/default-container');
  if (annotated && containers.some((c) => c.name === annotated)) return annotated;
  return (containers.find((c) => c.kind === 'main') ?? containers[0])?.name;
}

/** True for a Pod reference (the core group's `pods`). */
export function isPodRef(ref: ObjectRef): boolean {
  return ref.type.group === '' && ref.type.resource === 'pods';
}

/** A workload's pod selector in label-selector text, or undefined if it has none. */
export function workloadSelector(object: unknown): string | undefined {
  return selectorToString(field(object, 'spec', 'selector'));
}

/**
 * The union of container names over several pods (a workload's), init first, in first-seen order; each name
 * once. Pods of one workload share their template, so this is usually one pod's list.
 */
export function containerUnion(pods: readonly unknown[]): LogContainer[] {
  const seen = new Map<string, LogContainer>();
  for (const pod of pods)
    for (const container of containersOf(pod))
      if (!seen.has(container.name)) seen.set(container.name, container);
  const order: Record<ContainerKind, number> = { init: 0, main: 1, ephemeral: 2 };
  return [...seen.values()].sort((a, b) => order[a.kind] - order[b.kind]);
}

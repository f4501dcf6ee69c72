/**
 * What the cluster overview computes from plain lists: node and pod health, workloads not at their desired
 * state, and requested against allocatable CPU and memory (the scheduler's view: a pod's effective request is
 * the larger of its containers' sum and its largest init container, plus its overhead).
 */
import { parseQuantity } from '../../k8s/quantity.ts';
import {
  arrayField,
  conditionsOf,
  field,
  numberField,
  stringField,
  type KubeObject,
} from '../../k8s/kube-object.ts';

/** Node counts. */
export interface NodeHealth {
  readonly total: number;
  readonly ready: number;
  readonly cordoned: number;
  readonly notReady: readonly string[];
}

/** Counts nodes that are Ready, cordoned, and names those that are not Ready. */
export function nodeHealth(nodes: readonly KubeObject[]): NodeHealth {
  const notReady: string[] = [];
  let ready = 0;
  let cordoned = 0;
  for (const node of nodes) {
    if (conditionsOf(node).some((c) => c.type === 'Ready' && c.status === 'True')) ready++;
    else notReady.push(node.metadata.name);
    if (field(node, 'spec', 'unschedulable') === true) cordoned++;
  }
  return { total: nodes.length, ready, cordoned, notReady };
}

/** Pods per phase, plus those Running but not ready and those waiting in a crash loop. */
export interface PodHealth {
  readonly total: number;
  readonly phases: Readonly<Record<string, number>>;
  readonly notReady: number;
  readonly crashLooping: number;
}

/** Counts pods by phase and trouble. */
export function podHealth(pods: readonly KubeObject[]): PodHealth {
  const phases: Record<string, number> = {};
  let notReady = 0;
  let crashLooping = 0;
  for (const pod of pods) {
    const phase = stringField(pod, 'status', 'phase') ?? 'Unknown';
    phases[phase] = (phases[phase] ?? 0) + 1;
    if (phase === 'Running' && !conditionsOf(pod).some((c) => c.type === 'Ready' && c.status === 'True'))
      notReady++;
    if (
      arrayField(pod, 'status', 'containerStatuses').some(
        (s) => stringField(s, 'state', 'waiting', 'reason') === 'CrashLoopBackOff',
      )
    )
      crashLooping++;
  }
  return { total: pods.length, phases, notReady, crashLooping };
}

/** A workload whose ready replicas differ from the desired ones. */
export interface LaggingWorkload {
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
  readonly desired: number;
  readonly ready: number;
  readonly updated: number | undefined;
}

/** Deployments, StatefulSets (spec.replicas) and DaemonSets (desiredNumberScheduled) not fully ready. */
export function laggingWorkloads(kind: string, objects: readonly KubeObject[]): LaggingWorkload[] {
  return objects.flatMap((o) => {
    const daemon = kind === 'DaemonSet';
    const desired = daemon
      ? (numberField(o, 'status', 'desiredNumberScheduled') ?? 0)
      : (numberField(o, 'spec', 'replicas') ?? 1);
    const ready =
      (daemon ? numberField(o, 'status', 'numberReady') : numberField(o, 'status', 'readyReplicas')) ?? 0;
    const updated = daemon
      ? numberField(o, 'status', 'updatedNumberScheduled')
      : numberField(o, 'status', 'updatedReplicas');
    if (ready >= desired) return [];
    return [{ kind, namespace: o.metadata.namespace ?? '', name: o.metadata.name, desired, ready, updated }];
  });
}

/** CPU (cores) and memory (bytes). */
export interface Resources {
  readonly cpu: number;
  readonly memory: number;
}

function requestsOf(container: unknown): Resources {
  return {
    cpu: parseQuantity(stringField(container, 'resources', 'requests', 'cpu') ?? '0') ?? 0,
    memory: parseQuantity(stringField(container, 'resources', 'requests', 'memory') ?? '0') ?? 0,
  };
}

/** A pod's effective request: max(sum of containers, largest init container) + overhead, per resource. */
export function podRequests(pod: unknown): Resources {
  const sum = arrayField(pod, 'spec', 'containers')
    .map(requestsOf)
    .reduce((a, b) => ({ cpu: a.cpu + b.cpu, memory: a.memory + b.memory }), { cpu: 0, memory: 0 });
  const init = arrayField(pod, 'spec', 'initContainers')
    .map(requestsOf)
    .reduce((a, b) => ({ cpu: Math.max(a.cpu, b.cpu), memory: Math.max(a.memory, b.memory) }), {
      cpu: 0,
      memory: 0,
    });
  const overhead = {
    cpu: parseQuantity(stringField(pod, 'spec', 'overhead', 'cpu') ?? '0') ?? 0,
    memory: parseQuantity(stringField(pod, 'spec', 'overhead', 'memory') ?? '0') ?? 0,
  };
  return {
    cpu: Math.max(sum.cpu, init.cpu) + overhead.cpu,
    memory: Math.max(sum.memory, init.memory) + overhead.memory,
  };
}

/** One node's requested and allocatable resources. */
export interface NodeAllocation {
  readonly node: string;
  readonly requested: Resources;
  readonly allocatable: Resources;
}

/** Sums the requests of the pods bound to each node (finished pods hold nothing) against its allocatable. */
export function allocation(nodes: readonly KubeObject[], pods: readonly KubeObject[]): NodeAllocation[] {
  const requested = new Map<string, Resources>();
  for (const pod of pods) {
    const node = stringField(pod, 'spec', 'nodeName');
    const phase = stringField(pod, 'status', 'phase');
    if (!node || phase === 'Succeeded' || phase === 'Failed') continue;
    const r = podRequests(pod);
    const total = requested.get(node) ?? { cpu: 0, memory: 0 };
    requested.set(node, { cpu: total.cpu + r.cpu, memory: total.memory + r.memory });
  }
  return nodes.map((node) => ({
    node: node.metadata.name,
    requested: requested.get(node.metadata.name) ?? { cpu: 0, memory: 0 },
    allocatable: {
      cpu: parseQuantity(stringField(node, 'status', 'allocatable', 'cpu') ?? '0') ?? 0,
      memory: parseQuantity(stringField(node, 'status', 'allocatable', 'memory') ?? '0') ?? 0,
    },
  }));
}

/** The sum over nodes. */
export function totalAllocation(rows: readonly NodeAllocation[]): {
  requested: Resources;
  allocatable: Resources;
} {
  const add = (a: Resources, b: Resources) => ({ cpu: a.cpu + b.cpu, memory: a.memory + b.memory });
  return rows.reduce(
    (t, r) => ({ requested: add(t.requested, r.requested), allocatable: add(t.allocatable, r.allocatable) }),
    {
      requested: { cpu: 0, memory: 0 },
      allocatable: { cpu: 0, memory: 0 },
    },
  );
}

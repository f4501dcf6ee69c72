/**
 * Status summaries: the colour a status word deserves (`Running` green, `CrashLoopBackOff` red), a pod's
 * containers with their state and restarts, a workload's replica counts.
 */
import { arrayField, isRecord, numberField, stringField } from './kube-object.ts';

/** How a status reads at a glance. */
export type StatusTone = 'success' | 'warning' | 'error' | 'default';

const success = new Set([
  'running',
  'active',
  'bound',
  'ready',
  'complete',
  'completed',
  'succeeded',
  'true',
  'available',
  'healthy',
  'normal',
  'established',
  'accepted',
  'programmed',
]);
const warning = new Set([
  'pending',
  'containercreating',
  'podinitializing',
  'terminating',
  'waiting',
  'unknown',
  'released',
  'warning',
  'schedulingdisabled',
  'suspended',
  'progressing',
]);
const error = new Set([
  'failed',
  'error',
  'crashloopbackoff',
  'imagepullbackoff',
  'errimagepull',
  'oomkilled',
  'evicted',
  'lost',
  'notready',
  'false',
  'createcontainerconfigerror',
  'createcontainererror',
  'invalidimagename',
  'backoff',
  'containerstatusunknown',
  'deadlineexceeded',
]);

/** The tone of a status word or `ready/total` ratio; `Init:0/1`-style values read as pending. */
export function statusTone(text: string): StatusTone {
  const ratio = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (ratio) return ratio[1] === ratio[2] ? 'success' : 'warning';
  const word = text.trim().toLowerCase().split(',')[0]?.trim() ?? '';
  if (word.startsWith('init:')) return error.has(word.slice(5)) ? 'error' : 'warning';
  if (success.has(word)) return 'success';
  if (error.has(word)) return 'error';
  if (warning.has(word)) return 'warning';
  return 'default';
}

/** Table columns whose values are status words worth a coloured chip. */
export function isStatusColumn(name: string): boolean {
  return ['status', 'phase', 'type', 'ready', 'condition'].includes(name.toLowerCase());
}

/** One container of a pod as the details page shows it. */
export interface ContainerSummary {
  readonly name: string;
  readonly image: string;
  readonly kind: 'init' | 'main' | 'ephemeral';
  readonly state: 'running' | 'waiting' | 'terminated' | 'unknown';
  /** Reason of a waiting/terminated state (`CrashLoopBackOff`, `Completed`). */
  readonly reason: string | undefined;
  readonly ready: boolean;
  readonly restarts: number;
  readonly ports: readonly string[];
}

function containerState(status: unknown): Pick<ContainerSummary, 'state' | 'reason'> {
  const state = isRecord(status) ? status['state'] : undefined;
  if (!isRecord(state)) return { state: 'unknown', reason: undefined };
  if (isRecord(state['running'])) return { state: 'running', reason: undefined };
  if (isRecord(state['waiting']))
    return { state: 'waiting', reason: stringField(state, 'waiting', 'reason') };
  if (isRecord(state['terminated']))
    return { state: 'terminated', reason: stringField(state, 'terminated', 'reason') };
  return { state: 'unknown', reason: undefined };
}

/** Init, main and ephemeral containers of a pod, each with its image, state, readiness and restarts. */
export function podContainers(pod: unknown): ContainerSummary[] {
  const groups = [
    ['init', 'initContainers', 'initContainerStatuses'],
    ['main', 'containers', 'containerStatuses'],
    ['ephemeral', 'ephemeralContainers', 'ephemeralContainerStatuses'],
  ] as const;
  return groups.flatMap(([kind, specKey, statusKey]) => {
    const statuses = arrayField(pod, 'status', statusKey);
    return arrayField(pod, 'spec', specKey).flatMap((container) => {
      const name = stringField(container, 'name');
      if (!name) return [];
      const status = statuses.find((s) => stringField(s, 'name') === name);
      const ports = arrayField(container, 'ports').map(
        (p) => `${String(numberField(p, 'containerPort') ?? '?')}/${stringField(p, 'protocol') ?? 'TCP'}`,
      );
      return [
        {
          name,
          image: stringField(container, 'image') ?? '',
          kind,
          ...containerState(status),
          ready: isRecord(status) && status['ready'] === true,
          restarts: numberField(status, 'restartCount') ?? 0,
          ports,
        },
      ];
    });
  });
}

/** A workload's replica counts (Deployments, StatefulSets, ReplicaSets; DaemonSets use scheduled counts). */
export interface ReplicaSummary {
  readonly desired: number;
  readonly ready: number;
  readonly updated: number | undefined;
  readonly available: number | undefined;
}

/** Replica counts of a workload, or undefined for objects without any. */
export function replicaSummary(object: unknown): ReplicaSummary | undefined {
  const desiredScheduled = numberField(object, 'status', 'desiredNumberScheduled');
  if (desiredScheduled !== undefined) {
    return {
      desired: desiredScheduled,
      ready: numberField(object, 'status', 'numberReady') ?? 0,
      updated: numberField(object, 'status', 'updatedNumberScheduled'),
      available: numberField(object, 'status', 'numberAvailable'),
    };
  }
  const desired = numberField(object, 'spec', 'replicas');
  if (desired === undefined) return undefined;
  return {
    desired,
    ready: numberField(object, 'status', 'readyReplicas') ?? 0,
    updated: numberField(object, 'status', 'updatedReplicas'),
    available: numberField(object, 'status', 'availableReplicas'),
  };
}

/** A workload's update strategy in words (`RollingUpdate (max surge 25%, max unavailable 25%)`). */
export function strategySummary(object: unknown): string | undefined {
  const strategy = isRecord(object) ? (object['spec'] as Record<string, unknown> | undefined) : undefined;
  const value = strategy?.['strategy'] ?? strategy?.['updateStrategy'];
  const type = stringField(value, 'type');
  if (!type) return undefined;
  const surge = String(field(value, 'rollingUpdate', 'maxSurge') ?? '');
  const unavailable = String(field(value, 'rollingUpdate', 'maxUnavailable') ?? '');
  const parts = [surge && `max surge ${surge}`, unavailable && `max unavailable ${unavailable}`].filter(
    Boolean,
  );
  return parts.length > 0 ? `${type} (${parts.join(', ')})` : type;
}

function field(value: unknown, ...path: string[]): string | number | undefined {
  let current = value;
  for (const key of path) current = isRecord(current) ? current[key] : undefined;
  return typeof current === 'string' || typeof current === 'number' ? current : undefined;
}

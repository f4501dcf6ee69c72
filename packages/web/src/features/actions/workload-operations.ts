/**
 * The Kubernetes requests behind the workload actions, each one request: scale through the `/scale`
 * subresource, rollout restart, CronJob suspend/resume and "run now", node cordon, pod delete and evict.
 */
import type { KubeObject } from '../../k8s/kube-object.ts';
import { collectionPath, objectPath, type ObjectRef, type ResourceType } from '../../k8s/resource-ref.ts';
import { kubeWrite, PatchType } from './kube-write.ts';

/** Sets `spec.replicas` through the scale subresource (works for any kind that serves `/scale`). */
export function scale(ref: ObjectRef, replicas: number): Promise<unknown> {
  if (!Number.isInteger(replicas) || replicas < 0)
    throw new Error(`replicas must be a whole number ≥ 0, got ${String(replicas)}`);
  return kubeWrite(`${objectPath(ref)}/scale`, {
    method: 'PATCH',
    contentType: PatchType.merge,
    body: { spec: { replicas } },
  });
}

/** The patch of `kubectl rollout restart`: a new pod-template annotation, so the controller rolls every pod. */
export function restartPatch(now: Date): unknown {
  return {
    spec: {
      template: { metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': now.toISOString() } } },
    },
  };
}

/** Rollout restart of a Deployment, StatefulSet or DaemonSet. */
export function restart(ref: ObjectRef, now: Date = new Date()): Promise<unknown> {
  return kubeWrite(objectPath(ref), {
    method: 'PATCH',
    contentType: PatchType.strategic,
    body: restartPatch(now),
  });
}

/** Suspends or resumes a CronJob. */
export function setSuspended(ref: ObjectRef, suspend: boolean): Promise<unknown> {
  return kubeWrite(objectPath(ref), {
    method: 'PATCH',
    contentType: PatchType.merge,
    body: { spec: { suspend } },
  });
}

const jobsType: ResourceType = {
  group: 'batch',
  version: 'v1',
  resource: 'jobs',
  kind: 'Job',
  namespaced: true,
};

/**
 * The Job `kubectl create job --from=cronjob/NAME` makes: the CronJob's jobTemplate, owned by the CronJob,
 * annotated `cronjob.kubernetes.io/instantiate: manual`, named `NAME-manual-<time>` (at most 63 characters).
 */
export function manualJob(cronJob: KubeObject, now: Date): KubeObject {
  const template = (
    cronJob['spec'] as { jobTemplate?: { metadata?: Record<string, unknown>; spec?: unknown } } | undefined
  )?.jobTemplate;
  const suffix = `-manual-${Math.floor(now.getTime() / 1000).toString(36)}`;
  const name = cronJob.metadata.name.slice(0, 63 - suffix.length) + suffix;
  const templateMeta = template?.metadata ?? {};
  const annotations = {
    ...(templateMeta['annotations'] as Record<string, string> | undefined),
    'cronjob.kubernetes.io/instantiate': 'manual',
  };
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: {
      name,
      ...(cronJob.metadata.namespace === undefined ? {} : { namespace: cronJob.metadata.namespace }),
      labels: { ...(templateMeta['labels'] as Record<string, string> | undefined) },
      annotations,
      ownerReferences: [
        {
          apiVersion: cronJob.apiVersion ?? 'batch/v1',
          kind: 'CronJob',
          name: cronJob.metadata.name,
          uid: cronJob.metadata.uid ?? '',
          controller: true,
        },
      ],
    },
    spec: template?.spec ?? {},
  };
}

/** Creates a Job from a CronJob now; returns the created Job. */
export function runNow(ref: ObjectRef, cronJob: KubeObject, now: Date = new Date()): Promise<KubeObject> {
  return kubeWrite(collectionPath(ref.cluster, jobsType, ref.namespace), {
    method: 'POST',
    body: manualJob(cronJob, now),
  });
}

/** Marks a node (un)schedulable. */
export function setCordoned(ref: ObjectRef, cordoned: boolean): Promise<unknown> {
  return kubeWrite(objectPath(ref), {
    method: 'PATCH',
    contentType: PatchType.merge,
    body: { spec: { unschedulable: cordoned || null } },
  });
}

/**
 * Deletes an object. Without `propagationPolicy` the API server's default applies per kind — which for
 * `batch/v1` Jobs orphans their pods, so deleting any kind of object passes `Background`, as kubectl does.
 */
export function remove(
  ref: ObjectRef,
  propagationPolicy?: 'Background' | 'Foreground' | 'Orphan',
): Promise<unknown> {
  return kubeWrite(objectPath(ref), {
    method: 'DELETE',
    ...(propagationPolicy === undefined
      ? {}
      : { body: { apiVersion: 'v1', kind: 'DeleteOptions', propagationPolicy } }),
  });
}

/** The body of a `policy/v1` Eviction of a pod. */
export function evictionBody(namespace: string, name: string): unknown {
  return { apiVersion: 'policy/v1', kind: 'Eviction', metadata: { name, namespace } };
}

/** Evicts a pod through the `eviction` subresource (PodDisruptionBudgets apply: 429 when one would break). */
export function evict(ref: ObjectRef, signal?: AbortSignal): Promise<unknown> {
  return kubeWrite(`${objectPath(ref)}/eviction`, {
    method: 'POST',
    body: evictionBody(ref.namespace ?? '', ref.name),
    ...(signal ? { signal } : {}),
  });
}

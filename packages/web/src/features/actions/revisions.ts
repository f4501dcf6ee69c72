/**
 * The revision history of a workload, the way `kubectl rollout history` reads it: a Deployment's ReplicaSets
 * (annotation `deployment.kubernetes.io/revision`), a StatefulSet's or DaemonSet's ControllerRevisions
 * (`revision` field) — each owned by the workload — with the images each revision runs.
 */
import { arrayField, field, stringField, type KubeObject } from '../../k8s/kube-object.ts';

/** One revision a workload can roll back to. */
export interface Revision {
  readonly revision: number;
  /** The ReplicaSet or ControllerRevision holding it. */
  readonly name: string;
  readonly images: readonly string[];
  readonly createdAt: string | undefined;
  /** The revision the workload runs now (the highest). */
  readonly current: boolean;
  /** The pod template (Deployment) or the revision's patch data (StatefulSet, DaemonSet). */
  readonly source: KubeObject;
}

function ownedBy(object: KubeObject, owner: KubeObject): boolean {
  const uid = owner.metadata.uid;
  return (object.metadata.ownerReferences ?? []).some(
    (ref) =>
      ref.controller === true && (uid === undefined ? ref.name === owner.metadata.name : ref.uid === uid),
  );
}

function imagesOf(template: unknown): string[] {
  return arrayField(template, 'spec', 'containers').flatMap((c) => {
    const image = stringField(c, 'image');
    return image ? [image] : [];
  });
}

function finish(list: Omit<Revision, 'current'>[]): Revision[] {
  const sorted = list
    .filter((r) => Number.isFinite(r.revision) && r.revision > 0)
    .sort((a, b) => b.revision - a.revision);
  const top = sorted[0]?.revision;
  return sorted.map((r) => ({ ...r, current: r.revision === top }));
}

/** A Deployment's revisions from its ReplicaSets, newest first. */
export function deploymentRevisions(deployment: KubeObject, replicaSets: readonly KubeObject[]): Revision[] {
  return finish(
    replicaSets
      .filter((rs) => ownedBy(rs, deployment))
      .map((rs) => ({
        revision: Number(stringField(rs, 'metadata', 'annotations', 'deployment.kubernetes.io/revision')),
        name: rs.metadata.name,
        images: imagesOf(field(rs, 'spec', 'template')),
        createdAt: rs.metadata.creationTimestamp,
        source: rs,
      })),
  );
}

/** A StatefulSet's or DaemonSet's revisions from its ControllerRevisions, newest first. */
export function controllerRevisions(owner: KubeObject, revisions: readonly KubeObject[]): Revision[] {
  return finish(
    revisions
      .filter((cr) => ownedBy(cr, owner))
      .map((cr) => ({
        revision: typeof cr['revision'] === 'number' ? cr['revision'] : Number.NaN,
        name: cr.metadata.name,
        images: imagesOf(field(cr, 'data', 'spec', 'template')),
        createdAt: cr.metadata.creationTimestamp,
        source: cr,
      })),
  );
}

/**
 * The JSON patch that rolls a Deployment back to a ReplicaSet's template, as kubectl does: the template
 * without the ReplicaSet's `pod-template-hash` label.
 */
export function deploymentRollbackPatch(replicaSet: KubeObject): unknown[] {
  const template = structuredClone(field(replicaSet, 'spec', 'template')) as
    { metadata?: { labels?: Record<string, string> } } | undefined;
  if (!template) throw new Error(`ReplicaSet ${replicaSet.metadata.name} has no pod template`);
  if (template.metadata?.labels) delete template.metadata.labels['pod-template-hash'];
  return [{ op: 'replace', path: '/spec/template', value: template }];
}

/** The strategic merge patch that rolls a StatefulSet or DaemonSet back: the ControllerRevision's `data`. */
export function controllerRollbackPatch(revision: KubeObject): unknown {
  const data = revision['data'];
  if (typeof data !== 'object' || data === null)
    throw new Error(`ControllerRevision ${revision.metadata.name} has no data`);
  return data;
}

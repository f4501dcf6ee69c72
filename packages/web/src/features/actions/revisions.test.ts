import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../k8s/kube-object.ts';
import {
  controllerRevisions,
  controllerRollbackPatch,
  deploymentRevisions,
  deploymentRollbackPatch,
} from './revisions.ts';

const deployment: KubeObject = { metadata: { name: 'web', uid: 'd1' } };
const owner = (uid: string) => [
  { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid, controller: true },
];
const rs = (name: string, revision: string, image: string, uid = 'd1'): KubeObject => ({
  metadata: {
    name,
    ownerReferences: owner(uid),
    annotations: { 'deployment.kubernetes.io/revision': revision },
    creationTimestamp: '2026-12-01T00:00:00Z',
  },
  spec: {
    template: {
      metadata: { labels: { app: 'web', 'pod-template-hash': 'abc' } },
      spec: { containers: [{ name: 'app', image }] },
    },
  },
});

describe('deploymentRevisions', () => {
  it('lists owned ReplicaSets by revision, newest first, with images and the current one marked', () => {
    const list = deploymentRevisions(deployment, [
      rs('web-1', '1', 'nginx:1.0'),
      rs('web-3', '3', 'nginx:1.2'),
      rs('other', '9', 'x', 'zz'),
      rs('web-2', '2', 'nginx:1.1'),
    ]);
    expect(list.map((r) => [r.revision, r.name, r.images.join(), r.current])).toEqual([
      [3, 'web-3', 'nginx:1.2', true],
      [2, 'web-2', 'nginx:1.1', false],
      [1, 'web-1', 'nginx:1.0', false],
    ]);
  });
  it('ignores ReplicaSets without a readable revision', () => {
    expect(deploymentRevisions(deployment, [rs('web-x', 'n/a', 'i')])).toEqual([]);
  });
});

describe('deploymentRollbackPatch', () => {
  it('replaces the template without the pod-template-hash label, leaving the ReplicaSet untouched', () => {
    const source = rs('web-1', '1', 'nginx:1.0');
    expect(deploymentRollbackPatch(source)).toEqual([
      {
        op: 'replace',
        path: '/spec/template',
        value: {
          metadata: { labels: { app: 'web' } },
          spec: { containers: [{ name: 'app', image: 'nginx:1.0' }] },
        },
      },
    ]);
    expect(JSON.stringify(source)).toContain('pod-template-hash');
  });
});

describe('controllerRevisions', () => {
  const set: KubeObject = { metadata: { name: 'db', uid: 's1' } };
  const cr = (name: string, revision: number, image: string): KubeObject => ({
    metadata: {
      name,
      ownerReferences: [
        { apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'db', uid: 's1', controller: true },
      ],
    },
    revision,
    data: { spec: { template: { spec: { containers: [{ name: 'db', image }] }, $patch: 'replace' } } },
  });
  it('lists ControllerRevisions newest first and rolls back with their data', () => {
    const list = controllerRevisions(set, [cr('db-a', 1, 'pg:15'), cr('db-b', 2, 'pg:16')]);
    expect(list.map((r) => [r.revision, r.images.join(), r.current])).toEqual([
      [2, 'pg:16', true],
      [1, 'pg:15', false],
    ]);
    expect(controllerRollbackPatch(cr('db-a', 1, 'pg:15'))).toEqual({
      spec: { template: { spec: { containers: [{ name: 'db', image: 'pg:15' }] }, $patch: 'replace' } },
    });
  });
  it('refuses a revision without data', () => {
    expect(() => controllerRollbackPatch({ metadata: { name: 'bad' } })).toThrow(/has no data/);
  });
});

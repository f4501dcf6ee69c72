import { describe, expect, it } from 'vitest';
import { KubeStatusError } from '../../k8s/kube-status.ts';
import type { ResourceType } from '../../k8s/resource-ref.ts';
import { parseManifests, type KubeManifest } from '../../k8s/yaml-documents.ts';
import { createManifests, type CreateDeps } from './create-manifests.ts';

const types: Record<string, ResourceType> = {
  'v1/ConfigMap': { group: '', version: 'v1', resource: 'configmaps', kind: 'ConfigMap', namespaced: true },
  'v1/Namespace': { group: '', version: 'v1', resource: 'namespaces', kind: 'Namespace', namespaced: false },
};

/** Fake I/O recording every POST; `refuse` decides which dry runs / creates fail. */
function fakeDeps(
  refuse: (path: string, body: KubeManifest, dryRun: boolean) => Error | undefined = () => undefined,
) {
  const posts: string[] = [];
  const deps: CreateDeps = {
    cluster: 'dev',
    defaultNamespace: 'team',
    resolve: (apiVersion, kind) => Promise.resolve(types[`${apiVersion}/${kind}`]),
    post: (path, body, dryRun) => {
      posts.push(`${dryRun ? 'dry ' : ''}${path} ${body.metadata.name ?? ''}`);
      const error = refuse(path, body, dryRun);
      return error ? Promise.reject(error) : Promise.resolve({ metadata: { name: body.metadata.name } });
    },
  };
  return { deps, posts };
}

const two = `apiVersion: v1
kind: ConfigMap
metadata: { name: a }
---
apiVersion: v1
kind: ConfigMap
metadata: { name: b, namespace: other }
`;

describe('createManifests', () => {
  it('dry-runs every document before creating any, in the default or own namespace', async () => {
    const { deps, posts } = fakeDeps();
    const results = await createManifests(parseManifests(two), deps);
    expect(posts).toEqual([
      'dry /clusters/dev/api/v1/namespaces/team/configmaps a',
      'dry /clusters/dev/api/v1/namespaces/other/configmaps b',
      '/clusters/dev/api/v1/namespaces/team/configmaps a',
      '/clusters/dev/api/v1/namespaces/other/configmaps b',
    ]);
    expect(results.map((r) => r.outcome)).toEqual([
      {
        state: 'created',
        ref: { cluster: 'dev', type: types['v1/ConfigMap'], namespace: 'team', name: 'a' },
      },
      {
        state: 'created',
        ref: { cluster: 'dev', type: types['v1/ConfigMap'], namespace: 'other', name: 'b' },
      },
    ]);
  });

  it('creates nothing when one document fails the dry run, and keeps the error on that document', async () => {
    const refused = new KubeStatusError('ConfigMap "b" is invalid', {
      status: 422,
      reason: 'Invalid',
      causes: [{ field: 'data', message: 'bad' }],
    });
    const { deps, posts } = fakeDeps((_path, body) => (body.metadata.name === 'b' ? refused : undefined));
    const results = await createManifests(parseManifests(two), deps);
    expect(posts.every((p) => p.startsWith('dry '))).toBe(true);
    expect(results.map((r) => r.outcome.state)).toEqual(['accepted', 'rejected']);
    expect(results[1]?.outcome).toEqual({ state: 'rejected', error: refused });
  });

  it('sends nothing when a document does not parse or names an unknown kind', async () => {
    const { deps, posts } = fakeDeps();
    const invalid = await createManifests(parseManifests(`${two}---\nkind: [\n`), deps);
    expect(invalid.map((r) => r.outcome.state)).toEqual(['pending', 'pending', 'invalid']);
    const unknown = await createManifests(
      parseManifests(`${two}---\napiVersion: example.com/v1\nkind: Widget\nmetadata: { name: w }\n`),
      deps,
    );
    expect(unknown.map((r) => r.outcome.state)).toEqual(['pending', 'pending', 'unknownKind']);
    expect(posts).toEqual([]);
  });

  it('defers the dry run of a document whose namespace an earlier document creates', async () => {
    const text = `apiVersion: v1\nkind: Namespace\nmetadata: { name: fresh }\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: { name: c, namespace: fresh }\n`;
    const notFound = new KubeStatusError('namespaces "fresh" not found', { status: 404, reason: 'NotFound' });
    const created = new Set<string>();
    const { deps } = fakeDeps((path, body, dryRun) => {
      if (!dryRun && body.kind === 'Namespace') created.add(body.metadata.name ?? '');
      return path.includes('/namespaces/fresh/') && !created.has('fresh') ? notFound : undefined;
    });
    const states: string[][] = [];
    const results = await createManifests(parseManifests(text), deps, (r) =>
      states.push(r.map((x) => x.outcome.state)),
    );
    expect(states).toContainEqual(['accepted', 'deferred']);
    expect(results.map((r) => r.outcome.state)).toEqual(['created', 'created']);
  });

  it('stops at the first failed create and says which documents were not attempted', async () => {
    const three = `${two}---\napiVersion: v1\nkind: ConfigMap\nmetadata: { name: c }\n`;
    const conflict = new KubeStatusError('configmaps "b" already exists', {
      status: 409,
      reason: 'AlreadyExists',
    });
    const { deps } = fakeDeps((_path, body, dryRun) =>
      !dryRun && body.metadata.name === 'b' ? conflict : undefined,
    );
    const results = await createManifests(parseManifests(three), deps);
    expect(results.map((r) => r.outcome.state)).toEqual(['created', 'failed', 'notAttempted']);
  });
});

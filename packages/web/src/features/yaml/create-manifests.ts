/**
 * Creating several manifests "all or nothing where the API allows": every document is parsed, resolved to
 * a resource through discovery and dry-run by the API server before the first one is created. The API has
 * no transactions, so a failure while creating (a race) stops there and says what was and was not created.
 */
import { toApiError, type ApiError } from '../../api/api-error.ts';
import { KubeStatusError } from '../../k8s/kube-status.ts';
import { collectionPath, type ObjectRef, type ResourceType } from '../../k8s/resource-ref.ts';
import type { KubeManifest, ManifestDocument, ManifestProblem } from '../../k8s/yaml-documents.ts';

/** Where one document stands. */
export type DocumentOutcome =
  | { readonly state: 'invalid'; readonly problems: readonly ManifestProblem[] }
  | { readonly state: 'unknownKind' }
  | { readonly state: 'pending' }
  | { readonly state: 'rejected'; readonly error: ApiError }
  | { readonly state: 'accepted' }
  /** Its namespace is created by an earlier document, so the dry run cannot check it yet. */
  | { readonly state: 'deferred' }
  | { readonly state: 'created'; readonly ref: ObjectRef }
  | { readonly state: 'failed'; readonly error: ApiError }
  | { readonly state: 'notAttempted' };

/** One document with its resolved type and outcome. */
export interface DocumentResult {
  readonly document: ManifestDocument;
  readonly type?: ResourceType;
  readonly namespace?: string;
  readonly outcome: DocumentOutcome;
}

/** The I/O {@link createManifests} needs (injected, so tests pass fakes). */
export interface CreateDeps {
  readonly cluster: string;
  /** Namespace for namespaced documents without one. */
  readonly defaultNamespace: string;
  resolve(apiVersion: string, kind: string): Promise<ResourceType | undefined>;
  /** POST `body` to `path`; with `dryRun` nothing is stored. Resolves with the created object. */
  post(path: string, body: KubeManifest, dryRun: boolean): Promise<unknown>;
}

function withNamespace(manifest: KubeManifest, namespace: string | undefined): KubeManifest {
  if (namespace === undefined) return manifest;
  return { ...manifest, metadata: { ...manifest.metadata, namespace } };
}

function createdName(created: unknown, manifest: KubeManifest): string {
  const metadata = (created as { metadata?: { name?: unknown } } | undefined)?.metadata;
  return typeof metadata?.name === 'string' ? metadata.name : (manifest.metadata.name ?? '');
}

/**
 * Checks then creates `documents` in order, reporting each step through `onUpdate`. Nothing is created
 * unless every document parses, resolves and passes the dry run. Returns the final results.
 */
export async function createManifests(
  documents: readonly ManifestDocument[],
  deps: CreateDeps,
  onUpdate: (results: readonly DocumentResult[]) => void = () => undefined,
): Promise<readonly DocumentResult[]> {
  let results: DocumentResult[] = documents.map((document) => ({
    document,
    outcome: document.manifest ? { state: 'pending' } : { state: 'invalid', problems: document.problems },
  }));
  const update = (index: number, change: Partial<DocumentResult>): void => {
    results = results.map((result, i) => (i === index ? { ...result, ...change } : result));
    onUpdate(results);
  };
  onUpdate(results);
  if (results.some((r) => r.outcome.state === 'invalid')) return results;

  for (const [i, { document }] of results.entries()) {
    const manifest = document.manifest as KubeManifest;
    const type = await deps.resolve(manifest.apiVersion, manifest.kind);
    if (!type) update(i, { outcome: { state: 'unknownKind' } });
    else
      update(i, {
        type,
        ...(type.namespaced ? { namespace: manifest.metadata.namespace ?? deps.defaultNamespace } : {}),
      });
  }
  if (results.some((r) => r.outcome.state === 'unknownKind')) return results;

  const batchNamespaces = new Set(
    results
      .filter((r) => r.type?.group === '' && r.type.resource === 'namespaces')
      .map((r) => r.document.manifest?.metadata.name),
  );
  const request = (result: DocumentResult, dryRun: boolean): Promise<unknown> => {
    const type = result.type as ResourceType;
    const body = withNamespace(result.document.manifest as KubeManifest, result.namespace);
    return deps.post(collectionPath(deps.cluster, type, result.namespace), body, dryRun);
  };
  await Promise.all(
    results.map(async (result, i) => {
      try {
        await request(result, true);
        update(i, { outcome: { state: 'accepted' } });
      } catch (error) {
        const deferred =
          error instanceof KubeStatusError &&
          error.reason === 'NotFound' &&
          batchNamespaces.has(result.namespace);
        update(i, {
          outcome: deferred ? { state: 'deferred' } : { state: 'rejected', error: toApiError(error) },
        });
      }
    }),
  );
  if (results.some((r) => r.outcome.state === 'rejected')) return results;

  let failed = false;
  for (const [i, result] of results.entries()) {
    if (failed) {
      update(i, { outcome: { state: 'notAttempted' } });
      continue;
    }
    try {
      const created = await request(result, false);
      const manifest = result.document.manifest as KubeManifest;
      const type = result.type as ResourceType;
      const ref: ObjectRef = {
        cluster: deps.cluster,
        type,
        name: createdName(created, manifest),
        ...(result.namespace === undefined ? {} : { namespace: result.namespace }),
      };
      update(i, { outcome: { state: 'created', ref } });
    } catch (error) {
      failed = true;
      update(i, { outcome: { state: 'failed', error: toApiError(error) } });
    }
  }
  return results;
}

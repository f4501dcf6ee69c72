/**
 * API discovery: which resource types a cluster serves. Aggregated discovery (one request each for `/api` and
 * `/apis`, Kubernetes 1.26+) is asked for first; a server that answers with the legacy documents instead is
 * walked the old way (`/api`, `/apis`, then one request per group version).
 */
import { isRecord, stringField, arrayField } from './kube-object.ts';
import { kubeGet, type KubeFetch } from './kube-client.ts';
import type { ResourceType } from './resource-ref.ts';

/** A resource type with what discovery says about it. */
export interface DiscoveredResource extends ResourceType {
  readonly verbs: readonly string[];
  readonly shortNames: readonly string[];
  readonly categories: readonly string[];
  /** Singular name (`deployment`); derived from the kind when the server sends none. */
  readonly singular: string;
}

/** Every listable resource type a cluster serves, one version per (group, resource): the preferred one. */
export interface Discovery {
  readonly resources: readonly DiscoveredResource[];
  readonly source: 'aggregated' | 'legacy';
  /** Group versions that failed to answer (an aggregated API that is down), with the reason. */
  readonly failed: readonly { readonly groupVersion: string; readonly message: string }[];
}

/** `Accept` of aggregated discovery, with plain JSON as the fallback the server picks when it lacks it. */
export const aggregatedDiscoveryAccept =
  'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json';

function strings(value: unknown, ...path: string[]): string[] {
  return arrayField(value, ...path).filter((entry): entry is string => typeof entry === 'string');
}

/**
 * Parses an `APIGroupDiscoveryList` (aggregated discovery v2). Versions are listed by preference; each resource
 * keeps the first (most preferred) version that serves it. Throws when the document is not such a list.
 */
export function parseAggregatedDiscovery(body: unknown): DiscoveredResource[] {
  if (stringField(body, 'kind') !== 'APIGroupDiscoveryList')
    throw new Error(`Expected an APIGroupDiscoveryList, got ${stringField(body, 'kind') ?? 'no kind'}`);
  const out: DiscoveredResource[] = [];
  for (const group of arrayField(body, 'items')) {
    const groupName = stringField(group, 'metadata', 'name') ?? '';
    const seen = new Set<string>();
    for (const version of arrayField(group, 'versions')) {
      const versionName = stringField(version, 'version');
      if (!versionName) continue;
      for (const entry of arrayField(version, 'resources')) {
        const resource = stringField(entry, 'resource');
        const kind = stringField(entry, 'responseKind', 'kind');
        if (!resource || !kind || seen.has(resource)) continue;
        seen.add(resource);
        out.push({
          group: groupName,
          version: versionName,
          resource,
          kind,
          namespaced: stringField(entry, 'scope') === 'Namespaced',
          verbs: strings(entry, 'verbs'),
          shortNames: strings(entry, 'shortNames'),
          categories: strings(entry, 'categories'),
          singular: stringField(entry, 'singularResource') || kind.toLowerCase(),
        });
      }
    }
  }
  return out;
}

/** Parses a legacy `APIResourceList` of one group version; subresources (`pods/log`) are skipped. */
export function parseApiResourceList(body: unknown, group: string, version: string): DiscoveredResource[] {
  return arrayField(body, 'resources').flatMap((entry) => {
    const name = stringField(entry, 'name');
    const kind = stringField(entry, 'kind');
    if (!name || !kind || name.includes('/')) return [];
    return [
      {
        group: stringField(entry, 'group') ?? group,
        version: stringField(entry, 'version') ?? version,
        resource: name,
        kind,
        namespaced: isRecord(entry) && entry['namespaced'] === true,
        verbs: strings(entry, 'verbs'),
        shortNames: strings(entry, 'shortNames'),
        categories: strings(entry, 'categories'),
        singular: stringField(entry, 'singularName') || kind.toLowerCase(),
      },
    ];
  });
}

/** The group versions a legacy `/apis` (`APIGroupList`) lists, preferred version first in each group. */
export function parseApiGroupList(body: unknown): { group: string; version: string }[] {
  return arrayField(body, 'groups').flatMap((group) => {
    const name = stringField(group, 'name');
    if (!name) return [];
    const preferred = stringField(group, 'preferredVersion', 'version');
    const versions = arrayField(group, 'versions')
      .map((entry) => stringField(entry, 'version'))
      .filter((entry): entry is string => entry !== undefined);
    const ordered = preferred ? [preferred, ...versions.filter((v) => v !== preferred)] : versions;
    return ordered.map((version) => ({ group: name, version }));
  });
}

/** Keeps the first version of each (group, resource), in the given (preference) order. */
export function dedupePreferred(resources: readonly DiscoveredResource[]): DiscoveredResource[] {
  const seen = new Set<string>();
  return resources.filter((resource) => {
    const key = `${resource.group}/${resource.resource}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function isAggregated(contentType: string): boolean {
  return contentType.includes('as=APIGroupDiscoveryList');
}

/** Discovers the resource types of `cluster` (see the module comment). Rejects with an `ApiError`. */
export async function discover(
  cluster: string,
  options: { fetch?: KubeFetch; signal?: AbortSignal } = {},
): Promise<Discovery> {
  const base = `/clusters/${encodeURIComponent(cluster)}`;
  const get = (path: string, accept?: string) =>
    kubeGet(base + path, { ...options, ...(accept ? { accept } : {}) });
  const [core, groups] = await Promise.all([
    get('/api', aggregatedDiscoveryAccept),
    get('/apis', aggregatedDiscoveryAccept),
  ]);
  if (isAggregated(core.contentType) && isAggregated(groups.contentType)) {
    const resources = dedupePreferred([
      ...parseAggregatedDiscovery(core.body),
      ...parseAggregatedDiscovery(groups.body),
    ]);
    return { resources, source: 'aggregated', failed: [] };
  }
  const coreVersions = strings(core.body, 'versions').map((version) => ({ group: '', version }));
  const groupVersions = [...coreVersions, ...parseApiGroupList(groups.body)];
  const failed: { groupVersion: string; message: string }[] = [];
  const lists = await Promise.all(
    groupVersions.map(async ({ group, version }) => {
      const groupVersion = group ? `${group}/${version}` : version;
      try {
        const answer = await get(group ? `/apis/${groupVersion}` : `/api/${version}`);
        return parseApiResourceList(answer.body, group, version);
      } catch (error) {
        failed.push({ groupVersion, message: error instanceof Error ? error.message : String(error) });
        return [];
      }
    }),
  );
  return { resources: dedupePreferred(lists.flat()), source: 'legacy', failed };
}

/** Finds a served type by group and resource name (any version), or by group, version and kind. */
export function findResource(
  discovery: Discovery | undefined,
  query: { group: string; resource?: string; kind?: string; version?: string },
): DiscoveredResource | undefined {
  return discovery?.resources.find(
    (r) =>
      r.group === query.group &&
      (query.resource === undefined || r.resource === query.resource) &&
      (query.kind === undefined || r.kind === query.kind) &&
      (query.version === undefined || r.version === query.version),
  );
}

import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useMatch } from 'react-router';
import { findResource, type DiscoveredResource } from '../../k8s/discovery.ts';
import { useDiscovery } from '../../k8s/hooks/use-discovery.ts';
import { kubeGet } from '../../k8s/kube-client.ts';
import { arrayField, isKubeObject } from '../../k8s/kube-object.ts';
import { parseListQuery } from '../../k8s/list-query.ts';
import { collectionPath } from '../../k8s/resource-ref.ts';
import { navSections } from '../../k8s/resource-registry.ts';
import { detailsUrl, listUrl } from '../../k8s/resource-route.ts';
import type { CommandItem } from '../../ui/command-list.tsx';
import { typeLabel } from './type-label.ts';

/** Kinds whose objects the global search finds by name (one light metadata-only list each). */
const searchedKinds = [
  ['', 'pods'],
  ['apps', 'deployments'],
  ['apps', 'statefulsets'],
  ['apps', 'daemonsets'],
  ['batch', 'jobs'],
  ['batch', 'cronjobs'],
  ['', 'services'],
  ['networking.k8s.io', 'ingresses'],
  ['', 'configmaps'],
  ['', 'secrets'],
  ['', 'persistentvolumeclaims'],
  ['', 'nodes'],
  ['', 'namespaces'],
] as const;

const metadataAccept = 'application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1, application/json';

/** The current cluster(s): the page's cluster plus those of a multi-cluster list (`?clusters=`). */
function useCurrentClusters(): string[] {
  const match = useMatch('/c/:cluster/*');
  const location = useLocation();
  const cluster = match?.params.cluster;
  if (!cluster) return [];
  const extra = parseListQuery(new URLSearchParams(location.search)).clusters;
  return [cluster, ...extra.filter((c) => c !== cluster)];
}

/**
 * Global-search items of the resource browser, while the search is open: every kind the current cluster serves
 * (→ its list) and the objects of common kinds in the current cluster(s) by name (→ their details). Object
 * names come from metadata-only lists, cached for 30 s; kinds the user may not list are skipped silently.
 */
export function useResourceSearchItems(open: boolean): { items: CommandItem[]; loading: boolean } {
  const { t } = useTranslation();
  const clusters = useCurrentClusters();
  const primary = clusters[0] ?? '';
  const discovery = useDiscovery(primary);
  const types = useMemo(
    () =>
      searchedKinds.flatMap(([group, resource]) => {
        const type = findResource(discovery.data, { group, resource });
        return type ? [type] : [];
      }),
    [discovery.data],
  );
  const queries = useQueries({
    queries: clusters.flatMap((cluster) =>
      types.map((type) => ({
        queryKey: ['cluster', cluster, 'search', type.group, type.resource],
        queryFn: async ({ signal }: { signal: AbortSignal }) => {
          const { body } = await kubeGet(collectionPath(cluster, type), { accept: metadataAccept, signal });
          return arrayField(body, 'items').flatMap((item) => (isKubeObject(item) ? [item.metadata] : []));
        },
        enabled: open,
        staleTime: 30_000,
        retry: false,
        meta: { cluster, type },
      })),
    ),
  });
  const kindItems = useMemo<CommandItem[]>(() => {
    if (!discovery.data || !primary) return [];
    return navSections(discovery.data.resources).flatMap(({ items }) =>
      items.map(({ type, label }) => ({
        id: listUrl(primary, type),
        label,
        description: `${type.kind} · ${type.group || 'core'}/${type.version}`,
        group: t('resources.search.kinds'),
        keywords: [type.resource, ...type.shortNames].join(' '),
      })),
    );
  }, [discovery.data, primary, t]);
  const objectItems: CommandItem[] = [];
  queries.forEach((query, index) => {
    const cluster = clusters[Math.floor(index / Math.max(types.length, 1))] ?? primary;
    const type: DiscoveredResource | undefined = types[index % Math.max(types.length, 1)];
    if (!type || !query.data) return;
    for (const metadata of query.data) {
      objectItems.push({
        id: detailsUrl({
          cluster,
          type,
          name: metadata.name,
          ...(type.namespaced && metadata.namespace !== undefined ? { namespace: metadata.namespace } : {}),
        }),
        label: metadata.name,
        description: [type.kind, metadata.namespace, clusters.length > 1 ? cluster : undefined]
          .filter(Boolean)
          .join(' · '),
        group: t('resources.search.objects', { cluster: clusters.join(', ') }),
        keywords: `${typeLabel(type)} ${type.shortNames.join(' ')}`,
      });
    }
  });
  const loading = queries.some((q) => q.isFetching);
  return { items: [...kindItems, ...objectItems], loading };
}

import { useMemo } from 'react';
import { useParams } from 'react-router';
import type { ApiError } from '../../api/api-error.ts';
import { findResource, type DiscoveredResource, type Discovery } from '../../k8s/discovery.ts';
import { useDiscovery } from '../../k8s/hooks/use-discovery.ts';
import { groupFromSegment } from '../../k8s/resource-route.ts';

/** What a resource route (`/c/:cluster/r/:group/:version/:resource[/:namespace]/:name`) points at. */
export interface ResourceParams {
  readonly cluster: string;
  readonly group: string;
  readonly version: string;
  readonly resource: string;
  readonly namespace: string | undefined;
  readonly name: string | undefined;
  /** The served type (with the URL's version), once discovery answered and the type exists. */
  readonly type: DiscoveredResource | undefined;
  readonly discovery: Discovery | undefined;
  readonly status: 'loading' | 'ready' | 'unknown' | 'error';
  readonly error: ApiError | undefined;
}

/** Reads the route's resource parameters and resolves the type through the cluster's discovery. */
export function useResourceParams(): ResourceParams {
  const params = useParams();
  const cluster = params['cluster'] ?? '';
  const group = groupFromSegment(params['group'] ?? '');
  const version = params['version'] ?? '';
  const resource = params['resource'] ?? '';
  const discovery = useDiscovery(cluster);
  const found = findResource(discovery.data, { group, resource });
  // Keep the URL's version even when discovery prefers another: links to older versions keep working.
  const type = useMemo(() => (found ? { ...found, version } : undefined), [found, version]);
  const status = discovery.isPending ? 'loading' : discovery.isError ? 'error' : type ? 'ready' : 'unknown';
  return {
    cluster,
    group,
    version,
    resource,
    namespace: params['namespace'],
    name: params['name'],
    type,
    discovery: discovery.data,
    status,
    error: discovery.error ?? undefined,
  };
}

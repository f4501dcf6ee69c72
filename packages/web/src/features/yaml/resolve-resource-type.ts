import type { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/api-error.ts';
import {
  apiResourcesKey,
  discoveryPath,
  findByKind,
  findByResource,
  parseApiVersion,
  type ApiResourceList,
} from '../../k8s/api-resource-lookup.ts';
import { kubeRequest } from '../../k8s/kube-request.ts';
import type { ResourceType } from '../../k8s/resource-ref.ts';

/** A group version's resource list through the query cache (5 minutes), `undefined` if not served. */
async function resourceList(
  queryClient: QueryClient,
  cluster: string,
  group: string,
  version: string,
): Promise<ApiResourceList | undefined> {
  try {
    return await queryClient.query({
      queryKey: apiResourcesKey(cluster, group, version),
      queryFn: ({ signal }) =>
        kubeRequest<ApiResourceList>(discoveryPath(cluster, group, version), { signal }),
      staleTime: 5 * 60_000,
    });
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return undefined;
    throw error;
  }
}

/** The resource type serving `kind` in `apiVersion` on `cluster`, from discovery. */
export async function resolveKind(
  queryClient: QueryClient,
  cluster: string,
  apiVersion: string,
  kind: string,
): Promise<ResourceType | undefined> {
  const { group, version } = parseApiVersion(apiVersion);
  const list = await resourceList(queryClient, cluster, group, version);
  return list && findByKind(list, kind);
}

/** The resource type named `resource` in `group`/`version` on `cluster`, from discovery. */
export async function resolveResource(
  queryClient: QueryClient,
  cluster: string,
  group: string,
  version: string,
  resource: string,
): Promise<ResourceType | undefined> {
  const list = await resourceList(queryClient, cluster, group, version);
  return list && findByResource(list, resource);
}

import { useQuery } from '@tanstack/react-query';
import type { ApiError } from '../../api/api-error.ts';
import { kubeRequest } from '../../k8s/kube-request.ts';
import {
  extractKindSchema,
  openApiPathOf,
  type GroupVersionKind,
  type JsonSchema,
  type OpenApiDocument,
  type OpenApiIndex,
} from '../../k8s/openapi-schema.ts';

/** What {@link useKindSchema} knows: the schema, `null` when the cluster publishes none for the kind. */
export interface KindSchemaState {
  readonly schema: JsonSchema | null | undefined;
  readonly error: ApiError | null;
}

/**
 * The JSON schema of `gvk` from `cluster`'s OpenAPI v3 document, for completion and validation in the
 * editor. The index and each group version's document are cached for the session (their URLs carry a
 * content hash, so a changed API gets a new URL after the index is refetched).
 */
export function useKindSchema(cluster: string, gvk: GroupVersionKind | undefined): KindSchemaState {
  const prefix = `/clusters/${encodeURIComponent(cluster)}`;
  const index = useQuery<OpenApiIndex, ApiError>({
    queryKey: ['cluster', cluster, 'openapi-v3'],
    queryFn: ({ signal }) => kubeRequest(`${prefix}/openapi/v3`, { signal }),
    staleTime: 10 * 60_000,
    enabled: gvk !== undefined,
    retry: false,
  });
  const url = gvk ? index.data?.paths[openApiPathOf(gvk)]?.serverRelativeURL : undefined;
  const schema = useQuery<JsonSchema | null, ApiError>({
    queryKey: ['cluster', cluster, 'openapi-v3', url, gvk?.group, gvk?.version, gvk?.kind],
    queryFn: async ({ signal }) => {
      if (!url || !gvk) return null;
      const [path = '', query = ''] = url.split('?');
      const document = await kubeRequest<OpenApiDocument>(`${prefix}${path}`, {
        query: Object.fromEntries(new URLSearchParams(query)),
        signal,
      });
      return extractKindSchema(document, gvk) ?? null;
    },
    staleTime: Infinity,
    enabled: index.isSuccess,
    retry: false,
  });
  if (index.isError) return { schema: undefined, error: index.error };
  if (index.isSuccess && !url) return { schema: null, error: null };
  return { schema: schema.data, error: schema.error };
}

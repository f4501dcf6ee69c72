/** Writes to a cluster through the proxy (POST, PATCH, DELETE) keeping the API server's `Status` on failure. */
import { toApiError } from '../../api/api-error.ts';
import { baseUrl } from '../../api/base-url.ts';
import { kubeErrorFromResponse } from '../../k8s/kube-status.ts';

/** The patch flavours the actions use. */
export const PatchType = {
  merge: 'application/merge-patch+json',
  strategic: 'application/strategic-merge-patch+json',
  json: 'application/json-patch+json',
} as const;

/** One write request. */
export interface KubeWrite {
  readonly method: 'POST' | 'PATCH' | 'DELETE';
  readonly body?: unknown;
  /** Content type of the body (default JSON; a {@link PatchType} for PATCH). */
  readonly contentType?: string;
  readonly signal?: AbortSignal;
}

/** Sends a write and returns the parsed answer; rejects with a `KubeStatusError` or `ApiError`. */
export async function kubeWrite<T>(path: string, request: KubeWrite): Promise<T> {
  let response: Response;
  try {
    response = await fetch(baseUrl + path, {
      method: request.method,
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        ...(request.body === undefined ? {} : { 'content-type': request.contentType ?? 'application/json' }),
      },
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
      ...(request.signal ? { signal: request.signal } : {}),
    });
  } catch (error) {
    throw toApiError(error);
  }
  if (!response.ok) throw await kubeErrorFromResponse(response);
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

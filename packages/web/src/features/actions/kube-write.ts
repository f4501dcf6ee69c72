/** Writes to a cluster through the proxy (POST, PATCH, DELETE) keeping the API server's `Status` on failure. */
import { apiFetch } from '../../api/api-client.ts';
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
export function kubeWrite<T>(path: string, request: KubeWrite): Promise<T> {
  return apiFetch<T>(path, { ...request, errorFrom: kubeErrorFromResponse });
}

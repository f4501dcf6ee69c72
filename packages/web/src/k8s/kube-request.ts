/** Requests to a cluster's API through the proxy that keep the Kubernetes `Status` of a failure. */
import { apiFetch } from '../api/api-client.ts';
import { kubeErrorFromResponse } from './kube-status.ts';

/** Options of {@link kubeRequest}. */
export interface KubeRequest {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Sent as JSON. */
  readonly body?: unknown;
  /** Query parameters (`dryRun=All`, `fieldValidation=Strict`…). */
  readonly query?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
}

/**
 * Sends one request to `path` (`/clusters/C/…`) and returns the parsed JSON answer. Rejects with a
 * `KubeStatusError` when the API server answered with a `Status`, else with an `ApiError`.
 */
export function kubeRequest<T>(path: string, request: KubeRequest = {}): Promise<T> {
  return apiFetch<T>(path, { ...request, errorFrom: kubeErrorFromResponse });
}

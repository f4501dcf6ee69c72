/** Requests to a cluster's API through the proxy that keep the Kubernetes `Status` of a failure. */
import { toApiError } from '../api/api-error.ts';
import { baseUrl } from '../api/base-url.ts';
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
export async function kubeRequest<T>(path: string, request: KubeRequest = {}): Promise<T> {
  const query = new URLSearchParams(request.query).toString();
  let response: Response;
  try {
    response = await fetch(`${baseUrl}${path}${query ? `?${query}` : ''}`, {
      method: request.method ?? 'GET',
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
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

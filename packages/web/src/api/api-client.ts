import { apiErrorFromResponse, toApiError } from './api-error.ts';
import { baseUrl } from './base-url.ts';

/** Options of {@link apiFetch}. */
export interface ApiRequest {
  readonly method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Sent as JSON. */
  readonly body?: unknown;
  /** Content type of the body (default `application/json`; a patch type for PATCH). */
  readonly contentType?: string;
  /** Query parameters, appended to `path`. */
  readonly query?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
  /** Turns a non-2xx answer into the error to reject with (default: the server's problem details). */
  readonly errorFrom?: (response: Response) => Promise<Error>;
}

/**
 * Calls the Wheelhouse server (`path` starts with `/api/` or `/clusters/`) and returns the parsed JSON body,
 * or `undefined` for an empty one. Rejects with an `ApiError` on any failure. The session travels in the
 * httpOnly cookie; the browser adds the `Origin` the server checks on state-changing requests.
 */
export async function apiFetch<T>(path: string, request: ApiRequest = {}): Promise<T> {
  const query = new URLSearchParams(request.query).toString();
  let response: Response;
  try {
    response = await fetch(`${baseUrl}${path}${query ? `?${query}` : ''}`, {
      method: request.method ?? 'GET',
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
  if (!response.ok) throw await (request.errorFrom ?? apiErrorFromResponse)(response);
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** URL-encodes a cluster name for a path segment. */
export function clusterPath(name: string): string {
  return encodeURIComponent(name);
}

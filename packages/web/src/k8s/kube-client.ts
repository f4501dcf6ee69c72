/**
 * Raw requests to a cluster through Wheelhouse's proxy (`/clusters/NAME/...`), for the parts of the Kubernetes API
 * that need their own `Accept` header (Table format, aggregated discovery) or a streamed body (watches). Every
 * failure becomes an `ApiError`, like the rest of the app's requests.
 */
import { apiErrorFromResponse, toApiError } from '../api/api-error.ts';
import { baseUrl } from '../api/base-url.ts';
import { readTableStream } from './table-stream.ts';
import { parseTablePage, type TablePage } from './table.ts';

/** How requests leave the browser; tests pass their own. `path` starts with `/clusters/`. */
export type KubeFetch = (path: string, init: RequestInit) => Promise<Response>;

/** The browser's fetch under the app's base URL, with the session cookie. */
export const browserKubeFetch: KubeFetch = (path, init) =>
  fetch(baseUrl + path, { credentials: 'same-origin', ...init });

/** `Accept` of server-side printed lists: kubectl's columns for every kind. */
export const tableAccept = 'application/json;as=Table;g=meta.k8s.io;v=v1, application/json';

/**
 * The headers of a request. Table requests also ask Wheelhouse's proxy to leave the rows' `managedFields`
 * out (`X-Wheelhouse-Omit`): no list shows them, and for pods they are three quarters of the bytes.
 */
function requestHeaders(accept: string): Record<string, string> {
  return accept === tableAccept ? { accept, 'x-wheelhouse-omit': 'managedFields' } : { accept };
}

/** Options of {@link kubeGet}. */
export interface KubeGetOptions {
  readonly accept?: string;
  readonly signal?: AbortSignal;
  readonly fetch?: KubeFetch;
}

/** A parsed JSON answer and its content type. */
export interface KubeAnswer {
  readonly body: unknown;
  readonly contentType: string;
}

/** GETs `path` and parses its JSON; rejects with an `ApiError` (status 0 for network failures). */
export async function kubeGet(path: string, options: KubeGetOptions = {}): Promise<KubeAnswer> {
  const response = await kubeRequest(path, options);
  const text = await response.text().catch((error: unknown) => {
    throw toApiError(error);
  });
  try {
    return { body: text ? (JSON.parse(text) as unknown) : undefined, contentType: contentType(response) };
  } catch (error) {
    throw toApiError(new Error(`The cluster answered ${path} with invalid JSON`, { cause: error }));
  }
}

/**
 * GETs a list in Table format (or a plain list, read with the fallback columns), parsing its rows while the
 * answer arrives (table-stream.ts); rejects with an `ApiError` like {@link kubeGet}. `onHead` gets the page
 * without its rows (continue token, columns) as soon as the rows start.
 */
export async function kubeGetTable(
  path: string,
  options: KubeGetOptions & { readonly onHead?: (head: TablePage) => void } = {},
): Promise<TablePage> {
  const response = await kubeRequest(path, { accept: tableAccept, ...options });
  if (!response.body) return parseTablePage(undefined);
  try {
    return await readTableStream(response.body, options.onHead);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw toApiError(error);
    throw toApiError(new Error(`The cluster answered ${path} with invalid JSON`, { cause: error }));
  }
}

/** Sends a GET and returns the successful `Response` unread (watches stream it); rejects with an `ApiError`. */
export async function kubeRequest(path: string, options: KubeGetOptions = {}): Promise<Response> {
  const send = options.fetch ?? browserKubeFetch;
  let response: Response;
  try {
    response = await send(path, {
      headers: requestHeaders(options.accept ?? 'application/json'),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    throw toApiError(error);
  }
  if (!response.ok) throw await apiErrorFromResponse(response);
  return response;
}

function contentType(response: Response): string {
  return response.headers.get('content-type') ?? '';
}

/**
 * Reads a newline-delimited JSON stream (a watch) and calls `onLine` with each parsed line, in order.
 * Resolves when the stream ends; rejects when it breaks or a line is not JSON.
 */
export async function readJsonLines(
  body: ReadableStream<Uint8Array>,
  onLine: (value: unknown) => void,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let newline = buffer.indexOf('\n');
    while (newline >= 0) {
      const line = buffer.slice(0, newline).trim();
      buffer = buffer.slice(newline + 1);
      if (line) onLine(JSON.parse(line) as unknown);
      newline = buffer.indexOf('\n');
    }
  }
  const rest = buffer.trim();
  if (rest) onLine(JSON.parse(rest) as unknown);
}

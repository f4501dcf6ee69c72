/**
 * Why an exec/attach upgrade was refused. A browser websocket never shows the HTTP answer of a failed
 * handshake, so the same URL is asked once more as a plain GET: the API server authorizes before it looks
 * for an upgrade, so a 403/404 answer carries the real `Status` message.
 */
import { apiErrorFromResponse, toApiError } from '../../api/api-error.ts';
import { baseUrl } from '../../api/base-url.ts';

/** The explanation: the HTTP status (0 if unknown) and the server's message. */
export interface Refusal {
  readonly status: number;
  readonly message: string;
}

/** Asks `path` (an exec/attach path under `/clusters/`) as a GET and returns what the server says. */
export async function explainRefusal(path: string, send: typeof fetch = fetch): Promise<Refusal> {
  try {
    const response = await send(baseUrl + path, { credentials: 'same-origin' });
    const error = await apiErrorFromResponse(response);
    return { status: response.status, message: error.message };
  } catch (error) {
    const failure = toApiError(error);
    return { status: failure.status, message: failure.message };
  }
}

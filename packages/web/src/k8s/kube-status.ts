/**
 * Kubernetes `Status` answers (the body of every failed API call) read into an error that keeps what the
 * API server said precisely: its reason (`Conflict`, `Invalid`, `Forbidden`…) and the fields at fault.
 */
import { ApiError, apiErrorFromResponse } from '../api/api-error.ts';

/** One field the API server refused (`details.causes[]` of a Status). */
export interface StatusCause {
  /** Dotted path of the field, e.g. `spec.replicas` or `data[key]`; may be absent. */
  readonly field?: string;
  readonly message: string;
  /** `FieldValueInvalid`, `FieldValueRequired`, `FieldValueNotSupported`… */
  readonly reason?: string;
}

/** A failed Kubernetes API call, with the `Status` reason and causes. */
export class KubeStatusError extends ApiError {
  /** `Conflict`, `Invalid`, `AlreadyExists`, `NotFound`, `Forbidden`, `BadRequest`… */
  readonly reason: string | undefined;
  readonly causes: readonly StatusCause[];

  constructor(
    message: string,
    options: { status: number; reason?: string; causes?: readonly StatusCause[] },
  ) {
    super(message, { status: options.status });
    this.name = 'KubeStatusError';
    this.reason = options.reason;
    this.causes = options.causes ?? [];
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readCauses(details: unknown): StatusCause[] {
  if (!isRecord(details) || !Array.isArray(details['causes'])) return [];
  return details['causes'].filter(isRecord).map((cause) => ({
    message: typeof cause['message'] === 'string' ? cause['message'] : '',
    ...(typeof cause['field'] === 'string' && cause['field'] ? { field: cause['field'] } : {}),
    ...(typeof cause['reason'] === 'string' ? { reason: cause['reason'] } : {}),
  }));
}

/** Reads a Kubernetes `Status` body into a {@link KubeStatusError}, or `undefined` if `body` is not one. */
export function statusError(body: unknown, httpStatus: number): KubeStatusError | undefined {
  if (!isRecord(body) || body['kind'] !== 'Status') return undefined;
  const message = typeof body['message'] === 'string' ? body['message'] : `HTTP ${String(httpStatus)}`;
  return new KubeStatusError(message, {
    status: typeof body['code'] === 'number' ? body['code'] : httpStatus,
    ...(typeof body['reason'] === 'string' ? { reason: body['reason'] } : {}),
    causes: readCauses(body['details']),
  });
}

/** Turns a failed response into a {@link KubeStatusError} when it carries a Status, else an `ApiError`. */
export async function kubeErrorFromResponse(response: Response): Promise<ApiError> {
  const copy = response.clone();
  const text = await response.text().catch(() => '');
  try {
    const fromStatus = statusError(JSON.parse(text), response.status);
    if (fromStatus) return fromStatus;
  } catch {
    // not JSON: the generic reader below says what it can
  }
  return apiErrorFromResponse(copy);
}

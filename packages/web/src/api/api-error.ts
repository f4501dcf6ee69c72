import type { ClusterProblem } from '@wheelhouse/api-types';

/**
 * The one error type of the web app: every failed request becomes an `ApiError`, whether the server sent
 * problem+json, a Kubernetes `Status`, something else, or nothing at all (network failure: `status` 0).
 */
export class ApiError extends Error {
  /** HTTP status; 0 when the server could not be reached. */
  readonly status: number;
  /** The input field at fault (problem+json `field`), if the server named one. */
  readonly field: string | undefined;
  /** The problem type URI, when the server sent problem+json. */
  readonly type: string | undefined;
  /** Extra members of cluster problems: the verify failure `reason`, `cluster` and `context` concerned. */
  readonly problem: Pick<ClusterProblem, 'reason' | 'cluster' | 'context'>;

  constructor(
    message: string,
    options: {
      status: number;
      field?: string;
      type?: string;
      problem?: Pick<ClusterProblem, 'reason' | 'cluster' | 'context'>;
      cause?: unknown;
    },
  ) {
    super(message, { cause: options.cause });
    this.name = 'ApiError';
    this.status = options.status;
    this.field = options.field;
    this.type = options.type;
    this.problem = options.problem ?? {};
  }

  /** True when the request lacked a valid session or credential. */
  get unauthorized(): boolean {
    return this.status === 401;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Turns a failed `Response` into an {@link ApiError}, reading problem+json or a Kubernetes Status. */
export async function apiErrorFromResponse(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (isRecord(body)) {
    const problem = body as Partial<ClusterProblem> & { message?: unknown };
    const message =
      typeof problem.detail === 'string'
        ? problem.detail
        : typeof problem.message === 'string'
          ? problem.message
          : typeof problem.title === 'string'
            ? problem.title
            : response.statusText;
    return new ApiError(message || `HTTP ${String(response.status)}`, {
      status: response.status,
      ...(typeof problem.field === 'string' ? { field: problem.field } : {}),
      ...(typeof problem.type === 'string' ? { type: problem.type } : {}),
      problem: {
        ...(typeof problem.reason === 'string' ? { reason: problem.reason } : {}),
        ...(typeof problem.cluster === 'string' ? { cluster: problem.cluster } : {}),
        ...(typeof problem.context === 'string' ? { context: problem.context } : {}),
      },
    });
  }
  return new ApiError(text.trim() || response.statusText || `HTTP ${String(response.status)}`, {
    status: response.status,
  });
}

/** Wraps anything thrown into an {@link ApiError} (network failures get status 0). */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ApiError(message, { status: 0, cause: error });
}

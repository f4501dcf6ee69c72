/**
 * RFC 9457 problem details (`application/problem+json`), the body of every error the server itself
 * produces. A Kubernetes `Status` returned by a cluster is passed through unchanged instead.
 */
export interface ProblemDetails {
  /** A URI naming the kind of problem, e.g. `urn:wheelhouse:problem:invalid-input`. */
  readonly type: string;
  /** Short summary of the kind of problem. */
  readonly title: string;
  /** HTTP status code. */
  readonly status: number;
  /** What went wrong in this occurrence. */
  readonly detail?: string;
  /** The request path. */
  readonly instance?: string;
  /** The input field at fault (flag, body property, path parameter or query parameter), if any. */
  readonly field?: string;
}

/** Media type of {@link ProblemDetails} bodies. */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/**
 * Typed errors thrown by services and routes. The error handler (problem.ts) maps each to one
 * `application/problem+json` response; `field` names the input at fault.
 */

/** Base class: an error with an HTTP status and a stable problem kind. */
export class HttpError extends Error {
  /** HTTP status code. */
  readonly status: number;
  /** Stable machine-readable kind; becomes `urn:wheelhouse:problem:<kind>`. */
  readonly kind: string;
  /** The input field at fault, if any. */
  readonly field: string | undefined;

  constructor(status: number, kind: string, message: string, field?: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'HttpError';
    this.status = status;
    this.kind = kind;
    this.field = field;
  }
}

/** 400: the input named by `field` is invalid. */
export class InputError extends HttpError {
  constructor(field: string, message: string, options?: ErrorOptions) {
    super(400, 'invalid-input', message, field, options);
    this.name = 'InputError';
  }
}

/** 401: the request carries no valid credential. */
export class UnauthorizedError extends HttpError {
  constructor(message: string, options?: ErrorOptions) {
    super(401, 'unauthorized', message, undefined, options);
    this.name = 'UnauthorizedError';
  }
}

/** 403: the request is understood and authenticated (or not needed) but refused. */
export class ForbiddenError extends HttpError {
  constructor(message: string, field?: string, options?: ErrorOptions) {
    super(403, 'forbidden', message, field, options);
    this.name = 'ForbiddenError';
  }
}

/** 404: the named thing does not exist. */
export class NotFoundError extends HttpError {
  constructor(message: string, field?: string, options?: ErrorOptions) {
    super(404, 'not-found', message, field, options);
    this.name = 'NotFoundError';
  }
}

/** 409: the request clashes with existing state (e.g. a cluster name already in use). */
export class ConflictError extends HttpError {
  constructor(message: string, field?: string, options?: ErrorOptions) {
    super(409, 'conflict', message, field, options);
    this.name = 'ConflictError';
  }
}

/** 413: the request body is larger than allowed. */
export class PayloadTooLargeError extends HttpError {
  constructor(message: string, field?: string, options?: ErrorOptions) {
    super(413, 'payload-too-large', message, field, options);
    this.name = 'PayloadTooLargeError';
  }
}

/**
 * 422: the request is well-formed but cannot be carried out as asked: a kubeconfig feature the server's
 * policy refuses, a server outside the allow-list, or a cluster that failed verification. `kind` names the
 * problem (`policy`, `verification-failed`); `extensions` become extra problem members (`reason`, `cluster`).
 */
export class UnprocessableError extends HttpError {
  readonly extensions: Readonly<Record<string, string>>;

  constructor(
    kind: string,
    message: string,
    field?: string,
    extensions: Readonly<Record<string, string>> = {},
    options?: ErrorOptions,
  ) {
    super(422, kind, message, field, options);
    this.name = 'UnprocessableError';
    this.extensions = extensions;
  }
}

/** 502: an upstream (Kubernetes API server, exec plugin, identity provider) failed. */
export class UpstreamError extends HttpError {
  constructor(message: string, options?: ErrorOptions) {
    super(502, 'upstream', message, undefined, options);
    this.name = 'UpstreamError';
  }
}

/** SelfSubjectAccessReview: "may I do this?", asked of the API server for the user's own identity. */

/** One action on a resource, as RBAC sees it. */
export interface AccessCheck {
  /** `get`, `list`, `watch`, `create`, `update`, `patch`, `delete`… */
  readonly verb: string;
  /** API group; `''` for the core group. */
  readonly group: string;
  /** Plural resource name (`configmaps`). */
  readonly resource: string;
  readonly namespace?: string;
  readonly name?: string;
  readonly subresource?: string;
}

/** The answer's `status`. */
export interface AccessReviewStatus {
  readonly allowed: boolean;
  readonly denied?: boolean;
  readonly reason?: string;
  readonly evaluationError?: string;
}

/** The request body of a SelfSubjectAccessReview for `check`. */
export function accessReviewBody(check: AccessCheck) {
  return {
    apiVersion: 'authorization.k8s.io/v1',
    kind: 'SelfSubjectAccessReview',
    spec: {
      resourceAttributes: {
        verb: check.verb,
        group: check.group,
        resource: check.resource,
        ...(check.namespace === undefined ? {} : { namespace: check.namespace }),
        ...(check.name === undefined ? {} : { name: check.name }),
        ...(check.subresource === undefined ? {} : { subresource: check.subresource }),
      },
    },
  };
}

/** Where SelfSubjectAccessReviews are created for `cluster`, through the proxy. */
export function accessReviewPath(cluster: string): string {
  return `/clusters/${encodeURIComponent(cluster)}/apis/authorization.k8s.io/v1/selfsubjectaccessreviews`;
}

/**
 * TanStack Query key of one check. It sits under `['cluster', cluster]`, the prefix a cluster login
 * invalidates, so answers given for the previous identity are re-asked after a login.
 */
export function accessReviewKey(cluster: string, check: AccessCheck) {
  return [
    'cluster',
    cluster,
    'access-review',
    check.verb,
    check.group,
    check.resource,
    check.subresource ?? '',
    check.namespace ?? '',
    check.name ?? '',
  ] as const;
}

/** The prefix of every access-review key of `cluster` (for `removeQueries` when the identity changes). */
export function accessReviewPrefix(cluster: string) {
  return ['cluster', cluster, 'access-review'] as const;
}

import { queryOptions, useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/api-error.ts';
import {
  accessReviewBody,
  accessReviewKey,
  accessReviewPath,
  type AccessCheck,
  type AccessReviewStatus,
} from '../access-review.ts';
import { kubeRequest } from '../kube-request.ts';

/** The answer of {@link useCan}. */
export interface CanResult {
  /** `undefined` while unknown (loading, or the check itself failed: the API server will decide). */
  readonly allowed: boolean | undefined;
  /** Why not, in the user's language, when `allowed` is false or the check failed. */
  readonly reason?: string;
  readonly loading: boolean;
}

/** How long an answer is reused before it is asked again (permissions rarely change within minutes). */
const staleTime = 5 * 60_000;

/** The TanStack Query options of one check (shared by {@link useCan} and {@link useCanAll}). */
export function accessReviewQuery(cluster: string, check: AccessCheck) {
  return queryOptions<AccessReviewStatus, ApiError>({
    queryKey: accessReviewKey(cluster, check),
    queryFn: async ({ signal }: { signal: AbortSignal }): Promise<AccessReviewStatus> => {
      const review = await kubeRequest<{ status?: AccessReviewStatus }>(accessReviewPath(cluster), {
        method: 'POST',
        body: accessReviewBody(check),
        signal,
      });
      return review.status ?? { allowed: false };
    },
    staleTime,
    enabled: cluster !== '',
    retry: (count: number, error: ApiError) => error.status >= 500 && count < 2,
  });
}

/** A check's answer, in the user's language. */
function toCanResult(
  query: UseQueryResult<AccessReviewStatus, ApiError>,
  check: AccessCheck,
  t: TFunction,
): CanResult {
  if (query.isPending) return { allowed: undefined, loading: query.fetchStatus === 'fetching' };
  if (query.isError)
    return {
      allowed: undefined,
      reason: t('yaml.access.checkFailed', { message: query.error.message }),
      loading: false,
    };
  if (query.data.allowed) return { allowed: true, loading: false };
  const scope =
    check.namespace === undefined
      ? t('yaml.access.denied', { verb: check.verb, resource: check.resource })
      : t('yaml.access.deniedIn', {
          verb: check.verb,
          resource: check.resource,
          namespace: check.namespace,
        });
  const detail = query.data.reason || query.data.evaluationError;
  return { allowed: false, reason: detail ? `${scope} (${detail})` : scope, loading: false };
}

/**
 * Whether the current user may do `check` in `cluster`, from a SelfSubjectAccessReview. Answers are cached
 * per cluster under the key a cluster login invalidates, shared by every component asking the same
 * question, and one request is in flight per question at a time.
 */
export function useCan(cluster: string, check: AccessCheck): CanResult {
  const { t } = useTranslation();
  const query = useQuery(accessReviewQuery(cluster, check));
  return toCanResult(query, check, t);
}

/**
 * Whether the current user may do every one of `checks` (each in its cluster): denied as soon as one is
 * denied (with that one's reason), unknown while any is unknown, allowed when all are. Each check is the
 * same cached question {@link useCan} asks.
 */
export function useCanAll(
  checks: readonly { readonly cluster: string; readonly check: AccessCheck }[],
): CanResult {
  const { t } = useTranslation();
  const queries = useQueries({
    queries: checks.map(({ cluster, check }) => accessReviewQuery(cluster, check)),
  });
  const results = queries.map((query, index) => {
    const entry = checks[index];
    return entry ? toCanResult(query, entry.check, t) : { allowed: undefined, loading: false };
  });
  const denied = results.find((result) => result.allowed === false);
  if (denied) return denied;
  const unknown = results.find((result) => result.allowed === undefined);
  if (unknown) return { ...unknown, loading: results.some((result) => result.loading) };
  return { allowed: checks.length > 0 ? true : undefined, loading: false };
}

import { useQuery } from '@tanstack/react-query';
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

/**
 * Whether the current user may do `check` in `cluster`, from a SelfSubjectAccessReview. Answers are cached
 * per cluster under the key a cluster login invalidates, shared by every component asking the same
 * question, and one request is in flight per question at a time.
 */
export function useCan(cluster: string, check: AccessCheck): CanResult {
  const { t } = useTranslation();
  const query = useQuery<AccessReviewStatus, ApiError>({
    queryKey: accessReviewKey(cluster, check),
    queryFn: async ({ signal }) => {
      const review = await kubeRequest<{ status?: AccessReviewStatus }>(accessReviewPath(cluster), {
        method: 'POST',
        body: accessReviewBody(check),
        signal,
      });
      return review.status ?? { allowed: false };
    },
    staleTime,
    enabled: cluster !== '',
    retry: (count, error) => error.status >= 500 && count < 2,
  });
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

import { describe, expect, it } from 'vitest';
import { accessReviewBody, accessReviewKey, accessReviewPath, accessReviewPrefix } from './access-review.ts';

describe('access review', () => {
  it('asks about exactly the attributes given', () => {
    expect(
      accessReviewBody({
        verb: 'delete',
        group: 'apps',
        resource: 'deployments',
        namespace: 'shop',
        name: 'web',
      }),
    ).toEqual({
      apiVersion: 'authorization.k8s.io/v1',
      kind: 'SelfSubjectAccessReview',
      spec: {
        resourceAttributes: {
          verb: 'delete',
          group: 'apps',
          resource: 'deployments',
          namespace: 'shop',
          name: 'web',
        },
      },
    });
    expect(
      accessReviewBody({ verb: 'create', group: '', resource: 'pods', subresource: 'exec' }).spec,
    ).toEqual({
      resourceAttributes: { verb: 'create', group: '', resource: 'pods', subresource: 'exec' },
    });
  });

  it('posts through the proxy of the cluster', () => {
    expect(accessReviewPath('a b')).toBe(
      '/clusters/a%20b/apis/authorization.k8s.io/v1/selfsubjectaccessreviews',
    );
  });

  it('keys answers per cluster under the prefix a login invalidates, one key per question', () => {
    const key = accessReviewKey('dev', { verb: 'get', group: '', resource: 'secrets', namespace: 'x' });
    expect(key.slice(0, 2)).toEqual(['cluster', 'dev']);
    expect(key.slice(0, 3)).toEqual([...accessReviewPrefix('dev')]);
    expect(
      accessReviewKey('prod', { verb: 'get', group: '', resource: 'secrets', namespace: 'x' }),
    ).not.toEqual(key);
    expect(accessReviewKey('dev', { verb: 'get', group: '', resource: 'secrets' })).not.toEqual(key);
    // namespace "x" with no name is not the cluster-wide question about an object named "x"
    expect(accessReviewKey('dev', { verb: 'get', group: '', resource: 'secrets', name: 'x' })).not.toEqual(
      key,
    );
  });
});

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { assignClusterNames, isValidClusterName, sanitizeClusterName } from './cluster-name.ts';

const hash6 = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 6);

describe('sanitizeClusterName', () => {
  it.each([
    ['kind-dev', 'kind-dev'],
    ['Prod_EU', 'prod_eu'],
    ['arn:aws:eks:eu-west-1:123:cluster/prod', 'arn-aws-eks-eu-west-1-123-cluster-prod'],
    ['gke_proj_europe-west1_main', 'gke_proj_europe-west1_main'],
    ['admin@cluster.local', 'admin-cluster.local'],
    ['  --weird--  ', 'weird'],
    ['..', 'cluster'],
    ['日本', 'cluster'],
    ['a'.repeat(80), 'a'.repeat(63)],
  ])('%s → %s', (context, expected) => {
    const name = sanitizeClusterName(context);
    expect(name).toBe(expected);
    expect(isValidClusterName(name)).toBe(true);
  });
});

describe('assignClusterNames', () => {
  it('keeps unique sanitised names', () => {
    expect(assignClusterNames(['dev', 'Prod'])).toEqual(['dev', 'prod']);
  });

  it('gives the plain name to the context that already has it, and a hash suffix to the others', () => {
    expect(assignClusterNames(['Prod', 'prod'])).toEqual([`prod-${hash6('Prod')}`, 'prod']);
  });

  it('otherwise gives the plain name to the first in merge order', () => {
    expect(assignClusterNames(['A B', 'a:b', 'a/b'])).toEqual([
      'a-b',
      `a-b-${hash6('a:b')}`,
      `a-b-${hash6('a/b')}`,
    ]);
  });

  it('is stable: a context keeps its name when other contexts are added later', () => {
    const before = assignClusterNames(['a:b', 'x']);
    const after = assignClusterNames(['a:b', 'x', 'A:B']);
    expect(after.slice(0, 2)).toEqual(before);
    expect(new Set(after).size).toBe(3);
  });

  it('avoids names reserved by other sources', () => {
    expect(assignClusterNames(['in-cluster'], new Set(['in-cluster']))).toEqual([
      `in-cluster-${hash6('in-cluster')}`,
    ]);
  });

  it('always produces valid, unique names', () => {
    const contexts = ['a', 'A', 'a ', ' a', '@a', 'a@', '-', '', 'x'.repeat(100), 'X'.repeat(100)];
    const names = assignClusterNames(contexts);
    expect(new Set(names).size).toBe(contexts.length);
    for (const name of names) expect(isValidClusterName(name)).toBe(true);
  });
});

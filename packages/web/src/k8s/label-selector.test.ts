import { describe, expect, it } from 'vitest';
import { matchesSelector, parseLabelSelector, selectorToString } from './label-selector.ts';

function matches(selector: string, labels: Record<string, string>): boolean {
  const parsed = parseLabelSelector(selector);
  if (!parsed.ok) throw new Error(parsed.error);
  return matchesSelector(parsed.requirements, labels);
}

describe('label selectors', () => {
  it('matches equality, inequality, sets and existence', () => {
    const labels = { app: 'web', tier: 'frontend', 'example.com/team': 'a' };
    expect(matches('app=web', labels)).toBe(true);
    expect(matches('app==web', labels)).toBe(true);
    expect(matches('app!=web', labels)).toBe(false);
    expect(matches('app=web,tier=backend', labels)).toBe(false);
    expect(matches('tier in (frontend, backend)', labels)).toBe(true);
    expect(matches('tier notin (frontend)', labels)).toBe(false);
    expect(matches('missing notin (x)', labels)).toBe(true);
    expect(matches('example.com/team', labels)).toBe(true);
    expect(matches('!example.com/team', labels)).toBe(false);
    expect(matches('!legacy', labels)).toBe(true);
    expect(matches('', labels)).toBe(true);
  });

  it('names the part at fault', () => {
    expect(parseLabelSelector('app=web,')).toEqual({ ok: false, error: 'empty requirement between commas' });
    expect(parseLabelSelector('app=we b')).toMatchObject({ ok: false });
    const bad = parseLabelSelector('-app=web');
    expect(bad.ok ? '' : bad.error).toContain('-app');
    const value = parseLabelSelector('tier in (ok,-bad)');
    expect(value.ok ? '' : value.error).toContain('-bad');
  });

  it('turns a workload selector object into text', () => {
    expect(
      selectorToString({
        matchLabels: { app: 'web' },
        matchExpressions: [
          { key: 'tier', operator: 'In', values: ['a', 'b'] },
          { key: 'env', operator: 'NotIn', values: ['dev'] },
          { key: 'canary', operator: 'Exists' },
          { key: 'legacy', operator: 'DoesNotExist' },
        ],
      }),
    ).toBe('app=web,tier in (a,b),env notin (dev),canary,!legacy');
    expect(selectorToString({})).toBeUndefined();
    expect(selectorToString(undefined)).toBeUndefined();
  });
});

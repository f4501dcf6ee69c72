import { describe, expect, it } from 'vitest';
import { jsonEqual, mergeChanges, rebaseEdit } from './three-way-merge.ts';

const base = {
  metadata: { name: 'web', resourceVersion: '10', labels: { app: 'web' } },
  data: { color: 'blue', size: 'M', mode: 'fast' },
};

describe('mergeChanges', () => {
  it('lays my changes over theirs and takes their resourceVersion', () => {
    const mine = { ...base, data: { ...base.data, color: 'red' } };
    const theirs = {
      metadata: { ...base.metadata, resourceVersion: '11', labels: { app: 'web', tier: 'front' } },
      data: { ...base.data, size: 'L' },
    };
    expect(mergeChanges(base, mine, theirs)).toEqual({
      merged: {
        metadata: { name: 'web', resourceVersion: '11', labels: { app: 'web', tier: 'front' } },
        data: { color: 'red', size: 'L', mode: 'fast' },
      },
      conflicts: [],
    });
  });

  it('keeps my value where both changed the same field, and lists that field', () => {
    const mine = { ...base, data: { ...base.data, color: 'red' } };
    const theirs = {
      metadata: { ...base.metadata, resourceVersion: '11' },
      data: { ...base.data, color: 'green' },
    };
    const result = mergeChanges(base, mine, theirs);
    expect(result.conflicts).toEqual(['data.color']);
    expect(result.merged).toMatchObject({ data: { color: 'red' }, metadata: { resourceVersion: '11' } });
  });

  it('applies my deletions and additions, and keeps theirs', () => {
    const mine = { ...base, data: { color: 'blue', size: 'M', added: 'yes' } };
    const theirs = { ...base, data: { ...base.data, other: 'theirs' } };
    expect(mergeChanges(base, mine, theirs).merged).toEqual({
      ...base,
      data: { color: 'blue', size: 'M', other: 'theirs', added: 'yes' },
    });
  });

  it('treats lists as a whole', () => {
    const b = { spec: { ports: [80] } };
    expect(mergeChanges(b, { spec: { ports: [80, 443] } }, { spec: { ports: [8080] } })).toEqual({
      merged: { spec: { ports: [80, 443] } },
      conflicts: ['spec.ports'],
    });
    expect(mergeChanges(b, b, { spec: { ports: [8080] } }).merged).toEqual({ spec: { ports: [8080] } });
  });

  it('agrees when both made the same change', () => {
    const same = { ...base, data: { ...base.data, color: 'red' } };
    expect(mergeChanges(base, same, same)).toEqual({ merged: same, conflicts: [] });
  });
});

describe('rebaseEdit', () => {
  it('always takes the current resourceVersion, even when the user removed or changed it', () => {
    const theirs = { ...base, metadata: { ...base.metadata, resourceVersion: '12' } };
    const mine = { metadata: { name: 'web', labels: { app: 'web' } }, data: { ...base.data, color: 'red' } };
    expect(rebaseEdit(base, mine, theirs)).toEqual({
      merged: { metadata: { name: 'web', labels: { app: 'web' }, resourceVersion: '12' }, data: mine.data },
      conflicts: [],
    });
    const edited = { ...base, metadata: { ...base.metadata, resourceVersion: '3' } };
    expect(rebaseEdit(base, edited, theirs).merged).toMatchObject({ metadata: { resourceVersion: '12' } });
  });
});

describe('jsonEqual', () => {
  it('ignores key order and compares lists in order', () => {
    expect(jsonEqual({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true);
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
    expect(jsonEqual({ a: 1 }, { a: 1, b: null })).toBe(false);
    expect(jsonEqual(null, {})).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { parseListQuery, writeListQuery } from './list-query.ts';

describe('list query in the URL', () => {
  it('reads every part', () => {
    const query = parseListQuery(
      new URLSearchParams('ns=shop,batch&q=web&l=app%3Dweb&sort=-age&cols=name,ready&clusters=a,b'),
    );
    expect(query).toEqual({
      namespaces: ['shop', 'batch'],
      text: 'web',
      labels: 'app=web',
      sort: { column: 'age', descending: true },
      columns: ['name', 'ready'],
      clusters: ['a', 'b'],
    });
  });

  it('has defaults and writes only what differs from them, keeping other parameters', () => {
    const empty = parseListQuery(new URLSearchParams(''));
    expect(empty).toEqual({
      namespaces: [],
      text: '',
      labels: '',
      sort: undefined,
      columns: undefined,
      clusters: [],
    });
    const written = writeListQuery(new URLSearchParams('tab=yaml&q=old'), {
      ...empty,
      sort: { column: 'name', descending: false },
    });
    expect(written.toString()).toBe('tab=yaml&sort=name');
  });

  it('round-trips', () => {
    const params = writeListQuery(new URLSearchParams(), {
      namespaces: ['a'],
      text: 'x y',
      labels: 'k in (a,b)',
      sort: { column: 'restarts', descending: true },
      columns: [],
      clusters: ['beta'],
    });
    expect(parseListQuery(params)).toEqual({
      namespaces: ['a'],
      text: 'x y',
      labels: 'k in (a,b)',
      sort: { column: 'restarts', descending: true },
      columns: [],
      clusters: ['beta'],
    });
  });
});

import { describe, expect, it } from 'vitest';
import { markMatches, matchRanges } from './highlight.ts';
import { parseSgr } from './sgr-parser.ts';

describe('matchRanges', () => {
  it('finds every case-insensitive occurrence, without overlaps', () => {
    expect(matchRanges('Error error ERRor', 'error')).toEqual([
      [0, 5],
      [6, 11],
      [12, 17],
    ]);
    expect(matchRanges('aaaa', 'aa')).toEqual([
      [0, 2],
      [2, 4],
    ]);
    expect(matchRanges('x', '')).toEqual([]);
  });
});

describe('markMatches', () => {
  it('marks a match that spans two styled segments and keeps their styles', () => {
    const marked = markMatches(parseSgr('\x1b[31mERR\x1b[0mOR here'), 'rro');
    expect(marked).toEqual([
      { text: 'E', style: { fg: { type: 'index', index: 1 } }, match: false },
      { text: 'RR', style: { fg: { type: 'index', index: 1 } }, match: true },
      { text: 'O', style: {}, match: true },
      { text: 'R here', style: {}, match: false },
    ]);
  });

  it('leaves a line without matches as it is', () => {
    expect(markMatches(parseSgr('plain'), 'zzz')).toEqual([{ text: 'plain', style: {}, match: false }]);
  });
});

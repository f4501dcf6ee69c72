import { describe, expect, it } from 'vitest';
import { toLogLine } from './log-line.ts';
import { mergeRuns } from './merge-lines.ts';

let seq = 0;
const line = (pod: string, time: string | undefined, text: string) =>
  toLogLine(time === undefined ? text : `${time} ${text}`, { pod, container: 'app' }, seq++);

describe('mergeRuns', () => {
  it('interleaves the runs of several pods by timestamp', () => {
    const a = [line('a', '2026-12-02T10:00:01Z', 'a1'), line('a', '2026-12-02T10:00:03Z', 'a3')];
    const b = [line('b', '2026-12-02T10:00:00.5Z', 'b0'), line('b', '2026-12-02T10:00:02Z', 'b2')];
    expect(mergeRuns([a, b]).map((l) => `${l.source.pod}:${l.plain}`)).toEqual([
      'b:b0',
      'a:a1',
      'b:b2',
      'a:a3',
    ]);
  });

  it('keeps stream order for equal timestamps and keeps every line', () => {
    const t = '2026-12-02T10:00:00Z';
    const a = [line('a', t, 'x'), line('a', t, 'y')];
    const b = [line('b', t, 'z')];
    expect(mergeRuns([a, b]).map((l) => l.plain)).toEqual(['x', 'y', 'z']);
  });

  it('handles empty runs and lines without timestamps', () => {
    const a = [line('a', undefined, 'raw')];
    expect(mergeRuns([[], a, []]).map((l) => l.plain)).toEqual(['raw']);
    expect(mergeRuns([])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { LogBuffer } from './log-buffer.ts';
import { toLogLine } from './log-line.ts';

const lines = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) =>
    toLogLine(`line ${String(from + i)}`, { pod: 'p', container: 'c' }, from + i),
  );

describe('LogBuffer', () => {
  it('appends and reads by index, bumping the version', () => {
    const buffer = new LogBuffer(10);
    const before = buffer.version;
    buffer.append(lines(0, 3));
    expect(buffer.length).toBe(3);
    expect(buffer.at(2)?.plain).toBe('line 2');
    expect(buffer.version).toBeGreaterThan(before);
  });

  it('drops the oldest lines beyond the limit and counts them', () => {
    const buffer = new LogBuffer(5);
    buffer.append(lines(0, 4));
    buffer.append(lines(4, 4));
    expect(buffer.length).toBe(5);
    expect(buffer.dropped).toBe(3);
    expect(buffer.at(0)?.plain).toBe('line 3');
    expect(buffer.toArray().map((l) => l.seq)).toEqual([3, 4, 5, 6, 7]);
  });

  it('stays correct across compactions with 100k lines through a 2k limit', () => {
    const buffer = new LogBuffer(2000);
    for (let i = 0; i < 100; i++) buffer.append(lines(i * 1000, 1000));
    expect(buffer.length).toBe(2000);
    expect(buffer.dropped).toBe(98_000);
    expect(buffer.at(0)?.seq).toBe(98_000);
    expect(buffer.at(1999)?.seq).toBe(99_999);
  });

  it('searches case-insensitively in the plain text', () => {
    const buffer = new LogBuffer(10);
    buffer.append([toLogLine('\x1b[31mERROR\x1b[0m x', { pod: 'p', container: 'c' }, 0), ...lines(1, 2)]);
    expect(buffer.search('error')).toEqual([0]);
    expect(buffer.search('LINE')).toEqual([1, 2]);
    expect(buffer.search('')).toEqual([]);
  });

  it('clears and refuses a bad limit', () => {
    const buffer = new LogBuffer(3);
    buffer.append(lines(0, 5));
    buffer.clear();
    expect(buffer.length).toBe(0);
    expect(buffer.dropped).toBe(0);
    expect(() => new LogBuffer(0)).toThrow(/positive integer/);
  });
});

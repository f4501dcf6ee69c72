import { describe, expect, it } from 'vitest';
import { compareTimestamps, lineForDownload, sourceLabel, splitTimestamp, toLogLine } from './log-line.ts';

const source = { pod: 'web-1', container: 'app' };

describe('splitTimestamp', () => {
  it('splits the timestamps=true prefix', () => {
    expect(splitTimestamp('2026-12-02T10:00:00.123456789Z hello world')).toEqual({
      timestamp: '2026-12-02T10:00:00.123456789Z',
      text: 'hello world',
    });
  });
  it('leaves a line without a timestamp as it is', () => {
    expect(splitTimestamp('hello 2026')).toEqual({ timestamp: undefined, text: 'hello 2026' });
  });
});

describe('toLogLine', () => {
  it('keeps escapes in text, strips them in plain and drops a trailing CR', () => {
    const line = toLogLine('2026-12-02T10:00:00Z \x1b[31mERROR\x1b[0m boom\r', source, 7);
    expect(line).toEqual({
      seq: 7,
      source,
      timestamp: '2026-12-02T10:00:00Z',
      text: '\x1b[31mERROR\x1b[0m boom',
      plain: 'ERROR boom',
    });
  });
});

describe('compareTimestamps', () => {
  it('orders fractions of different lengths by time', () => {
    expect(compareTimestamps('2026-12-02T10:00:00.5Z', '2026-12-02T10:00:00.123456789Z')).toBe(1);
    expect(compareTimestamps('2026-12-02T10:00:00Z', '2026-12-02T10:00:00.000000001Z')).toBe(-1);
    expect(compareTimestamps('2026-12-02T10:00:01Z', '2026-12-02T10:00:01.000Z')).toBe(0);
  });
  it('puts missing timestamps first', () => {
    expect(compareTimestamps(undefined, '2026-12-02T10:00:00Z')).toBe(-1);
    expect(compareTimestamps('2026-12-02T10:00:00Z', undefined)).toBe(1);
  });
});

describe('prefixes and download', () => {
  it('labels a line with its pod, and its container when several are shown', () => {
    expect(sourceLabel(source, false)).toBe('web-1');
    expect(sourceLabel(source, true)).toBe('web-1/app');
  });
  it('writes timestamp, prefix and plain text', () => {
    const line = toLogLine('2026-12-02T10:00:00Z \x1b[1mhi', source, 1);
    expect(lineForDownload(line, { timestamps: true, prefix: 'web-1' })).toBe(
      '2026-12-02T10:00:00Z [web-1] hi',
    );
    expect(lineForDownload(line, { timestamps: false, prefix: undefined })).toBe('hi');
  });
});

import { describe, expect, it } from 'vitest';
import { ageOf, humanDuration } from './age.ts';

const s = 1000;
const m = 60 * s;
const h = 60 * m;
const d = 24 * h;

describe('ages', () => {
  it('prints durations like kubectl (HumanDuration)', () => {
    expect(humanDuration(0)).toBe('0s');
    expect(humanDuration(-5 * s)).toBe('0s');
    expect(humanDuration(45 * s)).toBe('45s');
    expect(humanDuration(119 * s)).toBe('119s');
    expect(humanDuration(3 * m + 12 * s)).toBe('3m12s');
    expect(humanDuration(5 * m)).toBe('5m');
    expect(humanDuration(42 * m)).toBe('42m');
    expect(humanDuration(2 * h + 5 * m)).toBe('125m');
    expect(humanDuration(3 * h + 5 * m)).toBe('3h5m');
    expect(humanDuration(20 * h)).toBe('20h');
    expect(humanDuration(4 * d + 3 * h)).toBe('4d3h');
    expect(humanDuration(12 * d)).toBe('12d');
    expect(humanDuration(800 * d)).toBe('2y70d');
    expect(humanDuration(3000 * d)).toBe('8y');
  });

  it('computes the age of a timestamp, empty without one', () => {
    const now = Date.parse('2026-12-02T12:00:00Z');
    expect(ageOf('2026-12-02T11:59:15Z', now)).toBe('45s');
    expect(ageOf(undefined, now)).toBe('');
    expect(ageOf('not a date', now)).toBe('');
  });
});

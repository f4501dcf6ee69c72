import { describe, expect, it } from 'vitest';
import { formatBytes, formatCpu } from '../../k8s/quantity.ts';
import { memoryTickUnit, nearestIndex, niceTicks, usagePaths } from './usage-chart-geometry.ts';

const GiB = 2 ** 30;

describe('niceTicks', () => {
  it('steps in round multiples of the unit up to the first tick at or above max', () => {
    expect(niceTicks(4, 1)).toEqual([0, 1, 2, 3, 4]);
    expect(niceTicks(4.2, 1)).toEqual([0, 2, 4, 6]);
    expect(niceTicks(0.6, 1).map(formatCpu)).toEqual(['0', '200m', '400m', '600m']);
    expect(niceTicks(16 * GiB, GiB).map(formatBytes)).toEqual(['0', '4Gi', '8Gi', '12Gi', '16Gi']);
    expect(niceTicks(3 * GiB, GiB).map(formatBytes)).toEqual(['0', '1Gi', '2Gi', '3Gi']);
    expect(niceTicks(300 * 2 ** 20, memoryTickUnit(300 * 2 ** 20)).map(formatBytes)).toEqual([
      '0',
      '100Mi',
      '200Mi',
      '300Mi',
    ]);
  });

  it('has an axis even without data', () => {
    expect(niceTicks(0, 1)).toEqual([0, 1]);
    expect(niceTicks(Number.NaN, GiB)).toEqual([0, GiB]);
  });
});

describe('usagePaths', () => {
  const area = { left: 0, top: 0, width: 100, height: 50 };
  const domain = { start: 0, end: 100, max: 10 };

  it('draws a line and the area under it', () => {
    const points = [
      { time: 0, value: 0 },
      { time: 50, value: 5 },
      { time: 100, value: 10 },
    ];
    expect(usagePaths(points, area, domain, 60)).toEqual({
      line: 'M0 50L50 25L100 0',
      area: 'M0 50L0 50L50 25L100 0L100 50Z',
    });
  });

  it('leaves gaps open, drops points before the start, and clamps values above the top', () => {
    const points = [
      { time: -40, value: 3 },
      { time: 10, value: 2 },
      { time: 30, value: 4 },
      { time: 100, value: 20 },
    ];
    expect(usagePaths(points, area, domain, 30)).toEqual({
      line: 'M10 40L30 30M100 0h0',
      area: 'M10 50L10 40L30 30L30 50Z',
    });
  });
});

describe('nearestIndex', () => {
  it('finds the point closest in time', () => {
    const points = [0, 15, 30].map((time) => ({ time, value: 0 }));
    expect(nearestIndex(points, 21)).toBe(1);
    expect(nearestIndex(points, 99)).toBe(2);
    expect(nearestIndex([], 1)).toBe(-1);
  });
});

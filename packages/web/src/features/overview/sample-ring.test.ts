import { describe, expect, it } from 'vitest';
import { SampleRing } from './sample-ring.ts';

describe('SampleRing', () => {
  it('keeps the last `capacity` items, oldest first', () => {
    const ring = new SampleRing<number>(3);
    expect(ring.toArray()).toEqual([]);
    expect(ring.last).toBeUndefined();
    ring.push(1);
    ring.push(2);
    expect(ring.toArray()).toEqual([1, 2]);
    for (const n of [3, 4, 5, 6, 7]) ring.push(n);
    expect(ring.toArray()).toEqual([5, 6, 7]);
    expect(ring.size).toBe(3);
    expect(ring.last).toBe(7);
  });

  it('refuses a capacity below one', () => {
    expect(() => new SampleRing(0)).toThrow(RangeError);
    expect(() => new SampleRing(1.5)).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { StreamSlots } from './stream-slots.ts';

describe('StreamSlots', () => {
  it('hands out at most `size` slots, and a released slot can be taken again (release is idempotent)', () => {
    const slots = new StreamSlots(2);
    const first = slots.tryAcquire();
    const second = slots.tryAcquire();
    expect(first).toBeDefined();
    expect(second).toBeDefined();
    expect(slots.tryAcquire()).toBeUndefined();
    first?.();
    first?.();
    expect(slots.used).toBe(1);
    expect(slots.tryAcquire()).toBeDefined();
    expect(slots.tryAcquire()).toBeUndefined();
  });
});

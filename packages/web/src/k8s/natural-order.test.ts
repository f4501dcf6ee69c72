import { describe, expect, it } from 'vitest';
import { compareNatural, naturalKey } from './natural-order.ts';

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** A small deterministic random generator, so a failure can be reproduced. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function randomText(next: () => number): string {
  const alphabet = 'aAbBzZ0012999-.';
  const length = Math.floor(next() * 9);
  let text = '';
  for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)] ?? '';
  return text;
}

describe('natural order', () => {
  it('orders names like people read them', () => {
    const names = ['web-10', 'web-9', 'Web-1', 'api', 'web-1.2', 'web-1-2', 'web'];
    const sorted = names.map(naturalKey).sort(compareNatural);
    expect(sorted.map((k) => k.text)).toEqual([
      'api',
      'web',
      'Web-1',
      'web-1-2',
      'web-1.2',
      'web-9',
      'web-10',
    ]);
  });

  it('agrees with the numeric, case-blind collator on any text of letters, digits, - and .', () => {
    const next = random(42);
    for (let i = 0; i < 5000; i++) {
      const a = randomText(next);
      const b = randomText(next);
      const fast = Math.sign(compareNatural(naturalKey(a), naturalKey(b)));
      expect([a, b, fast]).toEqual([a, b, Math.sign(collator.compare(a, b))]);
    }
  });

  it('falls back to the collator for other text and very long numbers', () => {
    expect(naturalKey('café').fast).toBeUndefined();
    expect(naturalKey('a b').fast).toBeUndefined();
    expect(naturalKey('1'.repeat(60)).fast).toBeUndefined();
    expect(compareNatural(naturalKey('café'), naturalKey('cafe'))).toBe(0);
    expect(compareNatural(naturalKey('x 2'), naturalKey('x 10'))).toBeLessThan(0);
  });
});

/**
 * A bounded ring buffer: keeps the last `capacity` items and drops the oldest first, so a sampler that runs
 * for hours holds a constant amount of memory.
 */
export class SampleRing<T> {
  readonly #items: (T | undefined)[];
  #start = 0;
  #size = 0;

  /** The most items it keeps. */
  readonly capacity: number;

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError('capacity must be ≥ 1');
    this.capacity = capacity;
    this.#items = new Array<T | undefined>(capacity);
  }

  /** How many items it holds (≤ capacity). */
  get size(): number {
    return this.#size;
  }

  /** Adds `item`, dropping the oldest when full. */
  push(item: T): void {
    const end = (this.#start + this.#size) % this.capacity;
    this.#items[end] = item;
    if (this.#size < this.capacity) this.#size += 1;
    else this.#start = (this.#start + 1) % this.capacity;
  }

  /** The items, oldest first, as a new array. */
  toArray(): T[] {
    const out: T[] = [];
    for (let i = 0; i < this.#size; i += 1) {
      const item = this.#items[(this.#start + i) % this.capacity];
      if (item !== undefined) out.push(item);
    }
    return out;
  }

  /** The newest item. */
  get last(): T | undefined {
    return this.#size === 0 ? undefined : this.#items[(this.#start + this.#size - 1) % this.capacity];
  }
}

/**
 * The viewer's memory: an append-only ring of lines with a hard cap. When the cap is passed the oldest lines
 * go (in chunks, so appends stay O(1) amortised); the viewer says how many were dropped.
 */
import type { LogLine } from './log-line.ts';

/**
 * Lines kept per viewer. 100 000 lines of ~150 characters are ~60 MB of strings and line objects in Chrome,
 * which a tab handles; beyond that the oldest lines are dropped (download keeps what is in the buffer).
 */
export const defaultLineLimit = 100_000;

/** A capped, append-only line store. Mutable on purpose: React reads it through {@link LogBuffer.version}. */
export class LogBuffer {
  readonly limit: number;
  #lines: LogLine[] = [];
  #start = 0;
  #dropped = 0;
  #version = 0;

  constructor(limit: number = defaultLineLimit) {
    if (!Number.isInteger(limit) || limit < 1)
      throw new Error(`line limit must be a positive integer, got ${String(limit)}`);
    this.limit = limit;
  }

  /** Number of lines held. */
  get length(): number {
    return this.#lines.length - this.#start;
  }

  /** Lines dropped from the front since the last clear. */
  get dropped(): number {
    return this.#dropped;
  }

  /** Changes on every append or clear (a cheap React dependency). */
  get version(): number {
    return this.#version;
  }

  /** The line at `index` (0 = oldest held). */
  at(index: number): LogLine | undefined {
    return this.#lines[this.#start + index];
  }

  /** Appends lines, dropping the oldest beyond the limit. */
  append(lines: readonly LogLine[]): void {
    if (lines.length === 0) return;
    for (const line of lines) this.#lines.push(line);
    const excess = this.length - this.limit;
    if (excess > 0) {
      this.#start += excess;
      this.#dropped += excess;
      // Compact once the dead prefix is as large as a quarter of the limit: O(1) amortised per line.
      if (this.#start >= Math.max(1024, this.limit / 4)) {
        this.#lines = this.#lines.slice(this.#start);
        this.#start = 0;
      }
    }
    this.#version++;
  }

  /** Removes every line. */
  clear(): void {
    this.#lines = [];
    this.#start = 0;
    this.#dropped = 0;
    this.#version++;
  }

  /** Indexes of the lines whose plain text contains `query` (case-insensitive). */
  search(query: string): number[] {
    const needle = query.toLowerCase();
    if (needle === '') return [];
    const hits: number[] = [];
    for (let i = this.#start; i < this.#lines.length; i++)
      if (this.#lines[i]?.plain.toLowerCase().includes(needle)) hits.push(i - this.#start);
    return hits;
  }

  /** A copy of every held line, oldest first. */
  toArray(): LogLine[] {
    return this.#lines.slice(this.#start);
  }
}

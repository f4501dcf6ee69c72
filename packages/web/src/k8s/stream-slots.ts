/**
 * Connections a tab may hold open for watches. A browser opens at most six HTTP/1.1 connections to one
 * server, and a watch holds one for minutes: a page with six watches left nothing for its other requests —
 * not even the next navigation, which then waited for a watch to end. Watches take a slot here first; one
 * that finds none re-lists every few seconds instead (see runWatch) until a slot frees.
 */

/** A counting semaphore without waiting: a slot is taken if free, else the caller does something else. */
export class StreamSlots {
  readonly size: number;
  #used = 0;

  constructor(size: number) {
    this.size = size;
  }

  /** Takes a slot: returns its release function (idempotent), or undefined when all are taken. */
  tryAcquire(): (() => void) | undefined {
    if (this.#used >= this.size) return undefined;
    this.#used += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#used -= 1;
    };
  }

  /** Slots in use. */
  get used(): number {
    return this.#used;
  }
}

/**
 * The tab's watch slots: six connections, minus the server's events stream, minus two for everything else
 * (API calls, logs, navigations).
 */
export const watchSlots = new StreamSlots(3);

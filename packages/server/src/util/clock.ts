/** Time as a parameter, so that tests can drive timers and read a fixed "now". */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  setTimeout(callback: () => void, ms: number): ClockTimer;
  setInterval(callback: () => void, ms: number): ClockTimer;
  clear(timer: ClockTimer): void;
}

/** An opaque timer handle. */
export interface ClockTimer {
  readonly handle: unknown;
}

/** The real clock. Its timers do not keep the process alive (`unref`). */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout(callback, ms) {
    const handle = setTimeout(callback, ms);
    handle.unref();
    return { handle };
  },
  setInterval(callback, ms) {
    const handle = setInterval(callback, ms);
    handle.unref();
    return { handle };
  },
  clear(timer) {
    clearTimeout(timer.handle as NodeJS.Timeout);
  },
};

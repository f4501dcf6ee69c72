/**
 * Requests sent at a set rate for a set time by a pool of workers (open loop: request `n` is due at
 * start + n / rate whatever the earlier ones took; a pool that falls behind sends as fast as it can until it
 * catches up, and no request starts after the set time). What the server sustained is measured, not assumed.
 */

/** What a paced run achieved. */
export interface PacedResult {
  /** Requests started (sequence numbers firstSeq … firstSeq + sent − 1). */
  readonly sent: number;
  /** Requests that completed without error. */
  readonly completed: number;
  readonly failed: number;
  /** From the first request's due time to the last completion, ms. */
  readonly elapsedMs: number;
  /** Completed per second of elapsed time. */
  readonly ratePerS: number;
}

/** Options of {@link pacedRequests}. */
export interface PacedOptions {
  readonly ratePerS: number;
  readonly durationMs: number;
  /** At most this many requests in flight. */
  readonly workers: number;
  readonly firstSeq: number;
  /** Sends request `seq`; a rejection counts as failed (the first error is kept). */
  readonly send: (seq: number) => Promise<void>;
}

/** Runs the requests; rejects with the first failure once all workers stopped, if any failed. */
export async function pacedRequests(options: PacedOptions): Promise<PacedResult> {
  const { ratePerS, durationMs, workers, firstSeq, send } = options;
  const total = Math.round((ratePerS * durationMs) / 1000);
  const start = performance.now();
  let next = 0;
  let completed = 0;
  let failed = 0;
  let firstError: unknown;
  const worker = async (): Promise<void> => {
    while (next < total && performance.now() - start < durationMs) {
      const n = next++;
      const wait = start + (n * 1000) / ratePerS - performance.now();
      if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
      try {
        await send(firstSeq + n);
        completed += 1;
      } catch (error) {
        failed += 1;
        firstError ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(workers, total) }, worker));
  const elapsedMs = performance.now() - start;
  if (failed > 0)
    throw new Error(`${String(failed)} of ${String(next)} requests failed`, { cause: firstError });
  return { sent: next, completed, failed, elapsedMs, ratePerS: (completed * 1000) / elapsedMs };
}

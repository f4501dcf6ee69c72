/**
 * Runs one operation on many objects: a few at a time, reporting each object's start and outcome as it
 * happens, stopping (without starting more) when the signal aborts, and collecting which objects failed and
 * why. Never rejects: a failing object is a result, not an error.
 */
import type { ObjectRef } from '../../k8s/resource-ref.ts';

/** What happened to one object, or is happening to it. */
export type BulkObjectState =
  | { readonly status: 'waiting' }
  | { readonly status: 'running' }
  | { readonly status: 'done' }
  | { readonly status: 'failed'; readonly message: string }
  /** Not started because the run was stopped. */
  | { readonly status: 'skipped' };

/** One object that failed, and why (the API server's message). */
export interface BulkFailure {
  readonly ref: ObjectRef;
  readonly message: string;
}

/** The outcome of a run, each list in the order of the refs given. */
export interface BulkResult {
  readonly succeeded: readonly ObjectRef[];
  readonly failures: readonly BulkFailure[];
  readonly skipped: readonly ObjectRef[];
}

/** Options of {@link runBulk}. */
export interface RunBulkOptions {
  /** Objects in flight at once (default 4: browsers allow six connections per server, watches use some). */
  readonly concurrency?: number;
  /** Stops starting further objects; those in flight finish. */
  readonly signal?: AbortSignal;
  /** Called when an object's state changes, with its index in `refs`. */
  readonly onState?: (index: number, state: BulkObjectState) => void;
}

/** The message of anything thrown: an `Error`'s message, else its text. */
export function failureMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

/** See the module comment. */
export async function runBulk(
  refs: readonly ObjectRef[],
  operation: (ref: ObjectRef) => Promise<unknown>,
  options: RunBulkOptions = {},
): Promise<BulkResult> {
  const states: BulkObjectState[] = refs.map(() => ({ status: 'waiting' }));
  const set = (index: number, state: BulkObjectState): void => {
    states[index] = state;
    options.onState?.(index, state);
  };
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < refs.length && options.signal?.aborted !== true) {
      const index = next++;
      const ref = refs[index];
      if (ref === undefined) continue;
      set(index, { status: 'running' });
      try {
        await operation(ref);
        set(index, { status: 'done' });
      } catch (error) {
        set(index, { status: 'failed', message: failureMessage(error) });
      }
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? 4, refs.length));
  await Promise.all(Array.from({ length: workers }, worker));
  states.forEach((state, index) => {
    if (state.status === 'waiting') set(index, { status: 'skipped' });
  });
  const result: { succeeded: ObjectRef[]; failures: BulkFailure[]; skipped: ObjectRef[] } = {
    succeeded: [],
    failures: [],
    skipped: [],
  };
  refs.forEach((ref, index) => {
    const state = states[index];
    if (state?.status === 'done') result.succeeded.push(ref);
    else if (state?.status === 'failed') result.failures.push({ ref, message: state.message });
    else result.skipped.push(ref);
  });
  return result;
}

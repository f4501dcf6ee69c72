import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ObjectRef } from '../../k8s/resource-ref.ts';
import { useNotify } from '../../ui/notifications.tsx';
import { runBulk, type BulkFailure, type BulkObjectState, type BulkResult } from './run-bulk.ts';

/** Progress of an action over one or more objects. */
export interface BulkProgress {
  readonly running: boolean;
  /** Objects finished (succeeded or failed). */
  readonly done: number;
  readonly total: number;
  readonly failures: readonly BulkFailure[];
  /** Each object's state, in the order of the refs run. */
  readonly states: readonly BulkObjectState[];
  /** The refs of the last run. */
  readonly refs: readonly ObjectRef[];
  /** The last run was stopped before every object ran. */
  readonly stopped: boolean;
}

const idle: BulkProgress = {
  running: false,
  done: 0,
  total: 0,
  failures: [],
  states: [],
  refs: [],
  stopped: false,
};

function snapshot(
  refs: readonly ObjectRef[],
  states: readonly BulkObjectState[],
  running: boolean,
): BulkProgress {
  const failures: BulkFailure[] = [];
  let done = 0;
  states.forEach((state, index) => {
    const ref = refs[index];
    if (state.status === 'done') done++;
    if (state.status === 'failed' && ref) {
      done++;
      failures.push({ ref, message: state.message });
    }
  });
  return {
    running,
    done,
    total: refs.length,
    failures,
    states: [...states],
    refs,
    stopped: states.some((state) => state.status === 'skipped'),
  };
}

const nextFrame: (callback: () => void) => void =
  typeof requestAnimationFrame === 'function'
    ? (callback) => requestAnimationFrame(callback)
    : (callback) => setTimeout(callback, 16);

/**
 * Runs `operation` on each ref (a few at a time, see `runBulk`), keeping each object's state for the dialog
 * (re-rendered at most once a frame, so thousands of objects stay smooth), then says the result in a
 * snackbar: `success(n)` when all passed, else `failure(failed, firstMessage)` — for several objects with how
 * many succeeded, and that the run was stopped if it was. Resolves true when every object succeeded.
 */
export function useBulkRun(messages: {
  success: (count: number) => string;
  failure: (count: number, message: string) => string;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [progress, setProgress] = useState<BulkProgress>(idle);
  const controller = useRef<AbortController | undefined>(undefined);
  const run = useCallback(
    async (refs: readonly ObjectRef[], operation: (ref: ObjectRef) => Promise<unknown>): Promise<boolean> => {
      const abort = new AbortController();
      controller.current = abort;
      const states: BulkObjectState[] = refs.map(() => ({ status: 'waiting' }));
      let scheduled = false;
      let finished = false;
      setProgress(snapshot(refs, states, true));
      const result: BulkResult = await runBulk(refs, operation, {
        signal: abort.signal,
        onState: (index, state) => {
          states[index] = state;
          if (scheduled) return;
          scheduled = true;
          nextFrame(() => {
            scheduled = false;
            if (!finished) setProgress(snapshot(refs, states, true));
          });
        },
      });
      finished = true;
      controller.current = undefined;
      setProgress(snapshot(refs, states, false));
      const { failures, succeeded, skipped } = result;
      const first = failures[0];
      if (failures.length === 0 && skipped.length === 0) notify(messages.success(refs.length), 'success');
      else if (refs.length === 1 && first) notify(messages.failure(1, first.message), 'error');
      else {
        const parts = [
          ...(first ? [messages.failure(failures.length, first.message)] : []),
          ...(skipped.length > 0 ? [t('actions.bulk.stopped', { count: skipped.length })] : []),
          t('actions.bulk.succeededOf', { succeeded: succeeded.length, total: refs.length }),
        ];
        notify(parts.join(' '), first ? 'error' : 'warning');
      }
      return failures.length === 0 && skipped.length === 0;
    },
    [messages, notify, t],
  );
  /** Starts no further objects (those in flight finish). */
  const stop = useCallback(() => {
    controller.current?.abort();
  }, []);
  const reset = useCallback(() => {
    setProgress(idle);
  }, []);
  return { progress, run, stop, reset };
}

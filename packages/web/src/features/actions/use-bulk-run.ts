import { useCallback, useState } from 'react';
import type { ObjectRef } from '../../k8s/resource-ref.ts';
import { useNotify } from '../../ui/notifications.tsx';

/** Progress of an action over one or more objects. */
export interface BulkProgress {
  readonly running: boolean;
  readonly done: number;
  readonly total: number;
  readonly failures: readonly { readonly ref: ObjectRef; readonly message: string }[];
}

const idle: BulkProgress = { running: false, done: 0, total: 0, failures: [] };

/**
 * Runs `operation` on each ref in turn, counting progress and failures, then says the result in a snackbar:
 * `success(n)` when all passed, else `failure(n, firstMessage)`. Resolves true when every object succeeded.
 */
export function useBulkRun(messages: {
  success: (count: number) => string;
  failure: (count: number, message: string) => string;
}) {
  const notify = useNotify();
  const [progress, setProgress] = useState<BulkProgress>(idle);
  const run = useCallback(
    async (refs: readonly ObjectRef[], operation: (ref: ObjectRef) => Promise<unknown>): Promise<boolean> => {
      const failures: { ref: ObjectRef; message: string }[] = [];
      setProgress({ running: true, done: 0, total: refs.length, failures });
      let done = 0;
      for (const ref of refs) {
        try {
          await operation(ref);
        } catch (error) {
          failures.push({ ref, message: error instanceof Error ? error.message : String(error) });
        }
        done++;
        setProgress({ running: done < refs.length, done, total: refs.length, failures: [...failures] });
      }
      if (failures.length === 0) notify(messages.success(refs.length), 'success');
      else notify(messages.failure(failures.length, failures[0]?.message ?? ''), 'error');
      return failures.length === 0;
    },
    [messages, notify],
  );
  const reset = useCallback(() => {
    setProgress(idle);
  }, []);
  return { progress, run, reset };
}

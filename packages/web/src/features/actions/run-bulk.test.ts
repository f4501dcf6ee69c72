import { describe, expect, it } from 'vitest';
import type { ObjectRef, ResourceType } from '../../k8s/resource-ref.ts';
import { failureMessage, runBulk, type BulkObjectState } from './run-bulk.ts';

const deployments: ResourceType = {
  group: 'apps',
  version: 'v1',
  resource: 'deployments',
  kind: 'Deployment',
  namespaced: true,
};
const refs: ObjectRef[] = ['a', 'b', 'c', 'd', 'e'].map((name) => ({
  cluster: 'dev',
  type: deployments,
  namespace: 'shop',
  name,
}));

/** A promise resolved from outside, to hold operations in flight. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open = (): void => undefined;
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

describe('runBulk', () => {
  it('runs every object, keeps going after failures and says which failed and why', async () => {
    const states: string[] = [];
    const result = await runBulk(
      refs,
      (ref) => {
        if (ref.name === 'b') return Promise.reject(new Error('deployments.apps "b" is forbidden'));
        if (ref.name === 'd') return Promise.reject(new Error('the object has been modified'));
        return Promise.resolve();
      },
      {
        onState: (index, state) => {
          states.push(`${refs[index]?.name ?? '?'}:${state.status}`);
        },
      },
    );
    expect(result.succeeded.map((r) => r.name)).toEqual(['a', 'c', 'e']);
    expect(result.failures).toEqual([
      { ref: refs[1], message: 'deployments.apps "b" is forbidden' },
      { ref: refs[3], message: 'the object has been modified' },
    ]);
    expect(result.skipped).toEqual([]);
    expect(states.filter((s) => s.startsWith('b:'))).toEqual(['b:running', 'b:failed']);
    expect(states.filter((s) => s.endsWith(':done'))).toHaveLength(3);
  });

  it('keeps at most `concurrency` objects in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const result = await runBulk(
      refs,
      async () => {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 1));
        inFlight--;
      },
      { concurrency: 2 },
    );
    expect(most).toBe(2);
    expect(result.succeeded).toHaveLength(5);
  });

  it('starts no more objects once stopped; those in flight finish, the rest are skipped', async () => {
    const abort = new AbortController();
    const hold = gate();
    const last = new Map<string, BulkObjectState['status']>();
    const running = runBulk(
      refs,
      async (ref) => {
        if (ref.name === 'a') {
          abort.abort();
          await hold.promise;
        }
      },
      {
        concurrency: 1,
        signal: abort.signal,
        onState: (index, state) => {
          last.set(refs[index]?.name ?? '?', state.status);
        },
      },
    );
    hold.open();
    const result = await running;
    expect(result.succeeded.map((r) => r.name)).toEqual(['a']);
    expect(result.skipped.map((r) => r.name)).toEqual(['b', 'c', 'd', 'e']);
    expect(last.get('e')).toBe('skipped');
  });

  it('handles no objects, and names what was thrown', async () => {
    expect(await runBulk([], () => Promise.resolve())).toEqual({ succeeded: [], failures: [], skipped: [] });
    expect(failureMessage(new Error('boom'))).toBe('boom');
    expect(failureMessage(new TypeError(''))).toBe('TypeError');
    expect(failureMessage('plain')).toBe('plain');
  });
});

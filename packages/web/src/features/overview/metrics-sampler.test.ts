import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/api-error.ts';
import type { KubeObjectList } from '../../k8s/kube-object.ts';
import { MetricsSampler, nodeUsage } from './metrics-sampler.ts';

const list = (...usage: [string, string, string][]): KubeObjectList => ({
  metadata: {},
  items: usage.map(([name, cpu, memory]) => ({ metadata: { name }, usage: { cpu, memory } })),
});

function fakePage() {
  return Object.assign(new EventTarget(), { hidden: false });
}

function setup(answer: () => Promise<KubeObjectList> = () => Promise.resolve(list(['a', '250m', '1Gi']))) {
  const page = fakePage();
  const signals: AbortSignal[] = [];
  const sampler = new MetricsSampler({
    load: (signal) => {
      signals.push(signal);
      return answer();
    },
    intervalMs: 15_000,
    capacity: 4,
    page,
  });
  return { sampler, signals, page };
}

beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('nodeUsage', () => {
  it('reads node usage with the quantity parser (nanocores, Ki, plain numbers)', () => {
    const usage = nodeUsage(
      list(['a', '1500000000n', '2097152Ki'], ['b', '250m', '1000'], ['c', 'junk', '']),
    );
    expect(usage.get('a')).toEqual({ cpu: 1.5, memory: 2 * 2 ** 30 });
    expect(usage.get('b')).toEqual({ cpu: 0.25, memory: 1000 });
    expect(usage.get('c')).toEqual({ cpu: 0, memory: 0 });
  });
});

describe('MetricsSampler', () => {
  it('polls at once and then every interval, keeping the last `capacity` cluster totals', async () => {
    let cpu = 0;
    const { sampler, signals } = setup(() => {
      cpu += 1;
      return Promise.resolve(list(['a', String(cpu), '1Gi'], ['b', '500m', '512Mi']));
    });
    expect(sampler.getSnapshot().status).toBe('pending');
    const release = sampler.retain();
    await vi.advanceTimersByTimeAsync(0);
    let snapshot = sampler.getSnapshot();
    expect(snapshot.status).toBe('available');
    expect(snapshot.samples).toEqual([{ time: 1_000_000, cpu: 1.5, memory: 1.5 * 2 ** 30 }]);
    expect(snapshot.nodes.get('b')).toEqual({ cpu: 0.5, memory: 2 ** 29 });
    await vi.advanceTimersByTimeAsync(14_999);
    expect(signals).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(signals).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(15_000 * 5);
    snapshot = sampler.getSnapshot();
    expect(snapshot.samples.map((s) => s.cpu)).toEqual([4.5, 5.5, 6.5, 7.5]);
    expect(snapshot.samples.map((s) => s.time)).toEqual([1_045_000, 1_060_000, 1_075_000, 1_090_000]);
    release();
  });

  it('stops when the last user lets go, and resumes on time keeping the history', async () => {
    const { sampler, signals } = setup();
    const first = sampler.retain();
    const second = sampler.retain();
    await vi.advanceTimersByTimeAsync(0);
    first();
    first(); // a second call of the same release is ignored
    expect(sampler.polling).toBe(true);
    second();
    expect(sampler.polling).toBe(false);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(signals).toHaveLength(1);
    // Back after 5 s: the history is there and the next poll waits for the interval.
    vi.setSystemTime(1_005_000);
    const again = sampler.retain();
    expect(sampler.getSnapshot().samples).toHaveLength(1);
    expect(signals).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(signals).toHaveLength(2);
    again();
  });

  it('aborts a poll in flight when released, and does not count it (StrictMode remounts)', () => {
    const { sampler, signals } = setup(() => new Promise(() => undefined));
    sampler.retain()();
    expect(signals[0]?.aborted).toBe(true);
    const release = sampler.retain();
    expect(signals).toHaveLength(2);
    expect(signals[1]?.aborted).toBe(false);
    release();
  });

  it('pauses while the page is hidden', async () => {
    const { sampler, signals, page } = setup();
    const release = sampler.retain();
    await vi.advanceTimersByTimeAsync(0);
    page.hidden = true;
    page.dispatchEvent(new Event('visibilitychange'));
    expect(sampler.polling).toBe(false);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(signals).toHaveLength(1);
    page.hidden = false;
    page.dispatchEvent(new Event('visibilitychange'));
    expect(signals).toHaveLength(2);
    release();
    page.dispatchEvent(new Event('visibilitychange'));
    expect(sampler.polling).toBe(false);
  });

  it('says metrics-server is absent on 404 and not answering on 503, and keeps trying', async () => {
    let status = 404;
    const { sampler, signals } = setup(() =>
      Promise.reject(new ApiError('the server could not find the requested resource', { status })),
    );
    const release = sampler.retain();
    await vi.advanceTimersByTimeAsync(0);
    expect(sampler.getSnapshot().status).toBe('absent');
    status = 503;
    await vi.advanceTimersByTimeAsync(15_000);
    expect(sampler.getSnapshot().status).toBe('unavailable');
    status = 403;
    await vi.advanceTimersByTimeAsync(15_000);
    expect(sampler.getSnapshot()).toMatchObject({ status: 'error', error: { status: 403 } });
    expect(signals).toHaveLength(3);
    release();
  });

  it('tells subscribers about every change', async () => {
    const { sampler } = setup();
    const listener = vi.fn();
    const unsubscribe = sampler.subscribe(listener);
    const release = sampler.retain();
    await vi.advanceTimersByTimeAsync(15_000);
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    await vi.advanceTimersByTimeAsync(15_000);
    expect(listener).toHaveBeenCalledTimes(2);
    release();
  });
});

import { describe, expect, it } from 'vitest';
import type { KubeFetch } from './kube-client.ts';
import type { ResourceType } from './resource-ref.ts';
import { StreamSlots } from './stream-slots.ts';
import { backoffDelay, runWatch, watchUrl, type WatchTarget } from './watch-connection.ts';
import type { WatchAction, WatchItem } from './watch-state.ts';

const pods: ResourceType = { group: '', version: 'v1', resource: 'pods', kind: 'Pod', namespaced: true };
const target: WatchTarget = { cluster: 'dev', type: pods, namespace: 'shop', format: 'table' };
const columns = [{ name: 'Name', type: 'string', format: 'name', priority: 0 }];

const tableRow = (name: string, rv: string) => ({
  cells: [name],
  object: { kind: 'PartialObjectMetadata', metadata: { name, uid: name, resourceVersion: rv } },
});
const table = (rows: unknown[], rv: string, next?: string) => ({
  kind: 'Table',
  metadata: { resourceVersion: rv, ...(next ? { continue: next } : {}) },
  columnDefinitions: columns,
  rows,
});
const event = (type: string, object: unknown) => JSON.stringify({ type, object });
const tableEvent = (type: string, name: string, rv: string) =>
  event(type, {
    kind: 'Table',
    metadata: { resourceVersion: rv },
    columnDefinitions: [],
    rows: [tableRow(name, rv)],
  });

/** A fake API server: answers each request with the next scripted response for its kind (list or watch). */
function script(steps: { list: (() => Response)[]; watch: (() => Response)[] }, seen: string[]): KubeFetch {
  return (path) => {
    seen.push(path);
    const queue = path.includes('watch=1') ? steps.watch : steps.list;
    const next = queue.shift();
    return Promise.resolve(next ? next() : new Response('', { status: 500 }));
  };
}

const json =
  (body: unknown, status = 200) =>
  () =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const stream =
  (...lines: string[]) =>
  () =>
    new Response(lines.map((l) => `${l}\n`).join(''), { status: 200 });

async function run(
  steps: Parameters<typeof script>[0],
  stopAfter: (actions: WatchAction<WatchItem>[]) => boolean,
  more: { slots?: StreamSlots; pollMs?: number; onSleep?: () => void } = {},
) {
  const seen: string[] = [];
  const actions: WatchAction<WatchItem>[] = [];
  const sleeps: number[] = [];
  const controller = new AbortController();
  await runWatch(
    target,
    (action) => {
      actions.push(action);
      if (stopAfter(actions)) controller.abort();
    },
    controller.signal,
    {
      fetch: script(steps, seen),
      random: () => 0.5,
      pageSize: 2,
      ...(more.slots ? { slots: more.slots } : {}),
      ...(more.pollMs === undefined ? {} : { pollMs: more.pollMs }),
      sleep: (ms) => {
        sleeps.push(ms);
        more.onSleep?.();
        if (sleeps.length > 5) controller.abort();
        return Promise.resolve();
      },
    },
  );
  return { seen, actions, sleeps };
}

describe('list then watch', () => {
  it('asks for the next page as soon as a page’s continue token arrived, before its rows', async () => {
    const seen: string[] = [];
    const first = JSON.stringify(table([tableRow('a', '1'), tableRow('b', '2')], '10', 'tok'));
    const cut = first.indexOf('"rows"') + 10;
    let finishFirst: () => void = () => undefined;
    const firstBody = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(first.slice(0, cut)));
        finishFirst = () => {
          controller.enqueue(new TextEncoder().encode(first.slice(cut)));
          controller.close();
        };
      },
    });
    const controller = new AbortController();
    const actions: WatchAction<WatchItem>[] = [];
    const fetch: KubeFetch = (path) => {
      seen.push(path);
      if (seen.length === 1) return Promise.resolve(new Response(firstBody));
      // The second page is asked for while the first has not ended: let the first end now.
      if (path.includes('continue=tok')) {
        finishFirst();
        return Promise.resolve(json(table([tableRow('c', '3')], '10'))());
      }
      controller.abort();
      return Promise.reject(new DOMException('aborted', 'AbortError'));
    };
    await runWatch(target, (action) => actions.push(action), controller.signal, {
      fetch,
      pageSize: 2,
      sleep: () => Promise.resolve(),
    });
    expect(seen[1]).toContain('limit=40&continue=tok');
    const pages = actions.filter((a) => a.type === 'page');
    expect(pages.map((p) => p.items.map((i) => i.metadata.name))).toEqual([['a', 'b'], ['c']]);
    expect(pages.map((p) => [p.reset, p.last, p.resourceVersion])).toEqual([
      [true, false, '10'],
      [false, true, '10'],
    ]);
  });

  it('builds list and watch URLs with the Table options, field selector and unindented JSON', () => {
    expect(watchUrl({ ...target, fieldSelector: 'metadata.name=x' }, { limit: '5' })).toBe(
      '/clusters/dev/api/v1/namespaces/shop/pods?limit=5&includeObject=Metadata&fieldSelector=metadata.name%3Dx&pretty=false',
    );
  });

  it('lists in pages, watches from the list’s resourceVersion with bookmarks, resumes from the last one seen', async () => {
    const { seen, actions } = await run(
      {
        list: [
          json(table([tableRow('a', '1'), tableRow('b', '2')], '10', 'tok')),
          json(table([tableRow('c', '3')], '10')),
        ],
        watch: [
          stream(
            tableEvent('ADDED', 'd', '11'),
            event('BOOKMARK', { kind: 'Table', metadata: { resourceVersion: '15' } }),
          ),
          stream(tableEvent('DELETED', 'a', '16')),
        ],
      },
      (a) => a.some((x) => x.type === 'DELETED'),
    );
    expect(seen[0]).toContain('limit=2');
    expect(seen[1]).toContain('limit=40&continue=tok');
    expect(seen[2]).toContain('watch=1&resourceVersion=10&allowWatchBookmarks=true');
    expect(seen[3]).toContain('resourceVersion=15');
    expect(actions.map((a) => a.type)).toEqual([
      'page',
      'page',
      'watching',
      'ADDED',
      'BOOKMARK',
      'watching',
      'DELETED',
    ]);
    expect(actions[0]).toMatchObject({ reset: true, last: false });
    expect(actions[1]).toMatchObject({ reset: false, last: true, resourceVersion: '10' });
  });

  it('relists on 410 Gone (as a watch event or as the answer) and replaces everything at once', async () => {
    const gone = { kind: 'Status', code: 410, reason: 'Expired', message: 'too old resource version' };
    const { seen, actions } = await run(
      {
        list: [
          json(table([tableRow('a', '1')], '10')),
          json(table([tableRow('b', '5')], '20', 't')),
          json(table([], '20')),
          json(table([tableRow('c', '6')], '30')),
        ],
        watch: [stream(event('ERROR', gone)), json(gone, 410), stream(tableEvent('ADDED', 'z', '31'))],
      },
      (a) => a.some((x) => x.type === 'ADDED'),
    );
    expect(actions.map((a) => a.type)).toEqual([
      'page',
      'watching',
      'gone',
      'page',
      'gone',
      'page',
      'watching',
      'ADDED',
    ]);
    // The relist was gathered over two pages and delivered as one replacing page.
    expect(actions[3]).toMatchObject({ reset: true, last: true, resourceVersion: '20' });
    expect(actions[3]?.type === 'page' && actions[3].items.map((i) => i.metadata.name)).toEqual(['b']);
    expect(
      seen.filter((p) => p.includes('watch=1')).map((p) => /resourceVersion=(\d+)/.exec(p)?.[1]),
    ).toEqual(['10', '20', '30']);
  });

  it('stops on a forbidden list and says so', async () => {
    const { actions, seen } = await run(
      { list: [json({ kind: 'Status', code: 403, message: 'pods is forbidden' }, 403)], watch: [] },
      () => false,
    );
    expect(seen).toHaveLength(1);
    expect(actions).toMatchObject([
      { type: 'failed', terminal: true, error: { status: 403, message: 'pods is forbidden' } },
    ]);
  });

  it('reconnects with growing backoff after failures, resuming from the last resourceVersion', async () => {
    const { sleeps, seen, actions } = await run(
      {
        list: [json(table([tableRow('a', '1')], '10'))],
        watch: [
          json({ message: 'boom' }, 500),
          json({ message: 'boom' }, 503),
          stream(tableEvent('ADDED', 'b', '11')),
        ],
      },
      (a) => a.some((x) => x.type === 'ADDED'),
    );
    expect(sleeps).toEqual([500, 1000]);
    expect(actions.filter((a) => a.type === 'failed')).toMatchObject([
      { terminal: false },
      { terminal: false },
    ]);
    expect(seen.slice(1).every((p) => p.includes('resourceVersion=10'))).toBe(true);
  });

  it('grows the backoff to at most 30 s with jitter', () => {
    expect(backoffDelay(0, () => 0)).toBe(250);
    expect(backoffDelay(3, () => 0.5)).toBe(4000);
    expect(backoffDelay(20, () => 1)).toBe(45_000);
    expect(backoffDelay(20, () => 0.5)).toBe(30_000);
  });

  it('re-lists every few seconds while every watch slot is taken, and watches once one frees', async () => {
    const slots = new StreamSlots(1);
    const other = slots.tryAcquire();
    const { seen, actions, sleeps } = await run(
      {
        list: [
          json(table([tableRow('a', '1')], '10')),
          json(table([tableRow('a', '1'), tableRow('b', '2')], '11')),
        ],
        watch: [stream(tableEvent('ADDED', 'c', '12'))],
      },
      (a) => a.some((x) => x.type === 'ADDED'),
      // The other watch ends while this one waits.
      { slots, pollMs: 5000, onSleep: () => other?.() },
    );
    expect(sleeps).toEqual([5000]);
    expect(actions.map((a) => a.type)).toEqual(['page', 'polling', 'page', 'watching', 'ADDED']);
    expect(actions[2]?.type === 'page' && actions[2].items.map((i) => i.metadata.name)).toEqual(['a', 'b']);
    expect(seen.filter((p) => p.includes('watch=1'))[0]).toContain('resourceVersion=11');
    expect(slots.used).toBe(0);
  });
});

/**
 * List-then-watch for one collection, the way client-go's reflector does it: list (in pages), watch from the
 * list's resourceVersion with bookmarks, resume from the last seen resourceVersion when the stream ends or
 * breaks (with exponential backoff and jitter on failures), and relist when the server answers 410 Gone.
 *
 * Lists use the Table format, so every kind (custom resources with their printer columns too) comes with
 * kubectl's columns computed by the server, and each row carries only the object's metadata
 * (`includeObject=Metadata`): far lighter than full objects for 10k pods. The watch asks for Table too, so each
 * event is a one-row Table (columns only on the first event) in the same shape as the list's rows. Details
 * pages watch full objects (`format: 'object'`) of a single name via a field selector.
 */
import { ApiError, toApiError } from '../api/api-error.ts';
import {
  kubeGet,
  kubeGetTable,
  kubeRequest,
  readJsonLines,
  tableAccept,
  type KubeFetch,
  type KubeGetOptions,
} from './kube-client.ts';
import { isKubeObject, numberField, stringField, type KubeObject } from './kube-object.ts';
import { collectionPath, type ResourceType } from './resource-ref.ts';
import {
  eventRow,
  parseTableColumns,
  parseTablePage,
  type TableColumn,
  type TablePage,
  type TableRow,
} from './table.ts';
import type { WatchAction, WatchItem } from './watch-state.ts';
import { abortableSleep } from '../util/abortable-sleep.ts';
import { watchSlots, type StreamSlots } from './stream-slots.ts';

/** What to watch. One upstream watch exists per distinct target in a tab (see watch-cache.ts). */
export interface WatchTarget {
  readonly cluster: string;
  readonly type: ResourceType;
  /** Undefined: all namespaces (or a cluster-scoped type). */
  readonly namespace?: string | undefined;
  /** `table`: Table rows with metadata (lists); `object`: full objects (details, kind sections). */
  readonly format: 'table' | 'object';
  readonly fieldSelector?: string | undefined;
}

/** Dependencies, injectable for tests. */
export interface ConnectionDeps {
  readonly fetch?: KubeFetch;
  readonly sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  readonly random?: () => number;
  /**
   * Size of the first list page (shown as soon as it arrives); later pages are 20× larger, so the rest of a
   * 10k list comes in one more request (each page is a round trip, and a re-sort and re-render of every row).
   */
  readonly pageSize?: number;
  /** Connections watches may hold (default: the tab's {@link watchSlots}). */
  readonly slots?: StreamSlots;
  /** Between re-lists while no watch slot is free (default 5 s). */
  readonly pollMs?: number;
}

/** Delay before reconnect attempt `attempt` (0-based): 0.5 s doubling to 30 s, with ±50 % jitter. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(30_000, 500 * 2 ** attempt);
  return Math.round(base * (0.5 + random()));
}

/**
 * The URL of a list or watch request for `target`. `pretty=false` because the API server indents its JSON for
 * clients whose User-Agent starts with `Mozilla/5.0` (every browser): 10k pods as a Table were 25 MB instead
 * of 11 MB, and the indenting and the extra bytes cost seconds.
 */
export function watchUrl(target: WatchTarget, params: Record<string, string>): string {
  const query = new URLSearchParams(params);
  if (target.format === 'table') query.set('includeObject', 'Metadata');
  if (target.fieldSelector) query.set('fieldSelector', target.fieldSelector);
  query.set('pretty', 'false');
  return `${collectionPath(target.cluster, target.type, target.namespace)}?${query.toString()}`;
}

/** Statuses that will not change by retrying: the collection is not readable or not there. */
const terminalStatuses = new Set([401, 403, 404, 400]);

type Dispatch = (action: WatchAction<WatchItem>) => void;

function toItem(target: WatchTarget, object: unknown): TableRow | KubeObject | undefined {
  if (target.format === 'table') return eventRow(object);
  return isKubeObject(object) ? object : undefined;
}

/** A list page on its way, and the next one when it could be asked for early (see {@link requestPage}). */
interface PageRequest {
  readonly token: string | undefined;
  readonly done: Promise<{ parsed: TablePage; items: readonly WatchItem[] }>;
  next: PageRequest | undefined;
}

/**
 * Asks for the page after `token` (the first page without one). A Table page's continue token comes before its
 * rows, so the page after it is asked for as soon as the token is read, while this page still streams: for a
 * 10k list the rest no longer waits for the first 500 rows to arrive and parse.
 */
function requestPage(
  target: WatchTarget,
  token: string | undefined,
  limits: { readonly first: number; readonly rest: number },
  options: KubeGetOptions,
): PageRequest {
  const request: PageRequest = {
    token,
    next: undefined,
    done: getPage(
      target.format,
      watchUrl(target, {
        limit: String(token === undefined ? limits.first : limits.rest),
        ...(token ? { continue: token } : {}),
      }),
      options,
      (head) => {
        if (!head.continueToken) return;
        request.next = requestPage(target, head.continueToken, limits, options);
        // Awaited when its turn comes; until then a failure must not be reported as unhandled.
        request.next.done.catch(() => undefined);
      },
    ),
  };
  return request;
}

/** Lists every page; streams them when `stream`, else dispatches them at once at the end. Returns the RV. */
async function list(
  target: WatchTarget,
  dispatch: Dispatch,
  stream: boolean,
  signal: AbortSignal,
  deps: ConnectionDeps,
): Promise<string> {
  const first = deps.pageSize ?? 500;
  const limits = { first, rest: first * 20 };
  const accept = target.format === 'table' ? tableAccept : 'application/json';
  // Pages asked for early stop with the list: when it fails, or when the watch is stopped.
  const pages = new AbortController();
  const stop = (): void => {
    pages.abort();
  };
  signal.addEventListener('abort', stop);
  const options = { accept, signal: pages.signal, ...fetchOf(deps) };
  const gathered: WatchItem[] = [];
  let columns: readonly TableColumn[] = [];
  let request = requestPage(target, undefined, limits, options);
  try {
    for (let page = 0; ; page += 1) {
      const { parsed, items } = await request.done;
      if (target.format === 'table' && parsed.columns.length > 0) columns = parsed.columns;
      const token = parsed.continueToken;
      const last = token === undefined;
      if (stream) {
        const rv = parsed.resourceVersion;
        dispatch({ type: 'page', items, resourceVersion: rv, columns, reset: page === 0, last });
      } else gathered.push(...items);
      if (last) {
        if (!stream) {
          const rv = parsed.resourceVersion;
          dispatch({ type: 'page', items: gathered, resourceVersion: rv, columns, reset: true, last });
        }
        return parsed.resourceVersion;
      }
      request = request.next?.token === token ? request.next : requestPage(target, token, limits, options);
    }
  } finally {
    signal.removeEventListener('abort', stop);
    stop();
  }
}

/** One list page: Table rows parsed while they arrive (`onHead` told the page without its rows), or full objects. */
async function getPage(
  format: WatchTarget['format'],
  url: string,
  options: KubeGetOptions,
  onHead: (head: TablePage) => void,
): Promise<{ parsed: TablePage; items: readonly WatchItem[] }> {
  if (format === 'table') {
    const parsed = await kubeGetTable(url, { ...options, onHead });
    return { parsed, items: parsed.rows };
  }
  const { body } = await kubeGet(url, options);
  return { parsed: parseTablePage(body), items: objectItems(body) };
}

function objectItems(body: unknown): KubeObject[] {
  const items = (body as { items?: unknown } | undefined)?.items;
  return Array.isArray(items) ? items.filter(isKubeObject) : [];
}

function fetchOf(deps: ConnectionDeps): { fetch?: KubeFetch } {
  return deps.fetch ? { fetch: deps.fetch } : {};
}

/**
 * Watches from `resourceVersion` until the stream ends; returns where to resume (`''` after 410 Gone) and how
 * many events arrived.
 */
async function watchOnce(
  target: WatchTarget,
  resourceVersion: string,
  dispatch: Dispatch,
  signal: AbortSignal,
  deps: ConnectionDeps,
): Promise<{ resourceVersion: string; events: number }> {
  const stop = new AbortController();
  const onAbort = (): void => {
    stop.abort();
  };
  signal.addEventListener('abort', onAbort);
  let rv = resourceVersion;
  const state = { gone: false, events: 0 };
  try {
    const timeoutSeconds = String(240 + Math.floor((deps.random ?? Math.random)() * 60));
    const url = watchUrl(target, {
      watch: '1',
      resourceVersion,
      allowWatchBookmarks: 'true',
      timeoutSeconds,
    });
    const accept = target.format === 'table' ? tableAccept : 'application/json';
    const response = await kubeRequest(url, { accept, signal: stop.signal, ...fetchOf(deps) });
    dispatch({ type: 'watching' });
    if (!response.body) return { resourceVersion: rv, events: 0 };
    await readJsonLines(response.body, (line) => {
      if (state.gone) return;
      state.events += 1;
      const type = stringField(line, 'type');
      const object = (line as { object?: unknown }).object;
      if (type === 'ERROR') {
        const code = numberField(object, 'code') ?? 500;
        if (code === 410) {
          state.gone = true;
          stop.abort();
          return;
        }
        throw new ApiError(stringField(object, 'message') ?? `watch error ${String(code)}`, { status: code });
      }
      if (type === 'BOOKMARK') {
        const bookmark =
          stringField(object, 'metadata', 'resourceVersion') ??
          toItem(target, object)?.metadata.resourceVersion;
        if (bookmark) {
          rv = bookmark;
          dispatch({ type: 'BOOKMARK', resourceVersion: bookmark });
        }
        return;
      }
      if (type !== 'ADDED' && type !== 'MODIFIED' && type !== 'DELETED') return;
      const item = toItem(target, object);
      if (!item) return;
      rv = item.metadata.resourceVersion ?? rv;
      const columns = target.format === 'table' ? parseTableColumns(object) : [];
      dispatch({ type, item, ...(columns.length > 0 ? { columns } : {}) });
    });
  } catch (error) {
    if (!state.gone) throw error;
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
  return { resourceVersion: state.gone ? '' : rv, events: state.events };
}

/**
 * Runs list-then-watch for `target` until `signal` aborts, dispatching every change. A 401/403/404 on the list
 * is terminal (dispatched as such; the loop ends); other failures are retried with {@link backoffDelay}.
 */
export async function runWatch(
  target: WatchTarget,
  dispatch: Dispatch,
  signal: AbortSignal,
  deps: ConnectionDeps = {},
): Promise<void> {
  const sleep = deps.sleep ?? abortableSleep;
  let rv = '';
  let listed = false;
  let attempt = 0;
  let polling = false;
  const aborted = (): boolean => signal.aborted;
  while (!aborted()) {
    try {
      if (!rv) {
        rv = await list(target, dispatch, !listed, signal, deps);
        listed = true;
      }
      const release = (deps.slots ?? watchSlots).tryAcquire();
      if (release === undefined) {
        // Every watch connection is taken: keep the data fresh by re-listing until one frees.
        if (!polling) dispatch({ type: 'polling' });
        polling = true;
        await sleep(deps.pollMs ?? 5000, signal);
        if (aborted()) return;
        rv = await list(target, dispatch, false, signal, deps);
        continue;
      }
      polling = false;
      const started = Date.now();
      let outcome: { resourceVersion: string; events: number };
      try {
        outcome = await watchOnce(target, rv, dispatch, signal, deps);
      } finally {
        release();
      }
      if (aborted()) return;
      rv = outcome.resourceVersion;
      if (!rv) dispatch({ type: 'gone' });
      // A watch that delivered events or lasted resets the backoff; one that ended at once (a proxy closing
      // it) does not, so a misbehaving server is not hammered.
      attempt = outcome.events > 0 || Date.now() - started > 10_000 ? 0 : attempt + 1;
      if (attempt > 0 && rv) await sleep(backoffDelay(attempt - 1, deps.random), signal);
    } catch (error) {
      if (aborted()) return;
      const apiError = toApiError(error);
      if (apiError.status === 410) {
        rv = '';
        dispatch({ type: 'gone' });
        continue;
      }
      const terminal = !listed && terminalStatuses.has(apiError.status);
      dispatch({ type: 'failed', error: apiError, terminal });
      if (terminal) return;
      await sleep(backoffDelay(attempt, deps.random), signal);
      attempt += 1;
    }
  }
}

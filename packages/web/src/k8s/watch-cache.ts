/**
 * The tab's watch cache: one store, and so one upstream list+watch, per distinct {@link WatchTarget}
 * (cluster, resource, namespace — plus the representation and field selector, which change what the server
 * sends). Every view that needs the same collection shares the store; it is reference-counted, and its watch
 * stops a moment after the last view lets go (so navigating between pages that share it does not restart it).
 *
 * Changes are queued and applied at most once per animation frame: a burst of 500 events during a rollout
 * costs one state update and one render.
 */
import { runWatch, type ConnectionDeps, type WatchTarget } from './watch-connection.ts';
import {
  initialWatchState,
  reduceWatch,
  type WatchAction,
  type WatchItem,
  type WatchState,
} from './watch-state.ts';

/** A shared, observable watched collection. */
export interface WatchStore<T extends WatchItem = WatchItem> {
  readonly key: string;
  getState(): WatchState<T>;
  /** Calls `listener` after each applied batch; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** Options of {@link WatchCache}. */
export interface WatchCacheOptions extends ConnectionDeps {
  /** Schedules a flush; defaults to `requestAnimationFrame` (a timeout where there is none). */
  readonly schedule?: (flush: () => void) => void;
  /** How long an unused store keeps watching, in ms (default 3000). */
  readonly lingerMs?: number;
  /** Replaces {@link runWatch} (tests). */
  readonly run?: typeof runWatch;
}

/** The cache key of a target. */
export function watchKey(target: WatchTarget): string {
  const { cluster, type, namespace, format, fieldSelector } = target;
  return [
    cluster,
    type.group,
    type.version,
    type.resource,
    namespace ?? '*',
    format,
    fieldSelector ?? '',
  ].join('|');
}

interface Entry {
  readonly store: WatchStore;
  refs: number;
  controller: AbortController;
  lingerTimer: ReturnType<typeof setTimeout> | undefined;
}

function defaultSchedule(flush: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(flush);
  else setTimeout(flush, 16);
}

/** See the module comment. One instance per tab is the point; tests make their own. */
export class WatchCache {
  private readonly entries = new Map<string, Entry>();
  private readonly options: WatchCacheOptions;

  constructor(options: WatchCacheOptions = {}) {
    this.options = options;
  }

  /** Number of stores currently watching (for tests and diagnostics). */
  get size(): number {
    return this.entries.size;
  }

  /** Takes a reference to the store of `target`, starting its watch if needed. Call `release` when done. */
  acquire<T extends WatchItem>(target: WatchTarget): { store: WatchStore<T>; release: () => void } {
    const key = watchKey(target);
    let entry = this.entries.get(key);
    if (!entry) {
      entry = this.create(key, target);
      this.entries.set(key, entry);
    }
    entry.refs += 1;
    if (entry.lingerTimer !== undefined) {
      clearTimeout(entry.lingerTimer);
      entry.lingerTimer = undefined;
    }
    const held = entry;
    let released = false;
    return {
      store: held.store as WatchStore<T>,
      release: () => {
        if (released) return;
        released = true;
        held.refs -= 1;
        if (held.refs === 0) {
          held.lingerTimer = setTimeout(() => {
            this.close(key, held);
          }, this.options.lingerMs ?? 3000);
        }
      },
    };
  }

  /** Stops every watch (tests, cluster removal). */
  closeAll(): void {
    for (const [key, entry] of this.entries) this.close(key, entry);
  }

  private close(key: string, entry: Entry): void {
    if (entry.lingerTimer !== undefined) clearTimeout(entry.lingerTimer);
    entry.controller.abort();
    if (this.entries.get(key) === entry) this.entries.delete(key);
  }

  private create(key: string, target: WatchTarget): Entry {
    let state: WatchState<WatchItem> = initialWatchState();
    let queue: WatchAction<WatchItem>[] = [];
    let scheduled = false;
    const listeners = new Set<() => void>();
    const schedule = this.options.schedule ?? defaultSchedule;
    const flush = (): void => {
      scheduled = false;
      const batch = queue;
      queue = [];
      const next = reduceWatch(state, batch);
      if (next === state) return;
      state = next;
      for (const listener of listeners) listener();
    };
    const dispatch = (action: WatchAction<WatchItem>): void => {
      queue.push(action);
      if (!scheduled) {
        scheduled = true;
        schedule(flush);
      }
    };
    const controller = new AbortController();
    const run = this.options.run ?? runWatch;
    void run(target, dispatch, controller.signal, this.options);
    const store: WatchStore = {
      key,
      getState: () => state,
      subscribe: (listener) => {
        listeners.add(listener);
        return () => {
          listeners.delete(listener);
        };
      },
    };
    return { store, refs: 0, controller, lingerTimer: undefined };
  }
}

/** The tab's cache. */
export const defaultWatchCache = new WatchCache();

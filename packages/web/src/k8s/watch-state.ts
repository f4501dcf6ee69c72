/**
 * The state of one watched collection and the pure reducer that applies list pages and watch events to it.
 * The connection ({@link ./watch-connection.ts}) produces actions; the cache ({@link ./watch-cache.ts}) batches
 * them per animation frame and calls {@link reduceWatch} once per batch.
 */
import type { ApiError } from '../api/api-error.ts';
import type { ObjectMeta } from './kube-object.ts';
import { objectKey } from './kube-object.ts';
import type { TableColumn } from './table.ts';

/** What a watched collection holds: Table rows or full objects, both with `metadata`. */
export interface WatchItem {
  readonly metadata: ObjectMeta;
}

/** A watched collection. */
export interface WatchState<T extends WatchItem> {
  /** `loading` until the first page; `error` when the list failed and there is nothing to show. */
  readonly phase: 'loading' | 'ready' | 'error';
  /** True while more list pages are coming. */
  readonly paging: boolean;
  readonly items: ReadonlyMap<string, T>;
  /** Where the watch resumes; `''` when a relist is needed. */
  readonly resourceVersion: string;
  /** Table columns (empty for object watches). */
  readonly columns: readonly TableColumn[];
  /** The last failure: terminal when `phase` is `error`, else the reason the watch is reconnecting. */
  readonly error: ApiError | undefined;
  /** True between a broken watch and its successful resumption. */
  readonly reconnecting: boolean;
  /**
   * True while no watch connection is free (see stream-slots.ts) and the collection is re-listed every few
   * seconds instead; false again once a watch follows it.
   */
  readonly polling: boolean;
  /** Increases with every change, for cheap memoization. */
  readonly revision: number;
}

/** One change to a watched collection. */
export type WatchAction<T extends WatchItem> =
  | {
      readonly type: 'page';
      readonly items: readonly T[];
      readonly resourceVersion: string;
      readonly columns?: readonly TableColumn[];
      /** Replace everything held (first page of a list, or a complete relist). */
      readonly reset: boolean;
      /** No more pages follow. */
      readonly last: boolean;
    }
  | {
      readonly type: 'ADDED' | 'MODIFIED' | 'DELETED';
      readonly item: T;
      readonly columns?: readonly TableColumn[];
    }
  | { readonly type: 'BOOKMARK'; readonly resourceVersion: string }
  | { readonly type: 'watching' }
  | { readonly type: 'polling' }
  | { readonly type: 'gone' }
  | { readonly type: 'failed'; readonly error: ApiError; readonly terminal: boolean };

/** The state before anything arrived. */
export function initialWatchState<T extends WatchItem>(): WatchState<T> {
  return {
    phase: 'loading',
    paging: false,
    items: new Map(),
    resourceVersion: '',
    columns: [],
    error: undefined,
    reconnecting: false,
    polling: false,
    revision: 0,
  };
}

/**
 * Applies a batch of actions in order and returns the new state (the same object when nothing changed). The
 * item map is copied at most once per batch, so a burst of events costs one copy.
 */
export function reduceWatch<T extends WatchItem>(
  state: WatchState<T>,
  actions: readonly WatchAction<T>[],
): WatchState<T> {
  if (actions.length === 0) return state;
  let items: Map<string, T> | undefined;
  const writable = (): Map<string, T> => (items ??= new Map(state.items));
  let next = { ...state };
  for (const action of actions) {
    switch (action.type) {
      case 'page': {
        if (action.reset) items = new Map();
        const map = writable();
        for (const item of action.items) map.set(objectKey(item.metadata), item);
        next = {
          ...next,
          phase: 'ready',
          paging: !action.last,
          resourceVersion: action.last ? action.resourceVersion : '',
          error: undefined,
          reconnecting: false,
          ...(action.columns && action.columns.length > 0 ? { columns: action.columns } : {}),
        };
        break;
      }
      case 'ADDED':
      case 'MODIFIED':
      case 'DELETED': {
        const key = objectKey(action.item.metadata);
        if (action.type === 'DELETED') writable().delete(key);
        else writable().set(key, action.item);
        next = {
          ...next,
          resourceVersion: action.item.metadata.resourceVersion ?? next.resourceVersion,
          ...(action.columns && action.columns.length > 0 ? { columns: action.columns } : {}),
        };
        break;
      }
      case 'BOOKMARK':
        next = { ...next, resourceVersion: action.resourceVersion };
        break;
      case 'watching':
        next = { ...next, reconnecting: false, polling: false, error: undefined };
        break;
      case 'polling':
        next = { ...next, polling: true };
        break;
      case 'gone':
        // 410: the resource version is too old; items stay on screen until the relist replaces them.
        next = { ...next, resourceVersion: '' };
        break;
      case 'failed':
        next = {
          ...next,
          error: action.error,
          phase: action.terminal ? 'error' : next.phase,
          reconnecting: !action.terminal,
          paging: action.terminal ? false : next.paging,
        };
        break;
    }
  }
  return { ...next, items: items ?? state.items, revision: state.revision + 1 };
}

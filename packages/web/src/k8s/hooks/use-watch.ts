import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { defaultWatchCache, watchKey, type WatchCache, type WatchStore } from '../watch-cache.ts';
import type { WatchTarget } from '../watch-connection.ts';
import type { WatchItem, WatchState } from '../watch-state.ts';

/** The watch cache hooks use; the tab's single cache unless a test provides its own. */
export const WatchCacheContext = createContext<WatchCache>(defaultWatchCache);

const none: readonly WatchState<WatchItem>[] = [];

/**
 * Subscribes to the shared stores of `targets` (see watch-cache.ts) and returns their states in the same order,
 * re-rendering at most once per animation frame when they change. Stores are released on unmount or when the
 * targets change.
 */
export function useWatch<T extends WatchItem>(targets: readonly WatchTarget[]): readonly WatchState<T>[] {
  const cache = useContext(WatchCacheContext);
  const key = targets.map(watchKey).join('\n');
  const targetsRef = useRef(targets);
  const [stores, setStores] = useState<readonly WatchStore[]>([]);
  useEffect(() => {
    targetsRef.current = targets;
  });
  useEffect(() => {
    const held = targetsRef.current.map((target) => cache.acquire(target));
    setStores(held.map((h) => h.store));
    return () => {
      for (const h of held) h.release();
    };
  }, [cache, key]);
  const subscribe = useCallback(
    (listener: () => void) => {
      const offs = stores.map((store) => store.subscribe(listener));
      return () => {
        for (const off of offs) off();
      };
    },
    [stores],
  );
  const snapshot = useRef<readonly WatchState<WatchItem>[]>(none);
  const getSnapshot = useCallback(() => {
    const states = stores.map((store) => store.getState());
    const previous = snapshot.current;
    if (states.length !== previous.length || states.some((s, i) => s !== previous[i]))
      snapshot.current = states;
    return snapshot.current;
  }, [stores]);
  const states = useSyncExternalStore(subscribe, getSnapshot);
  // Until the effect has acquired the stores of new targets, report them as loading, not as the old ones.
  const current =
    stores.length === targets.length &&
    stores.every((store, i) => {
      const target = targets[i];
      return target !== undefined && store.key === watchKey(target);
    });
  return (current ? states : none) as readonly WatchState<T>[];
}

import { createContext, useContext } from 'react';
import type { LiveState } from '../api/use-cluster-events.ts';

/** The state of the cluster events stream, for indicators. */
export const LiveStateContext = createContext<LiveState>('connecting');

/** The state of the cluster events stream. */
export function useLiveState(): LiveState {
  return useContext(LiveStateContext);
}

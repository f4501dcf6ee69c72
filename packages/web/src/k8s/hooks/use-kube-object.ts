import { useMemo } from 'react';
import type { ApiError } from '../../api/api-error.ts';
import type { KubeObject } from '../kube-object.ts';
import type { ObjectRef } from '../resource-ref.ts';
import type { WatchTarget } from '../watch-connection.ts';
import { useWatch } from './use-watch.ts';

/** One live object. */
export interface KubeObjectResult {
  readonly object: KubeObject | undefined;
  readonly loading: boolean;
  /** Set when the object could not be read; `notFound` when it does not exist (or was deleted). */
  readonly error: ApiError | undefined;
  readonly notFound: boolean;
  readonly reconnecting: boolean;
  /** True while the object is re-read periodically for want of a free watch connection. */
  readonly polling: boolean;
}

/** The watch target of one object: its collection, narrowed to its name by a field selector. */
export function objectTarget(ref: ObjectRef): WatchTarget {
  return {
    cluster: ref.cluster,
    type: ref.type,
    namespace: ref.namespace,
    format: 'object',
    fieldSelector: `metadata.name=${ref.name}`,
  };
}

/** Follows one object live (list + watch of its name), shared with every other view of it in the tab. */
export function useKubeObject(ref: ObjectRef | undefined): KubeObjectResult {
  const targets = useMemo(() => (ref ? [objectTarget(ref)] : []), [ref]);
  const [state] = useWatch<KubeObject>(targets);
  if (!state || state.phase === 'loading')
    return {
      object: undefined,
      loading: true,
      error: state?.error,
      notFound: false,
      reconnecting: false,
      polling: false,
    };
  const object = state.items.values().next().value;
  return {
    object,
    loading: false,
    error: state.phase === 'error' ? state.error : undefined,
    notFound: state.phase === 'ready' && !state.paging && object === undefined,
    reconnecting: state.reconnecting,
    polling: state.polling,
  };
}

/**
 * The app's implementation of the SDK's `PluginHost`: plugins read Kubernetes objects through the resource
 * browser's shared watch cache (k8s/hooks/use-watch.ts — one upstream watch per collection in the tab, shared
 * with the app's own views), and get the clusters, the current cluster, navigation, notifications and their
 * translations from the app.
 */
import type {
  KubeListQuery,
  KubeListResult,
  KubeObject,
  KubeObjectQuery,
  KubeObjectResult,
  KubeReadError,
  PluginHost,
} from '@wheelhouse/plugin-sdk';
import { useMemo } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { ApiError } from '../api/api-error.ts';
import { useClusters } from '../api/use-config.ts';
import { useWatch } from '../k8s/hooks/use-watch.ts';
import type { WatchTarget } from '../k8s/watch-connection.ts';
import { useNotify } from '../ui/notifications.tsx';
import { usePluginTranslate } from './plugin-i18n.ts';

/** The watch target of a plugin's query (full objects; a field selector for one name). */
export function watchTargetOf(query: KubeListQuery & { readonly name?: string }): WatchTarget {
  return {
    cluster: query.cluster,
    type: {
      group: query.group ?? '',
      version: query.version,
      resource: query.resource,
      kind: '',
      namespaced: query.namespace !== undefined,
    },
    namespace: query.namespace,
    format: 'object',
    fieldSelector: query.name === undefined ? undefined : `metadata.name=${query.name}`,
  };
}

function readError(error: ApiError | undefined): KubeReadError | undefined {
  return error === undefined ? undefined : { status: error.status, message: error.message };
}

function useTargets(query: KubeListQuery & { readonly name?: string }): readonly WatchTarget[] {
  const { cluster, group, version, resource, namespace, enabled } = query;
  const name = query.name;
  return useMemo(
    () =>
      enabled === false || cluster === ''
        ? []
        : [watchTargetOf({ cluster, group, version, resource, namespace, name })],
    [cluster, group, version, resource, namespace, name, enabled],
  );
}

function useHostKubeList<T extends KubeObject>(query: KubeListQuery): KubeListResult<T> {
  const [state] = useWatch<T>(useTargets(query));
  return useMemo(() => {
    if (state === undefined) return { items: [], loading: query.enabled !== false, error: undefined };
    return {
      items: state.phase === 'error' ? [] : [...state.items.values()],
      loading: state.phase === 'loading',
      error: state.phase === 'error' ? readError(state.error) : undefined,
    };
  }, [state, query.enabled]);
}

function useHostKubeObject<T extends KubeObject>(query: KubeObjectQuery): KubeObjectResult<T> {
  const list = useHostKubeList<T>(query);
  return { object: list.items[0], loading: list.loading, error: list.error };
}

/** The host object (stable: its members are hooks). */
export const webPluginHost: PluginHost = {
  useKubeList: useHostKubeList,
  useKubeObject: useHostKubeObject,
  useClusters,
  useCurrentCluster: () => useParams()['cluster'],
  useTranslate: usePluginTranslate,
  useNavigate: () => {
    const navigate = useNavigate();
    return (path: string) => {
      void navigate(path);
    };
  },
  useNotify,
};

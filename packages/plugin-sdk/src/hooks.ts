/**
 * The hooks plugins use: the same data the app shows (its cache and live watches), the clusters, the
 * current cluster, navigation, notifications and the plugin's own translations.
 */
import type { ClusterSummary } from '@wheelhouse/api-types';
import type {
  KubeListQuery,
  KubeListResult,
  KubeObject,
  KubeObjectQuery,
  KubeObjectResult,
} from './kube-object.ts';
import { usePluginHost, usePluginName } from './plugin-host.ts';
import type { NotifySeverity, Translate } from './plugin-host.ts';

/**
 * Reads a collection and keeps it current (a watch, shared with the app's own views of it).
 *
 * ```tsx
 * const pods = useKubeList<Pod>({ cluster, version: 'v1', resource: 'pods', namespace: 'default' });
 * ```
 */
export function useKubeList<T extends KubeObject = KubeObject>(query: KubeListQuery): KubeListResult<T> {
  return usePluginHost().useKubeList<T>(query);
}

/** Reads one object and keeps it current. */
export function useKubeObject<T extends KubeObject = KubeObject>(
  query: KubeObjectQuery,
): KubeObjectResult<T> {
  return usePluginHost().useKubeObject<T>(query);
}

/** Every cluster the user can see, with its status, updated live. */
export function useClusters(): readonly ClusterSummary[] {
  return usePluginHost().useClusters();
}

/** The cluster of the page being shown (`/c/NAME/…`), or undefined elsewhere. */
export function useCurrentCluster(): string | undefined {
  return usePluginHost().useCurrentCluster();
}

/** `t(key, values)` over the strings this plugin added with `ctx.i18n.add`, in the user's language. */
export function useTranslation(): Translate {
  return usePluginHost().useTranslate(usePluginName());
}

/** Navigates inside the app (`/c/dev/namespaces`). */
export function useNavigate(): (path: string) => void {
  return usePluginHost().useNavigate();
}

/** Shows a short message (a snackbar). */
export function useNotify(): (message: string, severity?: NotifySeverity) => void {
  return usePluginHost().useNotify();
}

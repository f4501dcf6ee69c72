/**
 * The seam between the SDK and the app that runs plugins. The app (the host) provides a {@link PluginHost}
 * through {@link PluginHostContext} and the current plugin's name through {@link PluginScopeContext}; the
 * SDK's hooks call into it, so plugins use the app's own data layer (cache, watches, session) without
 * bundling it.
 */
import { createContext, useContext } from 'react';
import type { ClusterSummary } from '@wheelhouse/api-types';
import type {
  KubeListQuery,
  KubeListResult,
  KubeObject,
  KubeObjectQuery,
  KubeObjectResult,
} from './kube-object.ts';

/** Looks up a string of the plugin's translations; `{{name}}` placeholders are filled from `values`. */
export type Translate = (key: string, values?: Readonly<Record<string, string | number>>) => string;

/** Severity of a notification. */
export type NotifySeverity = 'success' | 'info' | 'warning' | 'error';

/** What the host implements. Every member is a React hook. */
export interface PluginHost {
  useKubeList<T extends KubeObject>(query: KubeListQuery): KubeListResult<T>;
  useKubeObject<T extends KubeObject>(query: KubeObjectQuery): KubeObjectResult<T>;
  useClusters(): readonly ClusterSummary[];
  useCurrentCluster(): string | undefined;
  useTranslate(plugin: string): Translate;
  useNavigate(): (path: string) => void;
  useNotify(): (message: string, severity?: NotifySeverity) => void;
}

/** Provided by the host around everything it renders for plugins. */
export const PluginHostContext = createContext<PluginHost | undefined>(undefined);

/** The name of the plugin whose component is rendering; provided by the host per extension. */
export const PluginScopeContext = createContext<string | undefined>(undefined);

/** The host, or a clear error when a hook is used outside Wheelhouse. */
export function usePluginHost(): PluginHost {
  const host = useContext(PluginHostContext);
  if (host === undefined)
    throw new Error(
      'Wheelhouse plugin hooks work only in components Wheelhouse renders for a plugin (pages, sections, columns, actions)',
    );
  return host;
}

/** The name of the plugin this component belongs to. */
export function usePluginName(): string {
  const name = useContext(PluginScopeContext);
  if (name === undefined) throw new Error('usePluginName: not rendered inside a plugin extension');
  return name;
}

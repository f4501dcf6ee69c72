/**
 * `@wheelhouse/plugin-sdk`: everything a Wheelhouse plugin imports. See docs/plugins.md.
 */
export { definePlugin, isDefinedPlugin, PLUGIN_API_VERSION } from './define-plugin.ts';
export type { DefinedPlugin, PluginDefinition } from './define-plugin.ts';
export type { Disposer, ExtensionPoint, PluginContext, PluginEvents } from './plugin-context.ts';
export type {
  AppBarAction,
  ClusterProvider,
  ClusterProviderProps,
  DetailsSection,
  ObjectProps,
  PluginEventMap,
  PluginEventName,
  PluginMessages,
  PluginPageProps,
  PluginRoute,
  PluginTheme,
  PluginTranslations,
  ResourceAction,
  ResourceActionHelpers,
  ResourceActionTarget,
  SettingsSection,
  TableColumn,
} from './extension-points.ts';
export { kindMatches } from './kube-object.ts';
export type {
  KindMatch,
  KubeListQuery,
  KubeListResult,
  KubeObject,
  KubeObjectQuery,
  KubeObjectResult,
  KubeReadError,
  ResourceTypeRef,
} from './kube-object.ts';
export {
  useClusters,
  useCurrentCluster,
  useKubeList,
  useKubeObject,
  useNavigate,
  useNotify,
  useTranslation,
} from './hooks.ts';
export { PluginHostContext, PluginScopeContext, usePluginHost, usePluginName } from './plugin-host.ts';
export type { NotifySeverity, PluginHost, Translate } from './plugin-host.ts';
export { HOST_GLOBAL, HOST_MODULE_IDS, hostModuleOf } from './host-modules.ts';
export type { HostImport, HostModuleId, HostModulesGlobal } from './host-modules.ts';
export type {
  AddClusterFieldsRequest,
  AddClustersRequest,
  AddClustersResponse,
  AddKubeconfigClustersRequest,
  ClusterSummary,
  ServerFeatures,
} from '@wheelhouse/api-types';

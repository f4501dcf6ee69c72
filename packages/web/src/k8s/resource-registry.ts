/**
 * The resource browser's sidebar: which built-in kinds it lists, under which group, in which order. Kinds not
 * listed here that come from a non-Kubernetes API group (custom resources, from CRDs or aggregated APIs) go under
 * "Custom resources"; other built-in types stay reachable through search and URLs.
 */
import type { DiscoveredResource } from './discovery.ts';

/** The sidebar groups, top to bottom. */
export const resourceSections = [
  'workloads',
  'network',
  'storage',
  'configuration',
  'accessControl',
  'cluster',
  'custom',
] as const;

/** One sidebar group. */
export type ResourceSection = (typeof resourceSections)[number];

/** A built-in kind of the sidebar. `label` is the kind's plural as Kubernetes users say it (not translated). */
export interface RegistryEntry {
  readonly group: string;
  readonly resource: string;
  readonly label: string;
  readonly section: ResourceSection;
}

const entry = (section: ResourceSection, group: string, resource: string, label: string): RegistryEntry => ({
  section,
  group,
  resource,
  label,
});

const gateway = 'gateway.networking.k8s.io';
const rbac = 'rbac.authorization.k8s.io';

/** Every built-in kind of the sidebar, in display order within its section. */
export const registryEntries: readonly RegistryEntry[] = [
  entry('workloads', '', 'pods', 'Pods'),
  entry('workloads', 'apps', 'deployments', 'Deployments'),
  entry('workloads', 'apps', 'statefulsets', 'StatefulSets'),
  entry('workloads', 'apps', 'daemonsets', 'DaemonSets'),
  entry('workloads', 'apps', 'replicasets', 'ReplicaSets'),
  entry('workloads', 'batch', 'jobs', 'Jobs'),
  entry('workloads', 'batch', 'cronjobs', 'CronJobs'),
  entry('network', '', 'services', 'Services'),
  entry('network', '', 'endpoints', 'Endpoints'),
  entry('network', 'discovery.k8s.io', 'endpointslices', 'EndpointSlices'),
  entry('network', 'networking.k8s.io', 'ingresses', 'Ingresses'),
  entry('network', 'networking.k8s.io', 'ingressclasses', 'IngressClasses'),
  entry('network', 'networking.k8s.io', 'networkpolicies', 'NetworkPolicies'),
  entry('network', gateway, 'gatewayclasses', 'GatewayClasses'),
  entry('network', gateway, 'gateways', 'Gateways'),
  entry('network', gateway, 'httproutes', 'HTTPRoutes'),
  entry('network', gateway, 'grpcroutes', 'GRPCRoutes'),
  entry('network', gateway, 'tlsroutes', 'TLSRoutes'),
  entry('network', gateway, 'tcproutes', 'TCPRoutes'),
  entry('network', gateway, 'udproutes', 'UDPRoutes'),
  entry('network', gateway, 'referencegrants', 'ReferenceGrants'),
  entry('network', gateway, 'backendtlspolicies', 'BackendTLSPolicies'),
  entry('storage', '', 'persistentvolumeclaims', 'PersistentVolumeClaims'),
  entry('storage', '', 'persistentvolumes', 'PersistentVolumes'),
  entry('storage', 'storage.k8s.io', 'storageclasses', 'StorageClasses'),
  entry('configuration', '', 'configmaps', 'ConfigMaps'),
  entry('configuration', '', 'secrets', 'Secrets'),
  entry('configuration', 'autoscaling', 'horizontalpodautoscalers', 'HorizontalPodAutoscalers'),
  entry('configuration', 'policy', 'poddisruptionbudgets', 'PodDisruptionBudgets'),
  entry('configuration', '', 'resourcequotas', 'ResourceQuotas'),
  entry('configuration', '', 'limitranges', 'LimitRanges'),
  entry('configuration', 'scheduling.k8s.io', 'priorityclasses', 'PriorityClasses'),
  entry('configuration', 'node.k8s.io', 'runtimeclasses', 'RuntimeClasses'),
  entry('configuration', 'coordination.k8s.io', 'leases', 'Leases'),
  entry(
    'configuration',
    'admissionregistration.k8s.io',
    'mutatingwebhookconfigurations',
    'MutatingWebhookConfigurations',
  ),
  entry(
    'configuration',
    'admissionregistration.k8s.io',
    'validatingwebhookconfigurations',
    'ValidatingWebhookConfigurations',
  ),
  entry('accessControl', '', 'serviceaccounts', 'ServiceAccounts'),
  entry('accessControl', rbac, 'roles', 'Roles'),
  entry('accessControl', rbac, 'rolebindings', 'RoleBindings'),
  entry('accessControl', rbac, 'clusterroles', 'ClusterRoles'),
  entry('accessControl', rbac, 'clusterrolebindings', 'ClusterRoleBindings'),
  entry('cluster', '', 'nodes', 'Nodes'),
  entry('cluster', '', 'namespaces', 'Namespaces'),
  entry('cluster', '', 'events', 'Events'),
  entry('custom', 'apiextensions.k8s.io', 'customresourcedefinitions', 'CustomResourceDefinitions'),
];

const byKey = new Map(registryEntries.map((e) => [`${e.group}/${e.resource}`, e]));

/** The registry entry of a type, if it is a sidebar built-in. */
export function registryEntry(type: { group: string; resource: string }): RegistryEntry | undefined {
  return byKey.get(`${type.group}/${type.resource}`);
}

const legacyGroups = new Set(['', 'apps', 'batch', 'autoscaling', 'policy', 'extensions']);

/** True for API groups Kubernetes itself defines (`''`, `apps`, `*.k8s.io`, …): not custom resources. */
export function isBuiltInGroup(group: string): boolean {
  return legacyGroups.has(group) || group === 'k8s.io' || group.endsWith('.k8s.io');
}

/** A sidebar link: a served type and its label. */
export interface NavResource {
  readonly type: DiscoveredResource;
  readonly label: string;
}

/**
 * The sidebar's content for a cluster: each section with its served, listable types. Built-ins keep registry
 * order (those not served, like Gateway API kinds on a cluster without them, are left out); custom resources
 * follow sorted by kind.
 */
export function navSections(
  resources: readonly DiscoveredResource[],
): { section: ResourceSection; items: NavResource[] }[] {
  const served = new Map<string, DiscoveredResource>();
  for (const r of resources) if (r.verbs.includes('list')) served.set(`${r.group}/${r.resource}`, r);
  const custom = resources
    .filter((r) => r.verbs.includes('list') && !isBuiltInGroup(r.group))
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.group.localeCompare(b.group))
    .map((type) => ({ type, label: type.kind }));
  return resourceSections.map((section) => {
    const items: NavResource[] = registryEntries.flatMap((e) => {
      const type = e.section === section ? served.get(`${e.group}/${e.resource}`) : undefined;
      return type ? [{ type, label: e.label }] : [];
    });
    return { section, items: section === 'custom' ? [...items, ...custom] : items };
  });
}

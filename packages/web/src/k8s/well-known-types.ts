/**
 * Built-in types the browser needs before (or without) discovery: namespaces for the namespace filter, pods and
 * events for related objects, EndpointSlices for a Service's endpoints. Their group versions are GA and stable.
 */
import type { ResourceType } from './resource-ref.ts';

export const namespacesType: ResourceType = {
  group: '',
  version: 'v1',
  resource: 'namespaces',
  kind: 'Namespace',
  namespaced: false,
};

export const podsType: ResourceType = {
  group: '',
  version: 'v1',
  resource: 'pods',
  kind: 'Pod',
  namespaced: true,
};

export const eventsType: ResourceType = {
  group: '',
  version: 'v1',
  resource: 'events',
  kind: 'Event',
  namespaced: true,
};

export const endpointSlicesType: ResourceType = {
  group: 'discovery.k8s.io',
  version: 'v1',
  resource: 'endpointslices',
  kind: 'EndpointSlice',
  namespaced: true,
};

/**
 * The resource browser's own tabs, header actions and kind sections, registered once when the details page
 * module loads. Other features (logs, terminal, actions — issue 7) register theirs the same way.
 */
import { ObjectActions } from '../../yaml/object-actions.tsx';
import { ObjectYamlTab } from '../../yaml/object-yaml-tab.tsx';
import { DataSection } from '../sections/data-section.tsx';
import { NodeSection } from '../sections/node-section.tsx';
import { PodSection } from '../sections/pod-section.tsx';
import { ServiceSection } from '../sections/service-section.tsx';
import { WorkloadSection } from '../sections/workload-section.tsx';
import { OverviewTab } from './overview-tab.tsx';
import { isOneOf, registerDetailAction, registerDetailTab, registerKindSection } from './detail-registry.tsx';

/** Registers the built-in details parts (idempotent: entries are keyed by id). */
export function registerBuiltinDetails(): void {
  registerDetailTab({
    id: 'overview',
    labelKey: 'resources.details.tabs.overview',
    component: OverviewTab,
    order: 0,
  });
  registerDetailTab({
    id: 'yaml',
    labelKey: 'resources.details.tabs.yaml',
    component: ({ objectRef }) => <ObjectYamlTab objectRef={objectRef} />,
    order: 100,
  });
  registerDetailAction({
    id: 'edit-delete',
    component: ({ objectRef, openTab }) => (
      <ObjectActions
        objectRef={objectRef}
        onEdit={() => {
          openTab('yaml');
        }}
      />
    ),
    order: 100,
  });
  registerKindSection({ id: 'pod', appliesTo: isOneOf('/pods'), component: PodSection, order: 0 });
  registerKindSection({
    id: 'workload',
    appliesTo: isOneOf(
      'apps/deployments',
      'apps/statefulsets',
      'apps/daemonsets',
      'apps/replicasets',
      'batch/jobs',
    ),
    component: WorkloadSection,
    order: 0,
  });
  registerKindSection({
    id: 'service',
    appliesTo: isOneOf('/services'),
    component: ServiceSection,
    order: 0,
  });
  registerKindSection({ id: 'node', appliesTo: isOneOf('/nodes'), component: NodeSection, order: 0 });
  registerKindSection({
    id: 'data',
    appliesTo: isOneOf('/configmaps', '/secrets'),
    component: DataSection,
    order: 0,
  });
}

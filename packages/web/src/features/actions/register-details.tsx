/**
 * Mounts this features in the resource browser's details page: Logs (Pods and workloads), Terminal
 * (Pods), Port-forward (Pods, Services) tabs — each loaded on demand — and the kind's action buttons in the
 * header. Call once, like `registerBuiltinDetails()`.
 */
import LinearProgress from '@mui/material/LinearProgress';
import { lazy, Suspense, type ComponentType } from 'react';
import type { ObjectRef } from '../../k8s/resource-ref.ts';
import { isOneOf, registerDetailAction, registerDetailTab } from '../resources/details/detail-registry.tsx';
import { actionsFor } from './action-registry.tsx';
import { ObjectActions } from './object-actions.tsx';

type RefProps = { readonly objectRef: ObjectRef };

function onDemand(load: () => Promise<ComponentType<RefProps>>): ComponentType<RefProps> {
  const Lazy = lazy(() => load().then((component) => ({ default: component })));
  return function OnDemand({ objectRef }: RefProps) {
    return (
      <Suspense fallback={<LinearProgress />}>
        <Lazy objectRef={objectRef} />
      </Suspense>
    );
  };
}

const LogsTab = onDemand(() => import('../logs/logs-tab.tsx').then((m) => m.LogsTab));
const TerminalTab = onDemand(() => import('../terminal/terminal-tab.tsx').then((m) => m.TerminalTab));
const PortForwardTab = onDemand(() =>
  import('../port-forward/port-forward-tab.tsx').then((m) => m.PortForwardTab),
);

/** Registers the logs, terminal and port-forward tabs and the action buttons (idempotent). */
export function registerWorkloadDetails(): void {
  registerDetailTab({
    id: 'logs',
    labelKey: 'logs.tab',
    appliesTo: isOneOf(
      '/pods',
      'apps/deployments',
      'apps/statefulsets',
      'apps/daemonsets',
      'apps/replicasets',
      'batch/jobs',
    ),
    component: ({ objectRef }) => <LogsTab objectRef={objectRef} />,
    order: 10,
  });
  registerDetailTab({
    id: 'terminal',
    labelKey: 'terminal.tab',
    appliesTo: isOneOf('/pods'),
    component: ({ objectRef }) => <TerminalTab objectRef={objectRef} />,
    order: 20,
  });
  registerDetailTab({
    id: 'port-forward',
    labelKey: 'portForward.tab',
    appliesTo: isOneOf('/pods', '/services'),
    component: ({ objectRef }) => <PortForwardTab objectRef={objectRef} />,
    order: 30,
  });
  registerDetailAction({
    id: 'workload-actions',
    appliesTo: (type) => actionsFor(type).length > 0,
    // The YAML feature's header already offers Delete.
    component: ({ objectRef, object }) => (
      <ObjectActions objectRef={objectRef} object={object} exclude={['delete-pod']} />
    ),
    order: 50,
  });
}

/**
 * Example plugin: a "Rollout" section on Deployment details pages — desired, updated, ready and available
 * replicas, the update strategy, and the live count of pods matching the Deployment's selector.
 */
import LinearProgress from '@mui/material/LinearProgress';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import { definePlugin, useKubeList, useTranslation } from '@wheelhouse/plugin-sdk';
import type { KubeObject, ObjectProps } from '@wheelhouse/plugin-sdk';

interface Deployment extends KubeObject {
  readonly spec?: {
    readonly replicas?: number;
    readonly strategy?: { readonly type?: string };
    readonly selector?: { readonly matchLabels?: Readonly<Record<string, string>> };
  };
  readonly status?: {
    readonly updatedReplicas?: number;
    readonly readyReplicas?: number;
    readonly availableReplicas?: number;
  };
}

/** True when `object`'s labels include every `matchLabels` entry. */
function matches(object: KubeObject, labels: Readonly<Record<string, string>>): boolean {
  return Object.entries(labels).every(([key, value]) => object.metadata.labels?.[key] === value);
}

function Rollout({ cluster, object }: ObjectProps) {
  const t = useTranslation();
  const deployment = object as Deployment;
  const selector = deployment.spec?.selector?.matchLabels ?? {};
  const pods = useKubeList({
    cluster,
    version: 'v1',
    resource: 'pods',
    namespace: object.metadata.namespace,
  });
  const desired = deployment.spec?.replicas ?? 1;
  const ready = deployment.status?.readyReplicas ?? 0;
  const owned = pods.items.filter((pod) => matches(pod, selector)).length;
  const rows: [string, string][] = [
    [t('desired'), String(desired)],
    [t('updated'), String(deployment.status?.updatedReplicas ?? 0)],
    [t('ready'), String(ready)],
    [t('available'), String(deployment.status?.availableReplicas ?? 0)],
    [t('strategy'), deployment.spec?.strategy?.type ?? 'RollingUpdate'],
    [t('pods'), pods.loading ? '…' : pods.error ? t('podsUnreadable') : String(owned)],
  ];
  return (
    <>
      <LinearProgress
        variant="determinate"
        value={desired === 0 ? 100 : Math.min(100, (ready / desired) * 100)}
        aria-label={t('progress', { ready, desired })}
        sx={{ mb: 1 }}
      />
      <Table size="small" data-testid="deployment-rollout">
        <TableBody>
          {rows.map(([label, value]) => (
            <TableRow key={label}>
              <TableCell component="th" scope="row" sx={{ width: 200 }}>
                {label}
              </TableCell>
              <TableCell>{value}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}

/** The plugin. */
export const plugin = definePlugin({
  name: 'deployment-details',
  setup(ctx) {
    ctx.i18n.add({
      en: {
        title: 'Rollout',
        desired: 'Desired replicas',
        updated: 'Updated',
        ready: 'Ready',
        available: 'Available',
        strategy: 'Strategy',
        pods: 'Pods matching the selector',
        podsUnreadable: 'not readable',
        progress: '{{ready}} of {{desired}} replicas ready',
      },
      de: {
        title: 'Rollout',
        desired: 'Gewünschte Replikas',
        updated: 'Aktualisiert',
        ready: 'Bereit',
        available: 'Verfügbar',
        strategy: 'Strategie',
        pods: 'Pods, die zum Selektor passen',
        podsUnreadable: 'nicht lesbar',
        progress: '{{ready}} von {{desired}} Replikas bereit',
      },
    });
    ctx.detailsSections.add({
      kind: { group: 'apps', kind: 'Deployment' },
      id: 'rollout',
      title: 'Rollout',
      component: Rollout,
    });
  },
});

/** Example plugin: an app-bar chip with the number of pods (running / all) of the cluster being viewed. */
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import { definePlugin, useCurrentCluster, useKubeList, useTranslation } from '@wheelhouse/plugin-sdk';
import type { KubeObject } from '@wheelhouse/plugin-sdk';

interface Pod extends KubeObject {
  readonly status?: { readonly phase?: string };
}

function PodCount({ cluster }: { readonly cluster: string }) {
  const t = useTranslation();
  const pods = useKubeList<Pod>({ cluster, version: 'v1', resource: 'pods' });
  if (pods.error) return <Chip size="small" variant="outlined" color="warning" label={t('unavailable')} />;
  const running = pods.items.filter((pod) => pod.status?.phase === 'Running').length;
  const label = pods.loading ? t('loading') : t('count', { running, total: pods.items.length });
  return (
    <Tooltip title={t('tooltip', { cluster })}>
      <Chip size="small" variant="outlined" label={label} data-testid="pod-counter" />
    </Tooltip>
  );
}

function PodCounter() {
  const cluster = useCurrentCluster();
  return cluster === undefined ? null : <PodCount cluster={cluster} />;
}

/** The plugin. */
export const plugin = definePlugin({
  name: 'pod-counter',
  setup(ctx) {
    ctx.i18n.add({
      en: {
        count: 'Pods: {{running}} running / {{total}}',
        loading: 'Pods: …',
        unavailable: 'Pods: not readable',
        tooltip: 'Pods of the cluster {{cluster}} (running / all), live',
      },
      de: {
        count: 'Pods: {{running}} laufend / {{total}}',
        loading: 'Pods: …',
        unavailable: 'Pods: nicht lesbar',
        tooltip: 'Pods des Clusters {{cluster}} (laufend / alle), live',
      },
    });
    ctx.appBarActions.add({ id: 'pod-count', component: PodCounter });
  },
});

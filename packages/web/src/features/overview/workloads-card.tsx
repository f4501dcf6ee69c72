import Alert from '@mui/material/Alert';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import { laggingWorkloads } from './cluster-health.ts';
import { OverviewCard } from './overview-card.tsx';
import { overviewTypes, useClusterList } from './use-overview-lists.ts';

/** Deployments, StatefulSets and DaemonSets whose ready replicas are below the desired count. */
export function WorkloadsCard({ cluster }: { readonly cluster: string }) {
  const { t } = useTranslation();
  const deployments = useClusterList(cluster, overviewTypes.deployments);
  const statefulsets = useClusterList(cluster, overviewTypes.statefulsets);
  const daemonsets = useClusterList(cluster, overviewTypes.daemonsets);
  const lagging = [
    ...laggingWorkloads('Deployment', deployments.data?.items ?? []),
    ...laggingWorkloads('StatefulSet', statefulsets.data?.items ?? []),
    ...laggingWorkloads('DaemonSet', daemonsets.data?.items ?? []),
  ];
  return (
    <OverviewCard
      title={t('overview.workloads')}
      loading={deployments.isPending || statefulsets.isPending || daemonsets.isPending}
      error={deployments.error ?? statefulsets.error ?? daemonsets.error}
      testId="workloads-card"
    >
      {lagging.length === 0 ? (
        <Alert severity="success">{t('overview.allWorkloadsReady')}</Alert>
      ) : (
        <Table size="small" aria-label={t('overview.workloads')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('overview.kind')}</TableCell>
              <TableCell>{t('overview.name')}</TableCell>
              <TableCell align="right">{t('overview.readyOfDesired')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {lagging.map((w) => (
              <TableRow key={`${w.kind}/${w.namespace}/${w.name}`}>
                <TableCell>{w.kind}</TableCell>
                <TableCell>
                  {w.namespace}/{w.name}
                </TableCell>
                <TableCell align="right">
                  {w.ready} / {w.desired}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </OverviewCard>
  );
}

import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useConfig } from '../../api/use-config.ts';
import { PageContainer } from '../../app/page-container.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { NamespaceTable } from '../clusters/namespace-table.tsx';
import { StatusChip } from '../clusters/cluster-status.tsx';
import { PortForwardList } from '../port-forward/port-forward-list.tsx';
import { CreateFromYamlButton } from '../yaml/create-from-yaml-button.tsx';
import { AllocationCard } from './allocation-card.tsx';
import { EventsCard } from './events-card.tsx';
import { NodesCard, PodsCard } from './health-cards.tsx';
import { OverviewCard } from './overview-card.tsx';
import { WorkloadsCard } from './workloads-card.tsx';
import { ClusterNotFound } from '../clusters/cluster-not-found.tsx';
import { useRouteCluster } from '../clusters/use-route-cluster.ts';

/**
 * `/c/:cluster`: how the cluster is doing — nodes (with cordon and drain), pods, workloads not at their
 * desired state, requested and used capacity, live Warning events, and this cluster's port-forwards.
 */
export function ClusterOverviewPage() {
  const { t } = useTranslation();
  const { cluster, summary, missing } = useRouteCluster();
  const local = useConfig().data?.mode === 'local';
  if (missing) return <ClusterNotFound cluster={cluster} />;
  return (
    <PageContainer>
      <PageHeader
        title={cluster}
        subtitle={
          summary && (
            <Box component="span" sx={{ display: 'inline-flex', gap: 1, alignItems: 'center' }}>
              <StatusChip status={summary.status} />
              <span>{summary.status.version ?? ''}</span>
              <span>{summary.server}</span>
            </Box>
          )
        }
        actions={summary && <CreateFromYamlButton cluster={cluster} />}
      />
      <Box
        sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'repeat(2, minmax(0, 1fr))' } }}
      >
        <NodesCard cluster={cluster} />
        <Box sx={{ display: 'grid', gap: 2, alignContent: 'start' }}>
          <PodsCard cluster={cluster} />
          <WorkloadsCard cluster={cluster} />
        </Box>
        <AllocationCard cluster={cluster} />
        <EventsCard cluster={cluster} />
        <Box>
          <Typography variant="h3" component="h2" sx={{ fontSize: 16, fontWeight: 600, mb: 1.5 }}>
            {t('clusterNav.namespaces')}
          </Typography>
          <NamespaceTable cluster={cluster} />
        </Box>
        {local && (
          <OverviewCard title={t('portForward.title')}>
            <PortForwardList filter={(f) => f.cluster === cluster} />
          </OverviewCard>
        )}
      </Box>
    </PageContainer>
  );
}

import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import { PageContainer } from '../../app/page-container.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { CreateFromYamlButton } from '../yaml/create-from-yaml-button.tsx';
import { StatusChip } from './cluster-status.tsx';
import { SourceLabel } from './source-label.tsx';
import { ClusterNotFound } from './cluster-not-found.tsx';
import { useRouteCluster } from './use-route-cluster.ts';
import { NamespaceTable } from './namespace-table.tsx';

/** `/c/:cluster/namespaces`: what the cluster is, whether it answers, and its namespaces. */
export function ClusterNamespacesPage() {
  const { t } = useTranslation();
  const { cluster, summary, missing } = useRouteCluster();
  if (missing) return <ClusterNotFound cluster={cluster} />;
  return (
    <PageContainer>
      <PageHeader
        title={cluster}
        subtitle={summary?.server}
        actions={summary && <CreateFromYamlButton cluster={cluster} />}
      />
      {summary && (
        <Card sx={{ mb: 3 }}>
          <CardContent
            sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(180px, 1fr))', gap: 2 }}
          >
            <Box>
              <Typography variant="caption" color="text.secondary">
                {t('home.status')}
              </Typography>
              <Box sx={{ mt: 0.5 }}>
                <StatusChip status={summary.status} />
              </Box>
            </Box>
            <Box>
              <Typography variant="caption" color="text.secondary">
                {t('home.version')}
              </Typography>
              <Typography>{summary.status.version ?? '—'}</Typography>
            </Box>
            <Box>
              <Typography variant="caption" color="text.secondary">
                {t('home.source')}
              </Typography>
              <SourceLabel cluster={summary} />
            </Box>
          </CardContent>
        </Card>
      )}
      <Typography variant="h2" sx={{ mb: 1.5 }}>
        {t('clusterNav.namespaces')}
      </Typography>
      <NamespaceTable cluster={cluster} />
    </PageContainer>
  );
}

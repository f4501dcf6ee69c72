import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import Box from '@mui/material/Box';
import KeyIcon from '@mui/icons-material/Key';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { apiFetch, clusterPath } from '../../api/api-client.ts';
import type { ApiError } from '../../api/api-error.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { useCluster, useConfig } from '../../api/use-config.ts';
import { PageContainer } from '../../app/page-container.tsx';
import { formatAge, type KubeList, type Namespace } from '../../k8s/namespace.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { CreateFromYamlButton } from '../yaml/create-from-yaml-button.tsx';
import { ClusterLoginDialog } from './cluster-login-dialog.tsx';
import { StatusChip } from './cluster-status.tsx';
import { SourceLabel } from './source-label.tsx';
import { ClusterNotFound } from './cluster-not-found.tsx';

/** The cluster's namespaces with their phase and age (also shown on the cluster overview). */
export function NamespaceTable({ cluster }: { readonly cluster: string }) {
  const { t } = useTranslation();
  const [loginOpen, setLoginOpen] = useState(false);
  const namespaces = useQuery<KubeList<Namespace>, ApiError>({
    queryKey: queryKeys.namespaces(cluster),
    queryFn: ({ signal }) => apiFetch(`/clusters/${clusterPath(cluster)}/api/v1/namespaces`, { signal }),
    retry: (count, error) => error.status >= 500 && count < 2,
  });
  if (namespaces.isPending)
    return <Skeleton variant="rounded" height={160} aria-label={t('common.loading')} />;
  if (namespaces.isError) {
    const unauthorized = namespaces.error.unauthorized;
    return (
      <>
        <Alert
          severity={unauthorized ? 'warning' : 'error'}
          action={
            unauthorized ? (
              <Button
                color="inherit"
                startIcon={<KeyIcon />}
                onClick={() => {
                  setLoginOpen(true);
                }}
              >
                {t('login.cluster.action')}
              </Button>
            ) : (
              <Button color="inherit" onClick={() => void namespaces.refetch()}>
                {t('common.retry')}
              </Button>
            )
          }
        >
          {unauthorized
            ? t('login.cluster.needed')
            : t('cluster.namespacesFailed', { message: namespaces.error.message })}
        </Alert>
        <ClusterLoginDialog
          cluster={cluster}
          open={loginOpen}
          onClose={() => {
            setLoginOpen(false);
          }}
        />
      </>
    );
  }
  return (
    <Card>
      <Table size="small" aria-label={t('clusterNav.namespaces')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('cluster.name')}</TableCell>
            <TableCell>{t('cluster.phase')}</TableCell>
            <TableCell align="right">{t('cluster.age')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {namespaces.data.items.map((ns) => (
            <TableRow key={ns.metadata.name} hover>
              <TableCell sx={{ fontWeight: 500 }}>{ns.metadata.name}</TableCell>
              <TableCell>
                <Chip
                  size="small"
                  label={ns.status?.phase ?? '—'}
                  color={ns.status?.phase === 'Active' ? 'success' : 'default'}
                  variant="outlined"
                />
              </TableCell>
              <TableCell align="right">{formatAge(ns.metadata.creationTimestamp)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Card>
  );
}

/** `/c/:cluster` and `/c/:cluster/namespaces`: what the cluster is, whether it answers, its namespaces. */
export function ClusterOverviewPage() {
  const { t } = useTranslation();
  const { cluster = '' } = useParams();
  const config = useConfig();
  const summary = useCluster(cluster);
  if (config.data && !summary) return <ClusterNotFound cluster={cluster} />;
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

import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import Chip from '@mui/material/Chip';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import KeyIcon from '@mui/icons-material/Key';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFetch, clusterPath } from '../../api/api-client.ts';
import type { ApiError } from '../../api/api-error.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { formatAge, type KubeList, type Namespace } from '../../k8s/namespace.ts';
import { ClusterLoginDialog } from './cluster-login-dialog.tsx';

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

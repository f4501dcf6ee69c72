import type { PortForward } from '@wheelhouse/api-types';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import StopIcon from '@mui/icons-material/Stop';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../ui/notifications.tsx';
import { forwardUrl, usePortForwards, useStopPortForward } from './port-forward-api.ts';

/** Props of {@link PortForwardList}. */
export interface PortForwardListProps {
  /** Show only the forwards matching (e.g. one pod's, one cluster's). */
  readonly filter?: (forward: PortForward) => boolean;
}

/** The active (and failed) port-forwards with their local URL, connections, errors and a Stop button. */
export function PortForwardList({ filter }: PortForwardListProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const forwards = usePortForwards();
  const stop = useStopPortForward();
  if (forwards.isPending) return <Skeleton variant="rounded" height={60} aria-label={t('common.loading')} />;
  if (forwards.isError)
    return (
      <Alert severity={forwards.error.status === 403 ? 'info' : 'error'}>
        {forwards.error.status === 403
          ? t('portForward.unavailable')
          : t('portForward.listFailed', { message: forwards.error.message })}
      </Alert>
    );
  const items = forwards.data.items.filter(filter ?? (() => true));
  if (items.length === 0)
    return (
      <Typography variant="body2" color="text.secondary">
        {t('portForward.none')}
      </Typography>
    );
  return (
    <Table size="small" aria-label={t('portForward.listLabel')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('portForward.local')}</TableCell>
          <TableCell>{t('portForward.target')}</TableCell>
          <TableCell>{t('portForward.state')}</TableCell>
          <TableCell align="right">{t('portForward.connections')}</TableCell>
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {items.map((f) => (
          <TableRow key={f.id}>
            <TableCell>
              {f.state === 'active' ? (
                <Link href={forwardUrl(f)} target="_blank" rel="noopener noreferrer">
                  {forwardUrl(f)}
                </Link>
              ) : (
                forwardUrl(f)
              )}
            </TableCell>
            <TableCell>
              {f.cluster} · {f.namespace}/{f.service ? `svc/${f.service}:${String(f.port)} → ` : ''}
              {f.pod}:{f.targetPort}
            </TableCell>
            <TableCell>
              <Chip
                size="small"
                color={f.state === 'active' ? 'success' : 'error'}
                label={t(`portForward.states.${f.state}`)}
              />
              {f.error && (
                <Typography
                  variant="caption"
                  color={f.state === 'failed' ? 'error' : 'text.secondary'}
                  sx={{ display: 'block' }}
                >
                  {f.error}
                </Typography>
              )}
            </TableCell>
            <TableCell align="right">{f.connections}</TableCell>
            <TableCell align="right">
              <Button
                size="small"
                startIcon={<StopIcon />}
                onClick={() => {
                  stop.mutate(f.id, {
                    onSuccess: () => {
                      notify(t('portForward.stopped', { port: f.localPort }), 'success');
                    },
                    onError: (error) => {
                      notify(t('portForward.stopFailed', { message: error.message }), 'error');
                    },
                  });
                }}
              >
                {f.state === 'active' ? t('portForward.stop') : t('portForward.remove')}
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { stringField } from '../../../k8s/kube-object.ts';
import { detailsUrl } from '../../../k8s/resource-route.ts';
import { podContainers } from '../../../k8s/status-summary.ts';
import { StatusText } from '../cell-content.tsx';
import type { DetailProps } from '../details/detail-registry.tsx';
import { DetailCard, FactList } from './detail-card.tsx';

const nodesType = { group: '', version: 'v1', resource: 'nodes', kind: 'Node', namespaced: false } as const;

/** A pod's node, IP, phase, QoS class, service account, and its containers with image, state and restarts. */
export function PodSection({ objectRef, object }: DetailProps) {
  const { t } = useTranslation();
  const node = stringField(object, 'spec', 'nodeName');
  const containers = podContainers(object);
  const facts: [string, React.ReactNode][] = [
    [
      t('resources.pod.phase'),
      <StatusText key="phase" text={stringField(object, 'status', 'phase') ?? ''} />,
    ],
    [
      t('resources.pod.node'),
      node ? (
        <Link
          key="node"
          component={RouterLink}
          underline="hover"
          to={detailsUrl({ cluster: objectRef.cluster, type: nodesType, name: node })}
        >
          {node}
        </Link>
      ) : (
        '—'
      ),
    ],
    [t('resources.pod.podIp'), stringField(object, 'status', 'podIP') ?? '—'],
    [t('resources.pod.qos'), stringField(object, 'status', 'qosClass') ?? '—'],
    [t('resources.pod.serviceAccount'), stringField(object, 'spec', 'serviceAccountName') ?? '—'],
  ];
  return (
    <>
      <DetailCard title={t('resources.pod.containers')}>
        <FactList facts={facts} />
        <Table size="small" aria-label={t('resources.pod.containers')} sx={{ mt: 2 }}>
          <TableHead>
            <TableRow>
              <TableCell>{t('resources.pod.container')}</TableCell>
              <TableCell>{t('resources.pod.image')}</TableCell>
              <TableCell>{t('resources.pod.state')}</TableCell>
              <TableCell>{t('resources.pod.ready')}</TableCell>
              <TableCell align="right">{t('resources.pod.restarts')}</TableCell>
              <TableCell>{t('resources.pod.ports')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {containers.map((c) => (
              <TableRow key={`${c.kind}/${c.name}`}>
                <TableCell sx={{ fontWeight: 500 }}>
                  {c.name}{' '}
                  {c.kind !== 'main' && (
                    <Chip size="small" variant="outlined" label={t(`resources.pod.${c.kind}`)} />
                  )}
                </TableCell>
                <TableCell sx={{ fontFamily: 'monospace', fontSize: 12, wordBreak: 'break-all' }}>
                  {c.image}
                </TableCell>
                <TableCell>
                  <StatusText text={c.reason ?? c.state} />
                </TableCell>
                <TableCell>{c.ready ? t('resources.pod.yes') : t('resources.pod.no')}</TableCell>
                <TableCell align="right">{c.restarts}</TableCell>
                <TableCell>{c.ports.join(', ')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </DetailCard>
    </>
  );
}

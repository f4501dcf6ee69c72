import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { arrayField, field, stringField, stringMap } from '../../../k8s/kube-object.ts';
import type { ListRow } from '../../../k8s/list-rows.ts';
import { formatResourceQuantity } from '../../../k8s/quantity.ts';
import { podsType } from '../../../k8s/well-known-types.ts';
import type { DetailProps } from '../details/detail-registry.tsx';
import { DetailCard, FactList } from './detail-card.tsx';
import { RelatedList } from './related-list.tsx';

/** A node's capacity and allocatable resources, taints, addresses, system info, and the pods on it. */
export function NodeSection({ objectRef, object }: DetailProps) {
  const { t } = useTranslation();
  const capacity = stringMap(object, 'status', 'capacity');
  const allocatable = stringMap(object, 'status', 'allocatable');
  const taints = arrayField(object, 'spec', 'taints');
  const addresses = arrayField(object, 'status', 'addresses').map(
    (a) => `${stringField(a, 'type') ?? ''}: ${stringField(a, 'address') ?? ''}`,
  );
  const info = stringMap(object, 'status', 'nodeInfo');
  const name = object.metadata.name;
  // Pods on this node come from the all-namespaces pod watch (shared with the Pods list), by its Node column.
  const keep = useCallback((row: ListRow) => row.row.cells.some((cell) => cell === name), [name]);
  return (
    <>
      <DetailCard title={t('resources.node.title')}>
        <FactList
          facts={[
            [t('resources.node.addresses'), addresses.join(', ') || '—'],
            [
              t('resources.node.info'),
              [info['kubeletVersion'], info['osImage'], info['architecture']].filter(Boolean).join(' · ') ||
                '—',
            ],
            [
              t('resources.node.taints'),
              taints.length === 0 ? (
                t('resources.node.noTaints')
              ) : (
                <Box key="taints" sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
                  {taints.map((taint, i) => (
                    <Chip
                      key={i}
                      size="small"
                      variant="outlined"
                      sx={{ fontFamily: 'monospace', fontSize: 12 }}
                      label={`${stringField(taint, 'key') ?? ''}${stringField(taint, 'value') ? `=${stringField(taint, 'value') ?? ''}` : ''}:${stringField(taint, 'effect') ?? ''}`}
                    />
                  ))}
                </Box>
              ),
            ],
          ]}
        />
        {field(object, 'spec', 'unschedulable') === true && (
          <Typography color="warning.main" sx={{ mt: 1 }}>
            {t('resources.node.unschedulable')}
          </Typography>
        )}
        <Table size="small" aria-label={t('resources.node.capacity')} sx={{ mt: 2, maxWidth: 560 }}>
          <TableHead>
            <TableRow>
              <TableCell>{t('resources.node.resource')}</TableCell>
              <TableCell align="right">{t('resources.node.capacity')}</TableCell>
              <TableCell align="right">{t('resources.node.allocatable')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {Object.keys(capacity).map((resource) => (
              <TableRow key={resource}>
                <TableCell>{resource}</TableCell>
                <TableCell align="right">
                  {formatResourceQuantity(resource, capacity[resource] ?? '')}
                </TableCell>
                <TableCell align="right">
                  {formatResourceQuantity(resource, allocatable[resource] ?? '')}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </DetailCard>
      <RelatedList
        title={t('resources.node.pods')}
        emptyText={t('resources.related.noPods')}
        cluster={objectRef.cluster}
        type={podsType}
        namespace={undefined}
        keep={keep}
      />
    </>
  );
}

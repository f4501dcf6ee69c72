import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { conditionsOf, field } from '../../k8s/kube-object.ts';
import { detailsUrl } from '../../k8s/resource-route.ts';
import { actionsFor } from '../actions/action-registry.tsx';
import { ActionButton } from '../actions/object-actions.tsx';
import { nodeHealth, podHealth } from './cluster-health.ts';
import { OverviewCard } from './overview-card.tsx';
import { overviewTypes, useClusterList } from './use-overview-lists.ts';

/** A node's name on one line (a long cloud name ends in an ellipsis; the full name is its title). */
const nameCell = {
  fontWeight: 500,
  maxWidth: 220,
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
} as const;

/** Nodes: ready / total, cordoned, each node with cordon, uncordon and drain; a name opens its details. */
export function NodesCard({ cluster }: { readonly cluster: string }) {
  const { t } = useTranslation();
  const nodes = useClusterList(cluster, overviewTypes.nodes);
  const items = nodes.data?.items ?? [];
  const health = nodeHealth(items);
  return (
    <OverviewCard
      title={t('overview.nodes')}
      loading={nodes.isPending}
      error={nodes.error}
      testId="nodes-card"
    >
      <Stack direction="row" spacing={1} sx={{ mb: 1.5, flexWrap: 'wrap' }}>
        <Chip
          color={health.ready === health.total ? 'success' : 'warning'}
          label={t('overview.nodesReady', { ready: health.ready, total: health.total })}
        />
        {health.cordoned > 0 && (
          <Chip
            color="warning"
            variant="outlined"
            label={t('overview.cordoned', { count: health.cordoned })}
          />
        )}
      </Stack>
      <Table size="small" aria-label={t('overview.nodes')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('overview.name')}</TableCell>
            <TableCell>{t('overview.status')}</TableCell>
            <TableCell align="right">{t('overview.actions')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((node) => {
            const ready = conditionsOf(node).some((c) => c.type === 'Ready' && c.status === 'True');
            const cordoned = field(node, 'spec', 'unschedulable') === true;
            const ref = { cluster, type: overviewTypes.nodes, name: node.metadata.name };
            return (
              <TableRow key={node.metadata.name} data-testid={`node-${node.metadata.name}`}>
                <TableCell sx={nameCell}>
                  <Link
                    component={RouterLink}
                    to={detailsUrl(ref)}
                    underline="hover"
                    title={node.metadata.name}
                  >
                    {node.metadata.name}
                  </Link>
                </TableCell>
                <TableCell>
                  <Stack direction="row" spacing={0.5}>
                    <Chip
                      size="small"
                      color={ready ? 'success' : 'error'}
                      variant="outlined"
                      label={ready ? t('overview.ready') : t('overview.notReady')}
                    />
                    {cordoned && (
                      <Chip
                        size="small"
                        color="warning"
                        variant="outlined"
                        label={t('overview.schedulingDisabled')}
                      />
                    )}
                  </Stack>
                </TableCell>
                <TableCell align="right">
                  <Box sx={{ display: 'inline-flex', gap: 1 }}>
                    {actionsFor(overviewTypes.nodes)
                      .filter((a) => a.visible?.(node) ?? true)
                      .map((action) => (
                        <ActionButton key={action.id} action={action} refs={[ref]} object={node} />
                      ))}
                  </Box>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </OverviewCard>
  );
}

/** Pods by phase, not ready and crash-looping. */
export function PodsCard({ cluster }: { readonly cluster: string }) {
  const { t } = useTranslation();
  const pods = useClusterList(cluster, overviewTypes.pods);
  const health = podHealth(pods.data?.items ?? []);
  return (
    <OverviewCard title={t('overview.pods')} loading={pods.isPending} error={pods.error} testId="pods-card">
      <Typography variant="h4" component="p" sx={{ fontSize: 28, fontWeight: 600 }}>
        {health.total}
      </Typography>
      <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: 'wrap', rowGap: 1 }}>
        {Object.entries(health.phases).map(([phase, count]) => (
          <Chip
            key={phase}
            size="small"
            variant="outlined"
            color={
              phase === 'Running' || phase === 'Succeeded'
                ? 'success'
                : phase === 'Pending'
                  ? 'warning'
                  : phase === 'Failed'
                    ? 'error'
                    : 'default'
            }
            label={`${phase}: ${String(count)}`}
          />
        ))}
        {health.notReady > 0 && (
          <Chip size="small" color="warning" label={t('overview.podsNotReady', { count: health.notReady })} />
        )}
        {health.crashLooping > 0 && (
          <Chip
            size="small"
            color="error"
            label={t('overview.crashLooping', { count: health.crashLooping })}
          />
        )}
      </Stack>
    </OverviewCard>
  );
}

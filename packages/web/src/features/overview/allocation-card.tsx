import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { formatBytes, formatCpu } from '../../k8s/quantity.ts';
import { allocation, totalAllocation } from './cluster-health.ts';
import { OverviewCard } from './overview-card.tsx';
import { UsageBar } from './usage-bar.tsx';
import { clusterMetricsSampler } from './metrics-sampler.ts';
import { MetricsInUse } from './metrics-in-use.tsx';
import { useClusterMetrics } from './use-cluster-metrics.ts';
import { overviewTypes, useClusterList } from './use-overview-lists.ts';

/**
 * Requested against allocatable CPU and memory (cluster total and per node), and use from metrics-server: the
 * cluster's over the last minutes as charts, each node's latest as bars.
 */
export function AllocationCard({ cluster }: { readonly cluster: string }) {
  const { t } = useTranslation();
  const nodes = useClusterList(cluster, overviewTypes.nodes);
  const pods = useClusterList(cluster, overviewTypes.pods);
  const sampler = clusterMetricsSampler(cluster);
  const metrics = useClusterMetrics(sampler);
  const rows = allocation(nodes.data?.items ?? [], pods.data?.items ?? []);
  const total = totalAllocation(rows);
  const usage = metrics.nodes;
  return (
    <OverviewCard
      title={t('overview.capacity')}
      loading={nodes.isPending || pods.isPending}
      error={nodes.error ?? pods.error}
      testId="capacity-card"
    >
      <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>
        {t('overview.requested')}
      </Typography>
      <UsageBar
        label={t('overview.cpu')}
        used={total.requested.cpu}
        total={total.allocatable.cpu}
        format={formatCpu}
      />
      <UsageBar
        label={t('overview.memory')}
        used={total.requested.memory}
        total={total.allocatable.memory}
        format={formatBytes}
      />
      <Typography variant="subtitle2" component="h3" sx={{ mt: 2, mb: 1 }}>
        {t('overview.inUse')}
      </Typography>
      <MetricsInUse
        metrics={metrics}
        allocatable={total.allocatable}
        intervalMs={sampler.intervalMs}
        windowMs={sampler.capacity * sampler.intervalMs}
      />
      {rows.length > 1 && (
        <Box component="details" sx={{ mt: 2 }}>
          <Box component="summary" sx={{ cursor: 'pointer', typography: 'body2' }}>
            {t('overview.perNode')}
          </Box>
          {rows.map((row) => (
            <Box key={row.node} sx={{ mt: 1.5 }}>
              <Typography variant="body2" sx={{ fontWeight: 500 }}>
                {row.node}
              </Typography>
              <UsageBar
                label={t('overview.cpuRequested')}
                used={row.requested.cpu}
                total={row.allocatable.cpu}
                format={formatCpu}
              />
              <UsageBar
                label={t('overview.memoryRequested')}
                used={row.requested.memory}
                total={row.allocatable.memory}
                format={formatBytes}
              />
              {usage.has(row.node) && (
                <>
                  <UsageBar
                    label={t('overview.cpuUsed')}
                    used={usage.get(row.node)?.cpu ?? 0}
                    total={row.allocatable.cpu}
                    format={formatCpu}
                  />
                  <UsageBar
                    label={t('overview.memoryUsed')}
                    used={usage.get(row.node)?.memory ?? 0}
                    total={row.allocatable.memory}
                    format={formatBytes}
                  />
                </>
              )}
            </Box>
          ))}
        </Box>
      )}
    </OverviewCard>
  );
}

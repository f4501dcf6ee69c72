import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import { useTheme } from '@mui/material/styles';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { formatBytes, formatCpu } from '../../k8s/quantity.ts';
import type { Resources } from './cluster-health.ts';
import type { MetricsSnapshot } from './metrics-sampler.ts';
import { memoryTickUnit } from './usage-chart-geometry.ts';
import { UsageChart } from './usage-chart.tsx';

/** Where metrics-server's installation is documented. */
export const metricsServerDocs = 'https://github.com/kubernetes-sigs/metrics-server#installation';
const installCommand =
  'kubectl apply -f https://github.com/kubernetes-sigs/metrics-server/releases/latest/download/components.yaml';

/** What to do without metrics-server: the command that installs it and the caveat of local clusters. */
function NoMetricsNote() {
  const { t } = useTranslation();
  return (
    <Alert severity="info" data-testid="no-metrics">
      <Typography variant="body2">{t('overview.noMetrics')}</Typography>
      <Typography variant="body2" sx={{ mt: 1 }}>
        {t('overview.installMetrics')}
      </Typography>
      <Box
        component="code"
        sx={{
          display: 'block',
          my: 1,
          p: 1,
          borderRadius: 1,
          bgcolor: 'action.hover',
          overflowWrap: 'anywhere',
        }}
      >
        {installCommand}
      </Box>
      <Typography variant="body2">
        {t('overview.metricsLocalClusters')}{' '}
        <Link href={metricsServerDocs} target="_blank" rel="noreferrer">
          {t('overview.metricsDocs')}
        </Link>
      </Typography>
    </Alert>
  );
}

/**
 * The "in use" part of the capacity card: CPU and memory use of the whole cluster over the last samples
 * against what its nodes can allocate, or why there is none (no metrics-server, not answering, failed).
 */
export function MetricsInUse(props: {
  readonly metrics: MetricsSnapshot;
  readonly allocatable: Resources;
  /** Between two samples (ms). */
  readonly intervalMs: number;
  /** The span the charts show (ms). */
  readonly windowMs: number;
}) {
  const { t } = useTranslation();
  const theme = useTheme();
  const { metrics } = props;
  if (metrics.status === 'absent') return <NoMetricsNote />;
  const problem =
    metrics.status === 'unavailable' ? (
      <Alert severity="warning" sx={{ mb: 1.5 }}>
        {t('overview.metricsUnavailable', { message: metrics.error?.message ?? '' })}
      </Alert>
    ) : metrics.status === 'error' ? (
      <Alert severity="warning" sx={{ mb: 1.5 }}>
        {t('overview.metricsFailed', { message: metrics.error?.message ?? '' })}
      </Alert>
    ) : null;
  if (problem && metrics.samples.length === 0) return problem;
  const common = { windowMs: props.windowMs, intervalMs: props.intervalMs };
  const peakMemory = Math.max(props.allocatable.memory, ...metrics.samples.map((s) => s.memory));
  return (
    <Box data-testid="usage-charts">
      {problem}
      <UsageChart
        title={t('overview.cpu')}
        unitLabel={t('overview.cores')}
        points={metrics.samples.map((s) => ({ time: s.time, value: s.cpu }))}
        capacity={props.allocatable.cpu}
        format={formatCpu}
        tickUnit={1}
        color={theme.palette.primary.main}
        {...common}
      />
      <UsageChart
        title={t('overview.memory')}
        points={metrics.samples.map((s) => ({ time: s.time, value: s.memory }))}
        capacity={props.allocatable.memory}
        format={formatBytes}
        tickUnit={memoryTickUnit(peakMemory)}
        color={theme.palette.secondary.main}
        {...common}
      />
    </Box>
  );
}

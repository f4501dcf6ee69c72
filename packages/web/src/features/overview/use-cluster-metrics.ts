/**
 * Node CPU and memory use from metrics-server, with its recent history, for as long as the calling component is
 * mounted (and the page visible). The history belongs to the cluster's tab-wide sampler
 * (`clusterMetricsSampler`), so it survives navigating away and back.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { MetricsSampler, MetricsSnapshot } from './metrics-sampler.ts';

/** The latest metrics of `sampler`'s cluster and its samples; keeps it polling while mounted. */
export function useClusterMetrics(sampler: MetricsSampler): MetricsSnapshot {
  useEffect(() => sampler.retain(), [sampler]);
  return useSyncExternalStore(sampler.subscribe, sampler.getSnapshot);
}

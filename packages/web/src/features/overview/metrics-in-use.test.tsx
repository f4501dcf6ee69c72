import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error.ts';
import type { MetricsSnapshot } from './metrics-sampler.ts';
import { MetricsInUse, metricsServerDocs } from './metrics-in-use.tsx';

const GiB = 2 ** 30;
const snapshot = (overrides: Partial<MetricsSnapshot>): MetricsSnapshot => ({
  status: 'available',
  error: undefined,
  nodes: new Map(),
  samples: [],
  ...overrides,
});
const show = (metrics: MetricsSnapshot) =>
  render(
    <MetricsInUse
      metrics={metrics}
      allocatable={{ cpu: 4, memory: 8 * GiB }}
      intervalMs={15_000}
      windowMs={900_000}
    />,
  );

describe('MetricsInUse', () => {
  it('says what to do without metrics-server', () => {
    show(snapshot({ status: 'absent', error: new ApiError('not found', { status: 404 }) }));
    const note = screen.getByTestId('no-metrics');
    expect(within(note).getByText(/metrics-server is not installed/)).toBeTruthy();
    expect(within(note).getByText(/^kubectl apply -f .*metrics-server.*components\.yaml$/)).toBeTruthy();
    expect(within(note).getByText(/--kubelet-insecure-tls/)).toBeTruthy();
    expect(within(note).getByRole('link').getAttribute('href')).toBe(metricsServerDocs);
    expect(screen.queryByRole('figure')).toBeNull();
  });

  it('tells a registered but silent metrics API from other failures', () => {
    const { unmount } = show(
      snapshot({ status: 'unavailable', error: new ApiError('service unavailable', { status: 503 }) }),
    );
    expect(screen.getByText(/registered but does not answer \(service unavailable\)/)).toBeTruthy();
    unmount();
    show(snapshot({ status: 'error', error: new ApiError('forbidden', { status: 403 }) }));
    expect(screen.getByText('Could not read metrics: forbidden')).toBeTruthy();
  });

  it('charts CPU and memory, collecting until the second sample', () => {
    const { rerender } = show(snapshot({ status: 'pending' }));
    expect(screen.getAllByText(/^Collecting samples/)).toHaveLength(2);
    const samples = [
      { time: 0, cpu: 1, memory: 2 * GiB },
      { time: 15_000, cpu: 1.5, memory: 3 * GiB },
    ];
    rerender(
      <MetricsInUse
        metrics={snapshot({ samples })}
        allocatable={{ cpu: 4, memory: 8 * GiB }}
        intervalMs={15_000}
        windowMs={900_000}
      />,
    );
    const [cpu, memory] = screen.getAllByRole('img');
    expect(cpu?.getAttribute('aria-label')).toMatch(/^CPU in use .* now 1.5 of 4 allocatable \(38 %\)/);
    expect(memory?.getAttribute('aria-label')).toMatch(
      /^Memory in use .* now 3Gi of 8Gi allocatable \(38 %\)/,
    );
    expect(screen.getByText('allocatable 8Gi')).toBeTruthy();
  });
});

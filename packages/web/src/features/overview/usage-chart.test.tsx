import { createTheme, ThemeProvider } from '@mui/material/styles';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatCpu } from '../../k8s/quantity.ts';
import { UsageChart, type UsageChartProps } from './usage-chart.tsx';

const end = Date.UTC(2026, 0, 1, 12, 0, 0);
const minute = 60_000;
const props: UsageChartProps = {
  title: 'CPU',
  unitLabel: 'cores',
  points: [
    { time: end - 15 * minute, value: 1 },
    { time: end - 7.5 * minute, value: 2 },
    { time: end, value: 3 },
  ],
  capacity: 4,
  format: formatCpu,
  tickUnit: 1,
  color: '#123456',
  windowMs: 15 * minute,
  // samples 7.5 min apart are joined only with an interval above 3 min (gaps > 2.5 intervals stay open)
  intervalMs: 4 * minute,
};

describe('UsageChart', () => {
  it('draws the samples against capacity with labelled axes and a text summary', () => {
    render(<UsageChart {...props} />);
    const chart = screen.getByRole('img', {
      name: 'CPU in use over the last 15 min: now 3 of 4 allocatable (75 %), lowest 1, highest 3.',
    });
    // plot area: x 46…390, y 8…124; values 0…4
    expect(screen.getByTestId('usage-line').getAttribute('d')).toBe('M46 95L218 66L390 37');
    expect(screen.getByText('CPU (cores)')).toBeTruthy();
    for (const label of ['0', '1', '2', '3', '4', 'now', '−5 min', '−10 min', '−15 min', 'allocatable 4'])
      expect(screen.getByText(label)).toBeTruthy();
    expect(screen.getByText(/: 3 of 4 \(75 %\)$/)).toBeTruthy();
    expect(chart.getAttribute('tabindex')).toBe('0');
  });

  it('leaves gaps longer than 2.5 intervals open', () => {
    render(<UsageChart {...props} intervalMs={15_000} />);
    expect(screen.getByTestId('usage-line').getAttribute('d')).toBe('M46 95h0M218 66h0M390 37h0');
  });

  it('reads out the sample under the keyboard focus or the pointer', () => {
    const { container } = render(<UsageChart {...props} />);
    const chart = screen.getByRole('img');
    fireEvent.focus(chart);
    expect(container.querySelector('circle')?.getAttribute('cx')).toBe('390');
    fireEvent.keyDown(chart, { key: 'ArrowLeft' });
    expect(screen.getByText(/: 2 of 4 \(50 %\)$/)).toBeTruthy();
    expect(container.querySelector('circle')?.getAttribute('cx')).toBe('218');
    fireEvent.keyDown(chart, { key: 'Home' });
    fireEvent.keyDown(chart, { key: 'ArrowLeft' });
    expect(screen.getByText(/: 1 of 4 \(25 %\)$/)).toBeTruthy();
    fireEvent.keyDown(chart, { key: 'End' });
    expect(screen.getByText(/: 3 of 4 \(75 %\)$/)).toBeTruthy();
    fireEvent.blur(chart);
    expect(container.querySelector('circle')).toBeNull();

    chart.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: 0, width: 800, height: 300 });
    fireEvent.pointerMove(chart, { clientX: 450 }); // x 225 in the viewBox: the middle sample
    expect(screen.getByText(/: 2 of 4 \(50 %\)$/)).toBeTruthy();
    fireEvent.pointerLeave(chart);
    expect(container.querySelector('circle')).toBeNull();
  });

  it('says it is collecting samples until there are two', () => {
    render(<UsageChart {...props} points={props.points.slice(0, 1)} intervalMs={15_000} />);
    expect(screen.getByRole('status').textContent).toBe('Collecting samples… (one every 15 s)');
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('takes its axis colours from the theme (dark mode)', () => {
    const dark = createTheme({ palette: { mode: 'dark' } });
    const { container } = render(
      <ThemeProvider theme={dark}>
        <UsageChart {...props} />
      </ThemeProvider>,
    );
    expect(container.querySelector('text')?.getAttribute('fill')).toBe(dark.palette.text.secondary);
    expect(container.querySelector('line')?.getAttribute('stroke')).toBe(dark.palette.divider);
  });
});

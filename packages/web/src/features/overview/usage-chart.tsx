import Box from '@mui/material/Box';
import { useTheme } from '@mui/material/styles';
import Typography from '@mui/material/Typography';
import { useId, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  nearestIndex,
  niceTicks,
  usagePaths,
  xOf,
  yOf,
  type ChartDomain,
  type ChartPoint,
  type PlotArea,
} from './usage-chart-geometry.ts';

/** Props of {@link UsageChart}. */
export interface UsageChartProps {
  /** `CPU`, `Memory`: the caption and the start of the summary. */
  readonly title: string;
  /** What the y axis counts in, when its tick labels do not say it (`cores`). */
  readonly unitLabel?: string;
  /** Oldest first. */
  readonly points: readonly ChartPoint[];
  /** Allocatable, drawn as a dashed line; the y axis reaches at least this far. */
  readonly capacity: number;
  readonly format: (value: number) => string;
  /** The unit y ticks are round multiples of (1 core, 1 GiB). */
  readonly tickUnit: number;
  readonly color: string;
  /** The time span shown, ending at the newest point. */
  readonly windowMs: number;
  /** Between two samples; points more than 2.5 intervals apart are not joined (a gap shows as one). */
  readonly intervalMs: number;
}

const width = 400;
const height = 150;
const area: PlotArea = { left: 46, top: 8, width: 344, height: 116 };
const minute = 60_000;

/**
 * Use over time against capacity, in plain SVG: round y ticks in the resource's units, the last minutes on
 * the x axis, the value under the pointer (or the keyboard: arrows, Home, End) read out above the chart, and
 * a text summary for screen readers. Fewer than two points show "collecting samples" instead.
 */
export function UsageChart(props: UsageChartProps) {
  const { t, i18n } = useTranslation();
  const theme = useTheme();
  const hintId = useId();
  const [activeTime, setActiveTime] = useState<number | undefined>();
  const newest = props.points.at(-1);
  const domainStart = (newest?.time ?? 0) - props.windowMs;
  const points = props.points.filter((p) => p.time >= domainStart);
  const peak = Math.max(props.capacity, ...points.map((p) => p.value));
  const ticks = niceTicks(peak, props.tickUnit);
  const domain: ChartDomain = { start: domainStart, end: newest?.time ?? 0, max: ticks.at(-1) ?? 1 };
  const activeIndex = activeTime === undefined ? -1 : nearestIndex(points, activeTime);
  const shown = points[activeIndex] ?? newest;
  const percent = (value: number) => (props.capacity > 0 ? Math.round((value / props.capacity) * 100) : 0);
  const clock = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'medium' });
  const readout = shown
    ? t('overview.chartValue', {
        time: clock.format(shown.time),
        value: props.format(shown.value),
        capacity: props.format(props.capacity),
        percent: percent(shown.value),
      })
    : '';

  const header = (
    <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 1, flexWrap: 'wrap' }}>
      <Typography component="figcaption" variant="body2" sx={{ fontWeight: 500 }}>
        {props.unitLabel ? `${props.title} (${props.unitLabel})` : props.title}
      </Typography>
      <Typography variant="body2" color="text.secondary" aria-live="polite">
        {readout}
      </Typography>
    </Box>
  );
  if (points.length < 2 || !newest) {
    return (
      <Box component="figure" sx={{ m: 0, mb: 2 }}>
        {header}
        <Typography variant="body2" color="text.secondary" role="status" sx={{ py: 3, textAlign: 'center' }}>
          {t('overview.collecting', { seconds: Math.round(props.intervalMs / 1000) })}
        </Typography>
      </Box>
    );
  }

  const values = points.map((p) => p.value);
  const summary = t('overview.chartSummary', {
    resource: props.title,
    minutes: Math.max(1, Math.round((newest.time - (points[0]?.time ?? newest.time)) / minute)),
    current: props.format(newest.value),
    capacity: props.format(props.capacity),
    percent: percent(newest.value),
    min: props.format(Math.min(...values)),
    max: props.format(Math.max(...values)),
  });
  const paths = usagePaths(points, area, domain, props.intervalMs * 2.5);
  const step = (delta: number | 'first' | 'last') => {
    const current = activeIndex < 0 ? points.length - 1 : activeIndex;
    const next =
      delta === 'first'
        ? 0
        : delta === 'last'
          ? points.length - 1
          : Math.min(points.length - 1, Math.max(0, current + delta));
    setActiveTime(points[next]?.time);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number | 'first' | 'last'> = {
      ArrowLeft: -1,
      ArrowRight: 1,
      Home: 'first',
      End: 'last',
    };
    const move = moves[event.key];
    if (move === undefined) return;
    event.preventDefault();
    step(move);
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    if (rect.width <= 0) return;
    const x = ((event.clientX - rect.left) / rect.width) * width;
    setActiveTime(domain.start + ((x - area.left) / area.width) * (domain.end - domain.start));
  };
  const muted = theme.palette.text.secondary;
  const bottom = area.top + area.height;
  const capacityY = yOf(area, domain, props.capacity);
  const marker = points[activeIndex];
  const minutesShown = props.windowMs / minute;

  return (
    <Box component="figure" sx={{ m: 0, mb: 2 }}>
      {header}
      <Box
        component="svg"
        viewBox={`0 0 ${String(width)} ${String(height)}`}
        role="img"
        aria-label={summary}
        aria-describedby={hintId}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onFocus={() => {
          step('last');
        }}
        onBlur={() => {
          setActiveTime(undefined);
        }}
        onPointerMove={onPointerMove}
        onPointerLeave={() => {
          setActiveTime(undefined);
        }}
        sx={{
          display: 'block',
          width: '100%',
          height: 'auto',
          borderRadius: 1,
          '&:focus-visible': { outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: 2 },
        }}
      >
        {ticks.map((tick) => (
          <g key={tick}>
            <line
              x1={area.left}
              x2={area.left + area.width}
              y1={yOf(area, domain, tick)}
              y2={yOf(area, domain, tick)}
              stroke={theme.palette.divider}
            />
            <text
              x={area.left - 6}
              y={yOf(area, domain, tick) + 3}
              fill={muted}
              fontSize={10}
              textAnchor="end"
            >
              {props.format(tick)}
            </text>
          </g>
        ))}
        {[3, 2, 1, 0].map((k) => (
          <text
            key={k}
            x={area.left + (area.width * (3 - k)) / 3}
            y={height - 6}
            fill={muted}
            fontSize={10}
            textAnchor={k === 3 ? 'start' : k === 0 ? 'end' : 'middle'}
          >
            {k === 0
              ? t('overview.now')
              : t('overview.minutesAgo', { minutes: Math.round((minutesShown * k) / 3) })}
          </text>
        ))}
        <path d={paths.area} fill={props.color} fillOpacity={0.15} stroke="none" />
        <path
          d={paths.line}
          fill="none"
          stroke={props.color}
          strokeWidth={2}
          strokeLinecap="round"
          strokeLinejoin="round"
          data-testid="usage-line"
        />
        {props.capacity > 0 && (
          <g>
            <line
              x1={area.left}
              x2={area.left + area.width}
              y1={capacityY}
              y2={capacityY}
              stroke={theme.palette.text.primary}
              strokeDasharray="4 3"
            />
            <text x={area.left + 4} y={capacityY + 11} fill={muted} fontSize={10}>
              {t('overview.allocatable', { value: props.format(props.capacity) })}
            </text>
          </g>
        )}
        {marker && (
          <g>
            <line
              x1={xOf(area, domain, marker.time)}
              x2={xOf(area, domain, marker.time)}
              y1={area.top}
              y2={bottom}
              stroke={muted}
            />
            <circle
              cx={xOf(area, domain, marker.time)}
              cy={yOf(area, domain, marker.value)}
              r={4}
              fill={props.color}
              stroke={theme.palette.background.paper}
              strokeWidth={2}
            />
          </g>
        )}
      </Box>
      <span id={hintId} hidden>
        {t('overview.chartHint')}
      </span>
    </Box>
  );
}

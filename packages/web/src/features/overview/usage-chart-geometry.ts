/** Pure geometry of the usage charts: axis ticks in round units and SVG paths for a time series. */

/** One value at one time (ms). */
export interface ChartPoint {
  readonly time: number;
  readonly value: number;
}

/** The plot area inside the SVG's viewBox. */
export interface PlotArea {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** The data range the plot area shows: times `start`…`end`, values 0…`max`. */
export interface ChartDomain {
  readonly start: number;
  readonly end: number;
  readonly max: number;
}

/**
 * Ticks from 0 up to the first round value ≥ `max`, about `target` steps, each step 1, 2, 2.5, 4 or 5 × 10ⁿ
 * `unit`s (CPU: unit 1 core → 250m, 500m, 1, 2…; memory: unit 1 GiB → 512Mi, 1Gi, 4Gi…).
 */
export function niceTicks(max: number, unit: number, target = 4): number[] {
  if (!(max > 0) || !(unit > 0)) return [0, unit > 0 ? unit : 1];
  const raw = max / unit / target;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const factor = [1, 2, 2.5, 4, 5, 10].find((f) => f * magnitude >= raw * (1 - 1e-9)) ?? 10;
  const step = factor * magnitude * unit;
  const count = Math.max(1, Math.ceil(max / step - 1e-9));
  return Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

/** The unit memory ticks count in: GiB from 1 GiB up, else MiB. */
export function memoryTickUnit(max: number): number {
  return max >= 2 ** 30 ? 2 ** 30 : 2 ** 20;
}

/** The x of `time` in the plot area. */
export function xOf(area: PlotArea, domain: ChartDomain, time: number): number {
  const span = domain.end - domain.start;
  return area.left + (span > 0 ? ((time - domain.start) / span) * area.width : area.width);
}

/** The y of `value` in the plot area (0 at the bottom, `domain.max` at the top). */
export function yOf(area: PlotArea, domain: ChartDomain, value: number): number {
  const ratio = domain.max > 0 ? Math.min(1, Math.max(0, value / domain.max)) : 0;
  return area.top + area.height * (1 - ratio);
}

const n = (value: number) => String(Number(value.toFixed(1)));

/**
 * The line through `points` (oldest first) and the area under it, as SVG path data. Points before the domain's
 * start are left out; two points further apart than `gapMs` (the page was hidden, the overview closed) are not
 * joined, so a gap shows as one. A lone point is a zero-length segment, which a round line cap draws as a dot.
 */
export function usagePaths(
  points: readonly ChartPoint[],
  area: PlotArea,
  domain: ChartDomain,
  gapMs: number,
): { line: string; area: string } {
  const segments: ChartPoint[][] = [];
  let previous: ChartPoint | undefined;
  for (const point of points) {
    if (point.time < domain.start) continue;
    const current = segments.at(-1);
    if (current && previous && point.time - previous.time <= gapMs) current.push(point);
    else segments.push([point]);
    previous = point;
  }
  const bottom = n(area.top + area.height);
  const line: string[] = [];
  const fill: string[] = [];
  for (const segment of segments) {
    const xy = segment.map((p) => `${n(xOf(area, domain, p.time))} ${n(yOf(area, domain, p.value))}`);
    line.push(xy.length === 1 ? `M${xy[0] ?? ''}h0` : `M${xy.join('L')}`);
    const first = segment[0];
    const last = segment.at(-1);
    if (segment.length > 1 && first && last) {
      const x0 = n(xOf(area, domain, first.time));
      const x1 = n(xOf(area, domain, last.time));
      fill.push(`M${x0} ${bottom}L${xy.join('L')}L${x1} ${bottom}Z`);
    }
  }
  return { line: line.join(''), area: fill.join('') };
}

/** The index of the point closest in time to `time` (-1 without points). */
export function nearestIndex(points: readonly ChartPoint[], time: number): number {
  let best = -1;
  let distance = Infinity;
  points.forEach((point, index) => {
    const d = Math.abs(point.time - time);
    if (d < distance) {
      best = index;
      distance = d;
    }
  });
  return best;
}

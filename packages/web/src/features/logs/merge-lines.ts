/**
 * Merging the lines of several log streams (all pods of a workload) into one ordered run. Each stream is in
 * time order by itself; lines that arrived in the same animation frame are merged by their timestamp, so the
 * tails that several pods send at once interleave correctly, and later lines append in arrival order.
 */
import { compareTimestamps, type LogLine } from './log-line.ts';

/**
 * Merges per-stream runs (each already in time order) into one run in time order; equal timestamps keep
 * stream order, and lines without a timestamp stay where their stream put them relative to the others.
 */
export function mergeRuns(runs: readonly (readonly LogLine[])[]): LogLine[] {
  const nonEmpty = runs.filter((run) => run.length > 0);
  if (nonEmpty.length === 0) return [];
  if (nonEmpty.length === 1) return [...(nonEmpty[0] ?? [])];
  const positions = nonEmpty.map(() => 0);
  const total = nonEmpty.reduce((sum, run) => sum + run.length, 0);
  const out: LogLine[] = [];
  while (out.length < total) {
    let best = -1;
    let bestLine: LogLine | undefined;
    nonEmpty.forEach((run, i) => {
      const line = run[positions[i] ?? 0];
      if (!line) return;
      if (!bestLine || compareTimestamps(line.timestamp ?? bestLine.timestamp, bestLine.timestamp) < 0) {
        best = i;
        bestLine = line;
      }
    });
    if (!bestLine) break;
    out.push(bestLine);
    positions[best] = (positions[best] ?? 0) + 1;
  }
  return out;
}

/** The contract between bench/run.ts and a scenario. */
import type { ClusterInfo } from '../../tools/testcluster/node/testcluster.ts';
import type { KubeAdmin } from './kube.ts';
import type { ScenarioReport } from './report.ts';

/** Knobs from the command line. */
export interface BenchOptions {
  /** Length of one measured load run (proxy overhead), ms. */
  readonly durationMs: number;
  /** Measured rounds per comparison (targets rotate order each round: A/B/C, B/C/A, …); the browser's page loads. */
  readonly rounds: number;
  /** Big-list sizes; undefined: 10k then 50k, or 25k when 50k would take too long to create. */
  readonly sizes: readonly number[] | undefined;
}

/** What every scenario gets: the cluster, an admin client to it, the options and a progress logger. */
export interface BenchContext {
  readonly cluster: ClusterInfo;
  readonly admin: KubeAdmin;
  readonly options: BenchOptions;
  log(line: string): void;
}

/** One benchmark scenario. */
export interface Scenario {
  readonly name: string;
  /** Short description for --help. */
  readonly summary: string;
  run(context: BenchContext): Promise<ScenarioReport>;
}

/** Rotates `items` left by `round` (so each item takes each position across rounds). */
export function rotate<T>(items: readonly T[], round: number): T[] {
  const shift = round % Math.max(1, items.length);
  return [...items.slice(shift), ...items.slice(0, shift)];
}

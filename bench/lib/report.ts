/**
 * What a scenario reports: tables, target verdicts and notes, printed to the console and appended as a
 * dated section to BENCHMARKS.md with the machine, the command and the load average around the run.
 */
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../../tools/testcluster/node/testcluster.ts';

/** The benchmark log at the repository root. */
export const benchmarksFile = join(repoRoot, 'BENCHMARKS.md');

/** A table: a header row and rows of already-formatted cells. */
export interface Table {
  readonly caption?: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** One target of the issue and how the run compares (`met` undefined: not applicable / not measured). */
export interface Verdict {
  readonly what: string;
  readonly measured: string;
  readonly target: string;
  readonly met: boolean | undefined;
  /** By how much it was missed, or why it does not apply. */
  readonly note?: string;
}

/** A scenario's results. */
export interface ScenarioReport {
  readonly scenario: string;
  readonly title: string;
  readonly tables: readonly Table[];
  readonly verdicts: readonly Verdict[];
  readonly notes: readonly string[];
}

/** Where and when a scenario ran. */
export interface RunInfo {
  readonly command: string;
  readonly startedAt: Date;
  readonly loadBefore: string;
  readonly loadAfter: string;
  readonly durationS: number;
}

/** CPU model, cores, memory, kernel and Node version of this machine. */
export function machineDescription(): string {
  const cpus = os.cpus();
  const memGiB = (os.totalmem() / 2 ** 30).toFixed(0);
  return `${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${String(cpus.length)} cores, ${memGiB} GiB, Linux ${os.release()}, Node ${process.version}`;
}

/** A Markdown table with padded columns (readable on a console too). */
export function markdownTable(table: Table): string {
  const widths = table.columns.map((column, i) =>
    Math.max(column.length, ...table.rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: readonly string[]): string =>
    `| ${widths.map((width, i) => (cells[i] ?? '').padEnd(width)).join(' | ')} |`;
  const separator = `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`;
  const lines = [line(table.columns), separator, ...table.rows.map(line)];
  return (table.caption === undefined ? '' : `${table.caption}\n\n`) + lines.join('\n');
}

function verdictLine(verdict: Verdict): string {
  const status = verdict.met === undefined ? 'n/a' : verdict.met ? '**met**' : '**MISSED**';
  const note = verdict.note === undefined ? '' : ` — ${verdict.note}`;
  return `- ${verdict.what}: ${verdict.measured} (target ${verdict.target}) → ${status}${note}`;
}

/** The Markdown section for one scenario run. */
export function renderReport(report: ScenarioReport, run: RunInfo): string {
  const parts = [
    `## ${report.title} — ${run.startedAt.toISOString().replace(/\.\d+Z$/, 'Z')}`,
    [
      `- Machine: ${machineDescription()}`,
      `- Command: \`${run.command}\` (scenario \`${report.scenario}\`, ${run.durationS.toFixed(0)} s)`,
      `- Load average (1/5/15 min) before: ${run.loadBefore}; after: ${run.loadAfter}`,
    ].join('\n'),
    ...report.tables.map(markdownTable),
  ];
  if (report.verdicts.length > 0) parts.push(`Targets:\n\n${report.verdicts.map(verdictLine).join('\n')}`);
  if (report.notes.length > 0) parts.push(report.notes.map((note) => `- ${note}`).join('\n'));
  return `${parts.join('\n\n')}\n`;
}

const HEADER = `# Benchmarks

Measured side by side in one run by \`npm run bench\` (see bench/run.ts); each scenario appends a section below.
`;

/** Prints the section and, unless `append` is false, appends it to BENCHMARKS.md. */
export function publishReport(report: ScenarioReport, run: RunInfo, append: boolean): void {
  const text = renderReport(report, run);
  process.stdout.write(`\n${text}\n`);
  if (!append) return;
  if (!existsSync(benchmarksFile)) writeFileSync(benchmarksFile, HEADER);
  appendFileSync(benchmarksFile, `\n${text}`);
}

/**
 * CPU time and memory of another process, read from /proc (Linux only): what a server costs while a
 * benchmark drives it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

/** Clock ticks per second of /proc/PID/stat times (almost always 100). */
const CLOCK_TICKS = ((): number => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** One reading of a process. */
export interface ProcessSample {
  /** User + system CPU time so far, in seconds. */
  readonly cpuSeconds: number;
  /** Resident set size now (VmRSS). */
  readonly rssBytes: number;
  /** Peak resident set size since start or the last {@link resetPeakRss} (VmHWM). */
  readonly peakRssBytes: number;
  /** `performance.now()` when read. */
  readonly at: number;
}

function statusKiB(status: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return Number(match?.[1] ?? Number.NaN) * 1024;
}

/** Reads CPU time and memory of `pid`. Throws if the process is gone. */
export function sampleProcess(pid: number): ProcessSample {
  const stat = readFileSync(`/proc/${String(pid)}/stat`, 'utf8');
  // The command name (field 2) is in parentheses and may contain spaces: split after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime (14) + stime (15)
  const status = readFileSync(`/proc/${String(pid)}/status`, 'utf8');
  return {
    cpuSeconds: ticks / CLOCK_TICKS,
    rssBytes: statusKiB(status, 'VmRSS'),
    peakRssBytes: statusKiB(status, 'VmHWM'),
    at: performance.now(),
  };
}

/** CPU used between two samples, in cores (1 = one core busy the whole time). */
export function coresBetween(before: ProcessSample, after: ProcessSample): number {
  const seconds = (after.at - before.at) / 1000;
  return seconds > 0 ? (after.cpuSeconds - before.cpuSeconds) / seconds : Number.NaN;
}

/**
 * Resets the process's peak RSS (VmHWM) to its current RSS by writing 5 to /proc/PID/clear_refs, so a
 * later VmHWM is the peak of what happened in between — no sampling gaps. False when not permitted.
 */
export function resetPeakRss(pid: number): boolean {
  try {
    writeFileSync(`/proc/${String(pid)}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** The 1, 5 and 15 minute load averages, formatted. */
export function loadAverage(): string {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return 'unknown';
  }
}

/**
 * One line of container output as the log viewer holds it. Logs are always requested with `timestamps=true`,
 * so every line carries the API server's RFC 3339 timestamp: it orders the lines of several pods and is where
 * a dropped stream resumes (`sinceTime`). Showing it is the user's choice.
 */
import { stripAnsi } from './sgr-parser.ts';

/** Where a line came from: a pod's container. */
export interface LogSource {
  readonly pod: string;
  readonly container: string;
}

/** A line in the viewer. */
export interface LogLine {
  /** Increasing per viewer, stable while the line is kept (React key, selection). */
  readonly seq: number;
  readonly source: LogSource;
  /** The timestamp the API server put in front of the line (`2026-12-02T10:00:00.123456789Z`), if any. */
  readonly timestamp: string | undefined;
  /** The line as written, ANSI escapes included. */
  readonly text: string;
  /** `text` without escapes, lower-cased lazily for search. */
  readonly plain: string;
}

const timestampPattern = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})) /;

/** Splits the `timestamps=true` prefix off a raw line; a line without one keeps its text unchanged. */
export function splitTimestamp(raw: string): { timestamp: string | undefined; text: string } {
  const match = timestampPattern.exec(raw);
  if (!match) return { timestamp: undefined, text: raw };
  return { timestamp: match[1], text: raw.slice(match[0].length) };
}

/** Builds a {@link LogLine} from one raw line of the stream. */
export function toLogLine(raw: string, source: LogSource, seq: number): LogLine {
  const { timestamp, text } = splitTimestamp(raw.endsWith('\r') ? raw.slice(0, -1) : raw);
  return { seq, source, timestamp, text, plain: stripAnsi(text) };
}

/**
 * Compares two RFC 3339 timestamps from the API server. They are UTC (`Z`) with up to nine fraction digits, so
 * padding the fraction makes string order time order. Missing timestamps sort first.
 */
export function compareTimestamps(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  const pa = padFraction(a);
  const pb = padFraction(b);
  return pa < pb ? -1 : pa > pb ? 1 : 0;
}

function padFraction(timestamp: string): string {
  const match = /^([^.Z+]+)(?:\.(\d+))?(.*)$/.exec(timestamp);
  if (!match) return timestamp;
  return `${match[1] ?? ''}.${(match[2] ?? '').padEnd(9, '0')}${match[3] ?? ''}`;
}

/** The prefix shown in front of a line when several pods or containers are merged (`pod/container`). */
export function sourceLabel(source: LogSource, showContainer: boolean): string {
  return showContainer ? `${source.pod}/${source.container}` : source.pod;
}

/** The text of a line as downloaded: optional timestamp and source prefix, no escapes. */
export function lineForDownload(
  line: LogLine,
  options: { timestamps: boolean; prefix: string | undefined },
): string {
  const parts: string[] = [];
  if (options.timestamps && line.timestamp) parts.push(line.timestamp);
  if (options.prefix) parts.push(`[${options.prefix}]`);
  parts.push(line.plain);
  return parts.join(' ');
}

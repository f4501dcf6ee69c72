/** Saves the viewer's lines as a text file through a temporary object URL. */
import { lineForDownload, sourceLabel, type LogLine } from './log-line.ts';

/** How the file is written. */
export interface DownloadOptions {
  /** Base of the file name (`web-1` → `web-1.log`). */
  readonly name: string;
  readonly timestamps: boolean;
  readonly prefix: 'none' | 'pod' | 'container';
}

/** The text of the file: one line per log line, escapes removed. */
export function logFileText(lines: readonly LogLine[], options: DownloadOptions): string {
  return lines
    .map((line) =>
      lineForDownload(line, {
        timestamps: options.timestamps,
        prefix:
          options.prefix === 'none' ? undefined : sourceLabel(line.source, options.prefix === 'container'),
      }),
    )
    .join('\n')
    .concat('\n');
}

/** Starts a browser download of `lines`. */
export function downloadLines(lines: readonly LogLine[], options: DownloadOptions): void {
  const url = URL.createObjectURL(
    new Blob([logFileText(lines, options)], { type: 'text/plain;charset=utf-8' }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = `${options.name}.log`;
  link.click();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}

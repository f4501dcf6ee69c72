/** `--open`: opens a URL in the user's browser. Failure is only logged; the URL is printed anyway. */
import { spawn as nodeSpawn } from 'node:child_process';
import type { ChildProcess, SpawnOptions } from 'node:child_process';
import type { ServiceLogger } from './util/logger.ts';

/** The command that opens a URL on `platform`. */
export function browserCommand(platform: NodeJS.Platform, url: string): { command: string; args: string[] } {
  switch (platform) {
    case 'darwin':
      return { command: 'open', args: [url] };
    case 'win32':
      // `start` treats its first quoted argument as a window title, hence the empty one.
      return { command: 'cmd', args: ['/c', 'start', '""', url] };
    default:
      return { command: 'xdg-open', args: [url] };
  }
}

/** Starts the browser, detached. Errors (no xdg-open, no display) are logged without the URL. */
export function openBrowser(
  url: string,
  options: {
    platform: NodeJS.Platform;
    logger: ServiceLogger;
    spawn?: (command: string, args: string[], options: SpawnOptions) => ChildProcess;
  },
): void {
  const { command, args } = browserCommand(options.platform, url);
  const spawn = options.spawn ?? nodeSpawn;
  try {
    const child = spawn(command, args, { detached: true, stdio: 'ignore' });
    child.on('error', (error) => {
      options.logger.warn(
        { command, error: error.message },
        'could not open a browser; open the login URL yourself',
      );
    });
    child.unref();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    options.logger.warn({ command, error: message }, 'could not open a browser; open the login URL yourself');
  }
}

/**
 * Launches Debian's Chromium through playwright-core (never a downloaded browser): headless, no sandbox,
 * no background traffic. `WHEELHOUSE_CHROMIUM` overrides the executable.
 */
import { chromium, type Browser } from 'playwright-core';

/** Path of the Chromium executable the e2e tests drive. */
export const chromiumPath = process.env['WHEELHOUSE_CHROMIUM'] ?? '/usr/bin/chromium';

/** Starts a headless Chromium. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

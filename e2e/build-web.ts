/**
 * Global setup of the e2e project: builds the web app when packages/web/dist is missing or stale, so the
 * specs always drive the current UI as the server serves it in production.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export function setup(): void {
  execFileSync(process.execPath, [join(import.meta.dirname, '../packages/web/build-if-stale.ts')], {
    stdio: 'inherit',
  });
}

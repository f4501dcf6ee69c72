// @ts-check
/**
 * Whether the server bundle (dist/bundle/, built by bundle/build.ts) is newer than everything it is built
 * from. Plain JavaScript: bin/wheelhouse.js loads it before deciding to run the bundle, and any TypeScript
 * at that point would load Node's type stripper (~150 ms and ~17 MiB RSS), which the bundle exists to avoid.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { URL, fileURLToPath } from 'node:url';

/** packages/server */
export const serverDir = fileURLToPath(new URL('..', import.meta.url));

/**
 * The bundle's entry. It sits two directories below packages/server, like src/config/server-config.ts,
 * whose `new URL('../../../web/dist', import.meta.url)` (the default --web-dir) must resolve the same way.
 */
export const bundleEntry = join(serverDir, 'dist', 'bundle', 'cli.js');

/**
 * What the bundle is built from: the sources (tests excluded), the API types, the build scripts (bundle/),
 * dependency versions.
 */
export const bundleInputs = [
  join(serverDir, 'src'),
  join(serverDir, '..', 'api-types', 'src'),
  join(serverDir, 'package.json'),
  join(serverDir, 'bundle'),
  join(serverDir, '..', '..', 'package-lock.json'),
];

/**
 * Newest modification time under `path` (ms), test files excluded.
 * @param {string} path
 * @returns {number}
 */
function newestMtime(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (stat === undefined) return 0;
  if (!stat.isDirectory()) return path.endsWith('.test.ts') ? 0 : stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/**
 * True when the bundle exists and no input changed after it was built.
 * @returns {boolean}
 */
export function bundleIsFresh() {
  if (!existsSync(bundleEntry)) return false;
  const built = statSync(bundleEntry).mtimeMs;
  return bundleInputs.every((input) => newestMtime(input) <= built);
}

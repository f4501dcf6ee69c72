/**
 * Builds the web app when packages/web/dist is missing or older than its sources, so `npm start` always
 * serves the current UI without rebuilding on every start. Run with Node 24 (type stripping).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const webDir = import.meta.dirname;
const builtIndex = join(webDir, 'dist', 'index.html');

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

const inputs = ['src', 'index.html', 'vite.config.ts', 'package.json', '../api-types/src'].map((p) =>
  join(webDir, p),
);
const sourceTime = Math.max(...inputs.filter((p) => existsSync(p)).map(newestMtime));
if (!existsSync(builtIndex) || statSync(builtIndex).mtimeMs < sourceTime) {
  process.stdout.write('Building the web app (packages/web)…\n');
  execFileSync(process.execPath, [join(webDir, '../../node_modules/vite/bin/vite.js'), 'build'], {
    cwd: webDir,
    stdio: 'inherit',
    // Test runners set NODE_ENV=test, which would make Vite bundle React's development build.
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

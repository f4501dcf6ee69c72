/**
 * `node bench/import-times.ts FILE.ts`: imports each top-level (non-type) import of FILE in source order
 * and prints the time and RSS after each one — what each import costs at start on top of the ones before.
 * Run it with `--cpu-prof` for the details.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const file = process.argv[2];
if (file === undefined) {
  console.error('usage: node bench/import-times.ts FILE.ts');
  process.exit(2);
}
const base = pathToFileURL(resolve(file));
const source = readFileSync(file, 'utf8');
const specifiers = [...source.matchAll(/^import (?!type )[^;]*?from '([^']+)';/gms)].map((m) => m[1] ?? '');
const mib = (): string => (process.memoryUsage().rss / 1048576).toFixed(0);
const t0 = performance.now();
for (const specifier of specifiers) {
  const t = performance.now();
  const target = specifier.startsWith('.') ? new URL(specifier, base).href : specifier;
  await import(target.startsWith('file:') ? target : resolveBare(target));
  const ms = (performance.now() - t).toFixed(0).padStart(6);
  console.info(`${ms} ms  rss ${mib().padStart(4)} MiB  ${specifier}`);
}
console.info(`${(performance.now() - t0).toFixed(0).padStart(6)} ms  total`);

/** A package name resolved from FILE's directory (node_modules lookup), as FILE's own import would. */
function resolveBare(specifier: string): string {
  if (specifier.startsWith('node:')) return specifier;
  return pathToFileURL(createRequire(base).resolve(specifier)).href;
}

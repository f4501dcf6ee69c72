/**
 * `node packages/server/bundle/build.ts [--if-stale]`: bundles the server (src/cli.ts and everything it
 * imports, dependencies included) into dist/bundle/ with rolldown, minified, for bin/wheelhouse.js to run.
 * The client-node credential module stays a separate chunk, loaded only by clusters that need it.
 * `--if-stale` builds only when an input changed since the last build (`npm start` runs it first).
 */
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'rolldown';
import { bundleEntry, bundleIsFresh, serverDir } from './freshness.js';
import { lazyRequiresPlugin } from './lazy-requires.ts';

/**
 * Builds `outDir` (default dist/bundle/) from scratch; resolves with the time it took (ms). Another
 * `outDir` must also sit two directories below packages/server (see freshness.js, `bundleEntry`).
 */
export async function buildBundle(outDir = dirname(bundleEntry)): Promise<number> {
  const t0 = performance.now();
  rmSync(outDir, { recursive: true, force: true });
  await build({
    input: join(serverDir, 'src', 'cli.ts'),
    platform: 'node',
    logLevel: 'warn',
    plugins: [lazyRequiresPlugin()],
    // Required on first use from node_modules (src/http/lazy-schema-compilers.ts): a start never reads them.
    external: ['@fastify/ajv-compiler', '@fastify/fast-json-stringify-compiler'],
    // Names stay: Fastify plugins and error classes are reported by name.
    output: { dir: outDir, format: 'esm', minify: true, keepNames: true, sourcemap: false },
  });
  return performance.now() - t0;
}

if (import.meta.main) {
  if (process.argv.includes('--if-stale') && bundleIsFresh()) process.exit(0);
  process.stdout.write('Bundling the server (packages/server/dist/bundle)…\n');
  const ms = await buildBundle();
  process.stdout.write(`Bundled in ${(ms / 1000).toFixed(1)} s.\n`);
}

/**
 * A rolldown plugin that defers modules a dependency requires when it loads but uses only on a path
 * Wheelhouse takes late or never, so a start does not evaluate them (BENCHMARKS.md, start and weight):
 * - fastify's server.js requires `node:http2` for its `http2: true` option, which Wheelhouse never sets
 *   (require('node:http2') alone costs 10–12 ms);
 * - @fastify/static requires `glob` to list the files for its `wildcard: false` option; Wheelhouse serves
 *   the web app with `wildcard: true`.
 * Each statement becomes one that requires the module on first use, so the code still works if the path
 * is ever taken.
 */
import type { Plugin } from 'rolldown';

/** A dependency file (path suffix), the exact statement to replace, and its lazy replacement. */
export interface LazyRequire {
  readonly file: string;
  readonly statement: string;
  readonly replacement: string;
}

export const lazyRequires: readonly LazyRequire[] = [
  {
    file: '/node_modules/fastify/lib/server.js',
    statement: "const http2 = require('node:http2')",
    replacement: "const http2 = new Proxy({}, { get: (_target, key) => require('node:http2')[key] })",
  },
  {
    file: '/node_modules/@fastify/static/index.js',
    statement: "const { glob } = require('glob')",
    replacement: "const glob = (...args) => require('glob').glob(...args)",
  },
];

/**
 * The plugin. A build fails when a listed file no longer contains its statement or is no longer in the
 * bundle (a dependency update changed it): the list must then be checked again rather than silently stop
 * deferring.
 */
export function lazyRequiresPlugin(entries: readonly LazyRequire[] = lazyRequires): Plugin {
  const seen = new Set<LazyRequire>();
  return {
    name: 'wheelhouse-lazy-requires',
    transform(code, id) {
      const entry = entries.find((candidate) => id.replaceAll('\\', '/').endsWith(candidate.file));
      if (entry === undefined) return null;
      if (!code.includes(entry.statement))
        this.error(`lazy-requires: ${entry.file} no longer contains "${entry.statement}"`);
      seen.add(entry);
      return code.replace(entry.statement, entry.replacement);
    },
    buildEnd(error) {
      if (error !== undefined) return;
      const missing = entries.filter((entry) => !seen.has(entry)).map((entry) => entry.file);
      if (missing.length > 0) this.error(`lazy-requires: not in the bundle: ${missing.join(', ')}`);
    },
  };
}

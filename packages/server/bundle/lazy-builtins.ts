/**
 * A rolldown plugin that defers built-in modules a dependency requires at load but uses only on a path
 * Wheelhouse never takes. Fastify's server.js requires `node:http2` at the top for its `http2: true`
 * option, which Wheelhouse does not set; loading http2 costs ~10 ms of a ~300 ms start (BENCHMARKS.md,
 * start and weight). The module's binding becomes a proxy that requires the built-in on first property
 * access, so the code behaves the same if the path is ever taken.
 */
import type { Plugin } from 'rolldown';

/** What to defer: the dependency file (path suffix) and the exact statement that requires the built-in. */
export interface LazyBuiltin {
  readonly file: string;
  readonly statement: string;
  readonly binding: string;
  readonly builtin: string;
}

export const lazyBuiltins: readonly LazyBuiltin[] = [
  {
    file: '/node_modules/fastify/lib/server.js',
    statement: "const http2 = require('node:http2')",
    binding: 'http2',
    builtin: 'node:http2',
  },
];

/** The statement that replaces `entry.statement`. */
export function lazyStatement(entry: LazyBuiltin): string {
  const load = `require(${JSON.stringify(entry.builtin)})`;
  return `const ${entry.binding} = new Proxy({}, { get: (_target, key) => ${load}[key] })`;
}

/**
 * The plugin. A build fails when a listed file no longer contains its statement (a dependency update
 * changed it): the list must then be checked again rather than silently stop deferring.
 */
export function lazyBuiltinsPlugin(entries: readonly LazyBuiltin[] = lazyBuiltins): Plugin {
  const seen = new Set<LazyBuiltin>();
  return {
    name: 'wheelhouse-lazy-builtins',
    transform(code, id) {
      const entry = entries.find((candidate) => id.replaceAll('\\', '/').endsWith(candidate.file));
      if (entry === undefined) return null;
      if (!code.includes(entry.statement))
        this.error(`lazy-builtins: ${entry.file} no longer contains "${entry.statement}"`);
      seen.add(entry);
      return code.replace(entry.statement, lazyStatement(entry));
    },
    buildEnd(error) {
      if (error !== undefined) return;
      const missing = entries.filter((entry) => !seen.has(entry)).map((entry) => entry.file);
      if (missing.length > 0) this.error(`lazy-builtins: not in the bundle: ${missing.join(', ')}`);
    },
  };
}

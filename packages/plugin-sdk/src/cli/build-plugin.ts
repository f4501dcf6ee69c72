/**
 * `wheelhouse-plugin build`: bundles a plugin into the single ES module its package.json names as entry
 * (`wheelhouse.entry`, else `module`, else `main`), from `wheelhouse.source` (default `src/index.tsx`, else
 * `src/index.ts`). React, ReactDOM, MUI, Emotion and the SDK are not bundled: each import of them becomes a
 * read of `globalThis.__wheelhouse.modules`, which the host fills before it imports plugins.
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { rolldown } from 'rolldown';
import type { Plugin } from 'rolldown';
import { HOST_GLOBAL, hostModuleOf } from '../host-modules.ts';

/** Options of {@link buildPlugin}. */
export interface BuildPluginOptions {
  /** The plugin folder (holds package.json). */
  readonly dir: string;
  /** Minify the output (default true). */
  readonly minify?: boolean;
}

/** What a build produced. */
export interface BuildPluginResult {
  readonly name: string;
  /** Absolute path of the written entry module. */
  readonly outFile: string;
  readonly bytes: number;
}

/** A build problem a person can act on (bad package.json, missing source). */
export class PluginBuildError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PluginBuildError';
  }
}

const VIRTUAL = '\0wheelhouse-host:';

/** The rolldown plugin that turns imports of shared modules into reads of the host's global. */
export function hostModulesPlugin(): Plugin {
  return {
    name: 'wheelhouse-host-modules',
    resolveId(source) {
      return hostModuleOf(source) === undefined ? null : { id: VIRTUAL + source, moduleSideEffects: false };
    },
    load(id) {
      if (!id.startsWith(VIRTUAL)) return null;
      const shared = hostModuleOf(id.slice(VIRTUAL.length));
      if (shared === undefined) return null;
      const read = `globalThis[${JSON.stringify(HOST_GLOBAL)}].modules[${JSON.stringify(shared.id)}]`;
      // CommonJS on purpose: named imports become property reads at use time, so no export list is needed,
      // and `module.exports` is itself the default export (the host shares React's CommonJS exports object,
      // a component for `@mui/material/NAME`), which both of Rolldown's interop modes agree on.
      const check = `if (!globalThis[${JSON.stringify(HOST_GLOBAL)}]) throw new Error('This Wheelhouse plugin must be loaded by Wheelhouse (no host modules found)');`;
      const value = shared.member === undefined ? read : `${read}[${JSON.stringify(shared.member.name)}]`;
      return `${check}\nmodule.exports = ${value};`;
    },
  };
}

interface Manifest {
  readonly name: string;
  readonly entry: string;
  readonly source: string;
}

async function readManifest(dir: string): Promise<Manifest> {
  const file = path.join(dir, 'package.json');
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new PluginBuildError(`cannot read ${file}: ${(error as Error).message}`);
  }
  const record = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  const wheelhouse = (typeof record['wheelhouse'] === 'object' ? record['wheelhouse'] : {}) as Record<
    string,
    unknown
  >;
  const name = record['name'];
  if (typeof name !== 'string' || name === '') throw new PluginBuildError(`${file} has no "name"`);
  const entry = wheelhouse['entry'] ?? record['module'] ?? record['main'];
  if (typeof entry !== 'string' || !/\.m?js$/.test(entry))
    throw new PluginBuildError(`${file}: set "wheelhouse": {"entry": "dist/index.js"} (a .js or .mjs file)`);
  const declared = wheelhouse['source'];
  if (declared !== undefined && typeof declared !== 'string')
    throw new PluginBuildError(`${file}: "wheelhouse.source" must be a path such as "src/index.tsx"`);
  const source =
    declared ?? ['src/index.tsx', 'src/index.ts'].find((candidate) => existsSync(path.join(dir, candidate)));
  if (source === undefined || !existsSync(path.join(dir, source)))
    throw new PluginBuildError(
      `${dir}: no source module (${declared ?? 'src/index.tsx or src/index.ts'}); set "wheelhouse.source"`,
    );
  return { name, entry, source };
}

/** Builds the plugin in `options.dir`. */
export async function buildPlugin(options: BuildPluginOptions): Promise<BuildPluginResult> {
  const dir = path.resolve(options.dir);
  const manifest = await readManifest(dir);
  const outFile = path.join(dir, manifest.entry);
  const bundle = await rolldown({
    input: path.join(dir, manifest.source),
    cwd: dir,
    platform: 'browser',
    plugins: [hostModulesPlugin()],
    transform: { jsx: { runtime: 'automatic' }, define: { 'process.env.NODE_ENV': '"production"' } },
    logLevel: 'warn',
  });
  try {
    await bundle.write({
      file: outFile,
      format: 'esm',
      codeSplitting: false,
      minify: options.minify ?? true,
      sourcemap: true,
    });
  } finally {
    await bundle.close();
  }
  return { name: manifest.name, outFile, bytes: (await stat(outFile)).size };
}

#!/usr/bin/env node
/** The `wheelhouse-plugin` command: `wheelhouse-plugin build [DIR…]` (default: the current directory). */
import { buildPlugin, PluginBuildError } from './build-plugin.ts';

const USAGE = `Usage: wheelhouse-plugin build [DIR...]

Bundles each plugin folder (default: the current directory) into the entry module its package.json names
("wheelhouse": {"entry": "dist/index.js", "source": "src/index.tsx"}). React, MUI and the SDK come from
Wheelhouse at run time and are not bundled.`;

async function run(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command !== 'build') {
    process.stderr.write(`wheelhouse-plugin: unknown command "${command}"\n\n${USAGE}\n`);
    return 2;
  }
  let failed = false;
  for (const dir of rest.length === 0 ? ['.'] : rest) {
    try {
      const result = await buildPlugin({ dir });
      process.stdout.write(`built ${result.name} → ${result.outFile} (${String(result.bytes)} bytes)\n`);
    } catch (error) {
      failed = true;
      const message = error instanceof PluginBuildError ? error.message : String(error);
      process.stderr.write(`wheelhouse-plugin: ${dir}: ${message}\n`);
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = await run(process.argv.slice(2));

/**
 * Builds every example plugin with `wheelhouse-plugin build` (the SDK's build function): the e2e specs call
 * it before they start Wheelhouse with `--plugins-dir plugins/examples`. Also runnable on its own:
 * `node plugins/examples/build-examples.ts`.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildPlugin } from '@wheelhouse/plugin-sdk/build';

/** The examples folder. */
export const examplesDir = import.meta.dirname;

/** Folders of the example plugins. */
export function exampleDirs(): string[] {
  return readdirSync(examplesDir)
    .map((name) => path.join(examplesDir, name))
    .filter((dir) => statSync(dir).isDirectory() && !path.basename(dir).startsWith('.'));
}

/** Builds them all; rejects naming the first that fails. */
export async function buildExamples(): Promise<void> {
  for (const dir of exampleDirs()) await buildPlugin({ dir });
}

if (process.argv[1] === import.meta.filename) await buildExamples();

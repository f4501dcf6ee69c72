#!/usr/bin/env node
// @ts-check
/**
 * The `wheelhouse` command's launcher. Runs the prebuilt server bundle (dist/bundle/, `npm start` builds it)
 * when it is newer than every source, otherwise the TypeScript sources through Node's type stripping: same
 * code, same behaviour. The bundle starts in a fraction of the time and memory (BENCHMARKS.md, start and
 * weight): one file instead of ~1,000 modules to resolve and read, and no type stripper in the process.
 * Plain JavaScript for the same reason. V8's compile cache (Node's default directory) keeps the compiled
 * bundle between starts. `process` is the global: an ESM import of node:process copies all its properties,
 * stdin's getter included, which builds a stdin stream the server never reads (~10 ms of a start).
 */
/* global process */
import module from 'node:module';
import { pathToFileURL } from 'node:url';
import { bundleEntry, bundleIsFresh } from '../bundle/freshness.js';

module.enableCompileCache();
if (process.env['WHEELHOUSE_FROM_SOURCES'] !== '1' && bundleIsFresh()) {
  await import(pathToFileURL(bundleEntry).href);
} else {
  await import('../src/cli.ts');
}

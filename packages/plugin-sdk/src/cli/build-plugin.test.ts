/**
 * Builds a real plugin with `buildPlugin`, then imports the bundle in Node with a fake host global: the
 * shared modules come from the host (not the bundle), and the plugin's export is what definePlugin made.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Sdk from '../index.ts';
import { buildPlugin, PluginBuildError } from './build-plugin.ts';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'wheelhouse-plugin-build-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
  Reflect.deleteProperty(globalThis, '__wheelhouse');
});

async function write(files: Record<string, string>): Promise<void> {
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
}

describe('buildPlugin', () => {
  it('bundles a plugin that takes React, MUI and the SDK from the host', async () => {
    await write({
      'package.json': JSON.stringify({
        name: 'demo',
        version: '1.0.0',
        wheelhouse: { entry: 'dist/index.js' },
      }),
      'src/index.tsx': `
        import Button from '@mui/material/Button';
        import { useState } from 'react';
        import { definePlugin } from '@wheelhouse/plugin-sdk';
        function Hello() { const [n] = useState(1); return <Button>{n}</Button>; }
        export const plugin = definePlugin({ name: 'demo', setup(ctx) { ctx.appBarActions.add({ id: 'x', component: Hello }); } });
      `,
    });
    const result = await buildPlugin({ dir, minify: false });
    expect(result).toMatchObject({ name: 'demo', outFile: path.join(dir, 'dist/index.js') });
    const code = await readFile(result.outFile, 'utf8');
    expect(code).not.toContain('react.production');
    expect(code).not.toContain('createContext');
    const FakeButton = (): null => null;
    const fakeReact = { useState: (value: unknown) => [value, () => undefined] };
    const jsx = { jsx: (type: unknown, props: unknown) => ({ type, props }) };
    Object.defineProperty(globalThis, '__wheelhouse', {
      configurable: true,
      value: {
        modules: {
          react: fakeReact,
          'react/jsx-runtime': jsx,
          '@mui/material': { Button: FakeButton },
          '@wheelhouse/plugin-sdk': Sdk,
        },
      },
    });
    const module = (await import(pathToFileURL(result.outFile).href)) as { plugin: Sdk.DefinedPlugin };
    expect(Sdk.isDefinedPlugin(module.plugin)).toBe(true);
    const added: { component: () => { type: unknown; props: { children: unknown } } }[] = [];
    await module.plugin.setup({ appBarActions: { add: (value: never) => added.push(value) } } as never);
    const element = added[0]?.component();
    expect(element?.type).toBe(FakeButton);
    expect(element?.props.children).toBe(1);
  });

  it('explains a missing entry and a missing source', async () => {
    await write({ 'package.json': JSON.stringify({ name: 'demo', version: '1.0.0' }) });
    await expect(buildPlugin({ dir })).rejects.toThrow(/"wheelhouse": \{"entry": "dist\/index.js"\}/);
    await write({
      'package.json': JSON.stringify({ name: 'demo', version: '1.0.0', main: 'dist/index.js' }),
    });
    await expect(buildPlugin({ dir })).rejects.toBeInstanceOf(PluginBuildError);
    await expect(buildPlugin({ dir })).rejects.toThrow(/no source module/);
  });
});

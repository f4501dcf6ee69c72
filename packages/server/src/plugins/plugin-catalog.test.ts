import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, waitFor } from '../testing/test-config.ts';
import { PluginCatalog, pluginDirsOf } from './plugin-catalog.ts';

let root: string;
let cleanup: () => Promise<void>;
let catalog: PluginCatalog | undefined;

async function plugin(
  dir: string,
  folder: string,
  name: string,
  body = 'export const plugin = 1;',
): Promise<void> {
  await mkdir(path.join(dir, folder, 'dist'), { recursive: true });
  await writeFile(
    path.join(dir, folder, 'package.json'),
    JSON.stringify({ name, version: '1.0.0', main: 'dist/index.js' }),
  );
  await writeFile(path.join(dir, folder, 'dist', 'index.js'), body);
}

function create(canConfigure = true, debounceMs = 20): PluginCatalog {
  catalog = new PluginCatalog({
    dirs: [
      { kind: 'plugins-dir', dir: path.join(root, 'a') },
      { kind: 'config-dir', dir: path.join(root, 'b') },
    ],
    stateFile: path.join(root, 'plugins.yaml'),
    baseUrl: '',
    canConfigure,
    debounceMs,
  });
  return catalog;
}

beforeEach(async () => {
  ({ dir: root, cleanup } = await makeTempDir());
});
afterEach(async () => {
  catalog?.close();
  await cleanup();
});

describe('PluginCatalog', () => {
  it('keeps the first of two plugins with the same name and explains the second', async () => {
    await plugin(path.join(root, 'a'), 'one', 'same');
    await plugin(path.join(root, 'b'), 'two', 'same');
    const { plugins } = await create().list();
    expect(plugins).toHaveLength(2);
    expect(plugins[0]).toMatchObject({ origin: { kind: 'plugins-dir' }, errors: [] });
    expect(plugins[1]?.entryUrl).toBeUndefined();
    expect(plugins[1]?.errors[0]?.message).toContain('already found');
    expect((await catalog?.find('same'))?.summary.origin.folder).toBe('one');
  });

  it('accepts a plugin folder that is a link, and refuses an entry that links outside it', async () => {
    await plugin(path.join(root, 'elsewhere'), 'linked', 'linked');
    await mkdir(path.join(root, 'a'), { recursive: true });
    await symlink(path.join(root, 'elsewhere', 'linked'), path.join(root, 'a', 'linked'));
    await plugin(path.join(root, 'a'), 'sneaky', 'sneaky');
    await writeFile(path.join(root, 'secret.js'), 'secret');
    await writeFile(
      path.join(root, 'a', 'sneaky', 'package.json'),
      JSON.stringify({ name: 'sneaky', version: '1.0.0', main: 'out.js' }),
    );
    await symlink(path.join(root, 'secret.js'), path.join(root, 'a', 'sneaky', 'out.js'));
    const { plugins } = await create().list();
    expect(plugins.find((p) => p.name === 'linked')?.errors).toEqual([]);
    expect(plugins.find((p) => p.name === 'sneaky')?.errors[0]?.message).toContain(
      'outside the plugin folder',
    );
  });

  it('refuses a package.json that links outside the folder without reading it', async () => {
    await mkdir(path.join(root, 'a', 'evil'), { recursive: true });
    await writeFile(path.join(root, 'passwd'), 'root:x:0:0');
    await symlink(path.join(root, 'passwd'), path.join(root, 'a', 'evil', 'package.json'));
    const { plugins } = await create().list();
    expect(plugins[0]?.errors[0]?.message).toContain('outside the plugin folder');
    expect(JSON.stringify(plugins)).not.toContain('root:x');
  });

  it('saves the enabled state in plugins.yaml', async () => {
    await plugin(path.join(root, 'a'), 'one', 'one');
    const summary = await create().setEnabled('one', false);
    expect(summary.enabled).toBe(false);
    expect(await readFile(path.join(root, 'plugins.yaml'), 'utf8')).toContain('- one');
    expect((await create().list()).plugins[0]?.enabled).toBe(false);
  });

  it('reports an unreadable plugins.yaml and treats every plugin as on', async () => {
    await plugin(path.join(root, 'a'), 'one', 'one');
    await writeFile(path.join(root, 'plugins.yaml'), 'disabled: 3\n');
    const list = await create().list();
    expect(list.settingsError).toContain('"disabled" must be a list');
    expect(list.plugins[0]?.enabled).toBe(true);
    await expect(catalog?.setEnabled('one', false)).rejects.toThrow(/fix or delete it/);
  });

  it('refuses switching when it cannot configure', async () => {
    await plugin(path.join(root, 'a'), 'one', 'one');
    await expect(create(false).setEnabled('one', false)).rejects.toThrow(/operator/);
  });

  it('notices a rebuilt entry and a new plugin when watching', async () => {
    await plugin(path.join(root, 'a'), 'one', 'one');
    const watched = create();
    const first = (await watched.list()).plugins[0]?.entryUrl;
    let changes = 0;
    watched.subscribe(() => (changes += 1));
    watched.watch();
    await writeFile(path.join(root, 'a', 'one', 'dist', 'index.js'), 'export const plugin = 2; // rebuilt');
    await waitFor(() => changes > 0, 5000);
    expect((await watched.list()).plugins[0]?.entryUrl).not.toBe(first);
    await plugin(path.join(root, 'a'), 'two', 'two');
    await waitFor(() => changes > 1, 5000);
    expect((await watched.list()).plugins.map((p) => p.name)).toEqual(['one', 'two']);
  });
});

describe('pluginDirsOf', () => {
  it('lists --plugins-dir first, then <config-dir>/plugins, once when they are the same', () => {
    expect(pluginDirsOf({ pluginsDir: '/p', configDir: '/c' })).toEqual([
      { kind: 'plugins-dir', dir: '/p' },
      { kind: 'config-dir', dir: '/c/plugins' },
    ]);
    expect(pluginDirsOf({ pluginsDir: '/c/plugins', configDir: '/c' })).toEqual([
      { kind: 'config-dir', dir: '/c/plugins' },
    ]);
  });
});

/**
 * Finds the plugins of the plugin directories: every sub-folder (or link to a folder) of each directory is
 * one plugin, described by its package.json (plugin-manifest.ts). A folder whose manifest or entry module
 * is broken is still listed, with errors naming what is wrong, so the Plugins page can say so. A name
 * already found in an earlier directory is listed again with an error and not served.
 */
import { createHash } from 'node:crypto';
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { PluginError, PluginOrigin, PluginOriginKind, PluginSummary } from '@wheelhouse/api-types';
import { isInside } from './plugin-files.ts';
import { MAX_MANIFEST_BYTES, parsePluginManifest } from './plugin-manifest.ts';

/** A directory searched for plugins. */
export interface PluginDir {
  readonly kind: PluginOriginKind;
  readonly dir: string;
}

/** One plugin found: what the API shows, plus the real path of its folder when it may be served. */
export interface PluginRecord {
  readonly summary: PluginSummary;
  /** Real path of the plugin folder; set only when the plugin is valid (it is then served if enabled). */
  readonly root: string | undefined;
}

/** Options of {@link scanPlugins}. */
export interface ScanOptions {
  readonly dirs: readonly PluginDir[];
  readonly disabled: ReadonlySet<string>;
  /** The server's base URL (entry URLs carry it). */
  readonly baseUrl: string;
}

/** At most this many folders per directory are looked at. */
export const MAX_PLUGINS_PER_DIR = 200;

/** Scans every directory (a missing directory holds no plugins). Sorted by name, then directory order. */
export async function scanPlugins(options: ScanOptions): Promise<PluginRecord[]> {
  const records: PluginRecord[] = [];
  const seen = new Map<string, PluginOrigin>();
  for (const dir of options.dirs) {
    for (const folder of await pluginFolders(dir.dir)) {
      const origin: PluginOrigin = { kind: dir.kind, dir: dir.dir, folder };
      const record = await readPlugin(origin, options);
      const first = seen.get(record.summary.name);
      if (first !== undefined) {
        records.push(duplicate(record, first));
        continue;
      }
      seen.set(record.summary.name, origin);
      records.push(record);
    }
  }
  return records.sort((a, b) =>
    a.summary.name < b.summary.name ? -1 : a.summary.name > b.summary.name ? 1 : 0,
  );
}

/** The entry URL of a plugin file: `BASE/plugins/NAME/PATH`, each path segment encoded. */
export function pluginFileUrl(baseUrl: string, name: string, file: string): string {
  const encodedName = name.split('/').map(encodeURIComponent).join('/');
  return `${baseUrl}/plugins/${encodedName}/${file.split('/').map(encodeURIComponent).join('/')}`;
}

async function pluginFolders(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const folders: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.')) continue;
    const isFolder =
      entry.isDirectory() ||
      (entry.isSymbolicLink() &&
        (await stat(path.join(dir, entry.name)).then(
          (s) => s.isDirectory(),
          () => false,
        )));
    if (isFolder) folders.push(entry.name);
    if (folders.length >= MAX_PLUGINS_PER_DIR) break;
  }
  return folders;
}

function broken(
  origin: PluginOrigin,
  name: string,
  version: string,
  errors: PluginError[],
  enabled: boolean,
): PluginRecord {
  return {
    summary: { name, version, displayName: name, origin, enabled, errors },
    root: undefined,
  };
}

async function readPlugin(origin: PluginOrigin, options: ScanOptions): Promise<PluginRecord> {
  const folder = path.join(origin.dir, origin.folder);
  const root = await realpath(folder);
  const manifestFile = path.join(root, 'package.json');
  const manifestText = await readManifest(root, manifestFile);
  if (typeof manifestText !== 'string')
    return broken(origin, origin.folder, '', [manifestText], !options.disabled.has(origin.folder));
  const manifest = parsePluginManifest(manifestText);
  const name = manifest.name ?? origin.folder;
  const enabled = !options.disabled.has(name);
  if (manifest.value === undefined)
    return broken(origin, name, manifest.version, [...manifest.errors], enabled);
  const { entry, version, displayName, description } = manifest.value;
  const entryFile = path.join(root, entry);
  const entryReal = await realpath(entryFile).catch(() => undefined);
  let problem: string | undefined;
  if (entryReal === undefined)
    problem = `the entry module "${entry}" does not exist (build the plugin first, e.g. "npx wheelhouse-plugin build")`;
  else if (!isInside(root, entryReal))
    problem = `the entry module "${entry}" links to a file outside the plugin folder`;
  const entryStat = entryReal === undefined || problem !== undefined ? undefined : await stat(entryReal);
  if (problem === undefined && entryStat?.isFile() !== true)
    problem = `the entry module "${entry}" is not a file`;
  if (problem !== undefined || entryStat === undefined)
    return broken(
      origin,
      name,
      version,
      [{ field: 'wheelhouse.entry', message: problem ?? 'entry missing' }],
      enabled,
    );
  const hash = createHash('sha256')
    .update(`${String(entryStat.size)}:${String(entryStat.mtimeMs)}`)
    .digest('hex');
  return {
    summary: {
      name,
      version,
      displayName,
      ...(description === undefined ? {} : { description }),
      entryUrl: `${pluginFileUrl(options.baseUrl, name, entry)}?v=${hash.slice(0, 12)}`,
      origin,
      enabled,
      errors: [],
    },
    root,
  };
}

/** The manifest text, or the error to report (a missing, linked-out, non-file or oversized package.json). */
async function readManifest(root: string, file: string): Promise<string | PluginError> {
  const info = await lstat(file).catch(() => undefined);
  if (info === undefined) return { message: 'the folder has no package.json, so it is not a plugin' };
  const real = await realpath(file).catch(() => file);
  if (!isInside(root, real))
    return { field: 'package.json', message: 'package.json links to a file outside the plugin folder' };
  const target = await stat(real);
  if (!target.isFile()) return { field: 'package.json', message: 'package.json is not a file' };
  if (target.size > MAX_MANIFEST_BYTES)
    return {
      field: 'package.json',
      message: `package.json is larger than ${String(MAX_MANIFEST_BYTES)} bytes`,
    };
  return readFile(real, 'utf8');
}

function duplicate(record: PluginRecord, first: PluginOrigin): PluginRecord {
  const { name, version, displayName, origin, enabled } = record.summary;
  return {
    summary: {
      name,
      version,
      displayName,
      origin,
      enabled,
      errors: [
        ...record.summary.errors,
        {
          field: 'name',
          message: `a plugin named "${record.summary.name}" was already found in ${path.join(first.dir, first.folder)}; this copy is ignored`,
        },
      ],
    },
    root: undefined,
  };
}

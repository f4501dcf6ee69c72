/**
 * Opening a file of a plugin for serving, safely. A request path is split into segments, each
 * percent-decoded once; encoded separators (`%2F`, `%5C`), NUL, backslashes, empty, `.`/`..` and hidden
 * (`.name`) segments are refused. The file's real path (symlinks resolved) must lie inside the plugin's
 * real folder, and must be a regular file, opened without following a link at the last step. So neither
 * `..` in any spelling nor a symlink pointing outside the folder reaches another file.
 */
import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { ForbiddenError, InputError, NotFoundError } from '../http/errors.ts';

/** Content types by extension; anything else is `application/octet-stream`. */
export const PLUGIN_CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** The content type of a file name. */
export function pluginContentType(file: string): string {
  return PLUGIN_CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Splits the raw (still percent-encoded) path below `BASE/plugins/` into decoded segments, refusing
 * anything that could name a file outside the folder or a hidden file. Throws {@link InputError}.
 */
export function decodePluginPath(raw: string): string[] {
  if (raw === '') throw new InputError('path', 'the plugin path is empty');
  if (/%(?:2f|5c|00)/i.test(raw))
    throw new InputError('path', 'encoded "/", "\\" or NUL are not allowed in plugin paths');
  return raw.split('/').map((encoded) => {
    let segment: string;
    try {
      segment = decodeURIComponent(encoded);
    } catch {
      throw new InputError('path', `invalid percent-encoding in plugin path segment "${encoded}"`);
    }
    if (segment === '' || segment === '.' || segment === '..')
      throw new InputError('path', 'plugin paths may not contain empty, "." or ".." segments');
    if (/[\\/\0]/.test(segment))
      throw new InputError('path', 'plugin path segments may not contain "/", "\\" or NUL');
    if (segment.startsWith('.'))
      throw new NotFoundError('hidden files (names starting with ".") of plugins are not served', 'path');
    return segment;
  });
}

/** An opened plugin file; the caller closes `handle` (or streams it). */
export interface OpenedPluginFile {
  readonly handle: FileHandle;
  readonly size: number;
  readonly mtime: Date;
  readonly contentType: string;
}

/** True when `file` is `root` itself or inside it (both absolute, already real paths). */
export function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * Opens `segments` (from {@link decodePluginPath}) below `root`, the real path of the plugin's folder.
 * 404 when missing or not a regular file, 403 when the real path leaves the folder.
 */
export async function openPluginFile(root: string, segments: readonly string[]): Promise<OpenedPluginFile> {
  const candidate = path.join(root, ...segments);
  if (!isInside(root, candidate)) throw new ForbiddenError('the path leaves the plugin folder', 'path');
  let real: string;
  try {
    real = await realpath(candidate);
  } catch {
    throw new NotFoundError(`the plugin has no file "${segments.join('/')}"`, 'path');
  }
  if (!isInside(root, real))
    throw new ForbiddenError(
      `"${segments.join('/')}" is a link to a file outside the plugin folder; it is not served`,
      'path',
    );
  let handle: FileHandle;
  try {
    handle = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch {
    throw new NotFoundError(`the plugin file "${segments.join('/')}" cannot be opened`, 'path');
  }
  const stat = await handle.stat();
  if (!stat.isFile()) {
    await handle.close();
    throw new NotFoundError(`"${segments.join('/')}" is not a file`, 'path');
  }
  return { handle, size: stat.size, mtime: stat.mtime, contentType: pluginContentType(real) };
}

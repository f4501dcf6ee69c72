/**
 * A plugin's manifest is the `package.json` of its folder: npm's `name` and `version`, and the entry module
 * the web app imports — `wheelhouse.entry`, else `module`, else `main` — a `.js` or `.mjs` file inside the
 * folder. `wheelhouse.displayName` and `description` are optional. Bad input is returned as errors naming
 * the field, never thrown.
 */
import type { PluginError } from '@wheelhouse/api-types';

/** A valid manifest. */
export interface PluginManifest {
  readonly name: string;
  readonly version: string;
  /** Relative POSIX path of the entry module inside the plugin folder, normalised (`dist/index.js`). */
  readonly entry: string;
  readonly displayName: string;
  readonly description?: string;
}

/** Result of {@link parsePluginManifest}: `value` is set exactly when `errors` is empty. */
export interface ManifestResult {
  readonly value: PluginManifest | undefined;
  /** The name, when valid, even if other fields are not (so a broken plugin is listed under its name). */
  readonly name: string | undefined;
  readonly version: string;
  readonly errors: readonly PluginError[];
}

/** npm's package-name rule (lower case, optional scope), at most 214 characters. */
export const PLUGIN_NAME_PATTERN = /^(?:@[a-z0-9~-][a-z0-9._~-]*\/)?[a-z0-9~-][a-z0-9._~-]*$/;
const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
/** Manifests larger than this are refused (a package.json is a few hundred bytes). */
export const MAX_MANIFEST_BYTES = 64 * 1024;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when `name` is a valid plugin name. */
export function isPluginName(name: string): boolean {
  return name.length <= 214 && PLUGIN_NAME_PATTERN.test(name);
}

/**
 * Checks an entry path: relative, `/`-separated, no `.`/`..`/empty segments, no backslash or NUL, ends in
 * `.js` or `.mjs`. Returns the problem, or undefined when fine.
 */
export function entryPathProblem(entry: string): string | undefined {
  const path = entry.startsWith('./') ? entry.slice(2) : entry;
  if (path === '') return 'is empty';
  if (path.startsWith('/') || /^[a-zA-Z]:/.test(path)) return 'must be a path relative to the plugin folder';
  if (/[\\\0]/.test(path)) return 'must use "/" as separator and contain no backslash or NUL';
  if (path.split('/').some((segment) => segment === '' || segment === '.' || segment === '..'))
    return 'must stay inside the plugin folder (no "..", "." or empty segments)';
  if (!/\.m?js$/.test(path)) return 'must name a JavaScript module (.js or .mjs)';
  return undefined;
}

/** Parses the text of a plugin folder's package.json. */
export function parsePluginManifest(text: string): ManifestResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      value: undefined,
      name: undefined,
      version: '',
      errors: [{ message: `package.json is not valid JSON: ${detail}` }],
    };
  }
  if (!isRecord(json))
    return {
      value: undefined,
      name: undefined,
      version: '',
      errors: [{ message: 'package.json must be a JSON object' }],
    };
  const errors: PluginError[] = [];
  const name = typeof json['name'] === 'string' && isPluginName(json['name']) ? json['name'] : undefined;
  if (name === undefined)
    errors.push({
      field: 'name',
      message:
        json['name'] === undefined
          ? 'package.json has no "name"'
          : `"name" must be an npm package name (lower case, e.g. "pod-counter" or "@acme/pod-counter"), got ${JSON.stringify(json['name'])}`,
    });
  const version = typeof json['version'] === 'string' ? json['version'] : '';
  if (!SEMVER.test(version))
    errors.push({
      field: 'version',
      message:
        json['version'] === undefined
          ? 'package.json has no "version"'
          : `"version" must be a semantic version such as "1.0.0", got ${JSON.stringify(json['version'])}`,
    });
  const section = json['wheelhouse'];
  if (section !== undefined && !isRecord(section))
    errors.push({
      field: 'wheelhouse',
      message: '"wheelhouse" must be an object such as {"entry": "dist/index.js"}',
    });
  const wheelhouse = isRecord(section) ? section : {};
  const entry = readEntry(json, wheelhouse, errors);
  const displayName =
    optionalString(wheelhouse, 'displayName', 'wheelhouse.displayName', errors) ?? name ?? '';
  const description = optionalString(json, 'description', 'description', errors);
  if (errors.length > 0 || name === undefined || entry === undefined)
    return { value: undefined, name, version, errors };
  return {
    value: { name, version, entry, displayName, ...(description === undefined ? {} : { description }) },
    name,
    version,
    errors,
  };
}

function readEntry(
  json: Record<string, unknown>,
  wheelhouse: Record<string, unknown>,
  errors: PluginError[],
): string | undefined {
  const [field, value] =
    wheelhouse['entry'] !== undefined
      ? ['wheelhouse.entry', wheelhouse['entry']]
      : json['module'] !== undefined
        ? ['module', json['module']]
        : ['main', json['main']];
  if (value === undefined) {
    errors.push({
      field: 'wheelhouse.entry',
      message: 'package.json names no entry module: add "wheelhouse": {"entry": "dist/index.js"}',
    });
    return undefined;
  }
  if (typeof value !== 'string') {
    errors.push({ field, message: `"${field}" must be a string` });
    return undefined;
  }
  const problem = entryPathProblem(value);
  if (problem !== undefined) {
    errors.push({ field, message: `"${field}" ${problem}: ${JSON.stringify(value)}` });
    return undefined;
  }
  return value.startsWith('./') ? value.slice(2) : value;
}

function optionalString(
  record: Record<string, unknown>,
  key: string,
  field: string,
  errors: PluginError[],
): string | undefined {
  const value = record[key];
  if (value === undefined) return undefined;
  if (typeof value === 'string' && value.length <= 200) return value;
  errors.push({ field, message: `"${field}" must be a string of at most 200 characters` });
  return undefined;
}

/**
 * Flags + environment → one validated `ServerConfig`. Pure: the environment, home directory, platform and
 * working directory are parameters. Bad input is returned as errors (one line each), never thrown.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllowedServers } from '../security/allowed-servers.ts';
import { parseFlags } from './flag-parser.ts';
import { DEFAULT_IN_CLUSTER_DIR, LOG_LEVELS, SERVER_FLAGS } from './server-flags.ts';
import type { LogLevel } from './server-flags.ts';
import type { FlagError, RawFlags } from './flag-parser.ts';

/** Everything the server is configured with. Paths are absolute. */
export interface ServerConfig {
  readonly mode: 'local' | 'in-cluster';
  readonly port: number;
  readonly host: string;
  /** Kubeconfig files in precedence order (first file wins for a given name). */
  readonly kubeconfigPaths: readonly string[];
  /** Service-account directory (in-cluster mode). */
  readonly inClusterDir: string;
  /** Path prefix: `''` or `/something` without trailing slash. */
  readonly baseUrl: string;
  readonly configDir: string;
  readonly pluginsDir: string;
  /** Directory of the built web app. */
  readonly webDir: string;
  /** Fixed session token (local mode); otherwise a random one is made at start. */
  readonly token: string | undefined;
  readonly logLevel: LogLevel;
  readonly open: boolean;
  readonly unsafeUseServiceAccountToken: boolean;
  readonly dynamicClusters: boolean;
  readonly persistClusters: boolean;
  /** `--allowed-servers` rules (host globs, IPs, CIDRs) for dynamic clusters; empty: no list. */
  readonly allowedServers: readonly string[];
}

/** Platform facts the defaults depend on. */
export interface ConfigPlatform {
  readonly homedir: string;
  readonly platform: NodeJS.Platform;
  /** Working directory relative paths are resolved against; default `process.cwd()`. */
  readonly cwd?: string;
}

/** Result of {@link parseServerConfig}: `value` is set when there are no errors. */
export interface ServerConfigResult {
  readonly value: ServerConfig | undefined;
  readonly errors: readonly FlagError[];
  /** `--help` was given: print {@link serverUsage} and exit 0. */
  readonly help: boolean;
}

/** One line per error, naming the flag. */
export function formatConfigError(error: FlagError): string {
  return `wheelhouse: ${error.flag}: ${error.message}`;
}

/** Parses and validates flags + environment. */
export function parseServerConfig(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  platform: ConfigPlatform,
): ServerConfigResult {
  const { value: raw, errors: flagErrors } = parseFlags(SERVER_FLAGS, argv, env);
  if (raw.help) return { value: undefined, errors: [], help: true };
  const errors: FlagError[] = [...flagErrors];
  const p = platform.platform === 'win32' ? path.win32 : path.posix;
  const cwd = platform.cwd ?? process.cwd();
  const resolve = (value: string): string => p.resolve(cwd, value);
  const inCluster = raw.booleans.get('in-cluster')?.value ?? false;
  const configDir = resolve(stringFlag(raw, 'config-dir') ?? defaultConfigDir(env, platform));
  const config: ServerConfig = {
    mode: inCluster ? 'in-cluster' : 'local',
    port: validate(raw, 'port', parsePort, 4770, errors),
    host: validate(raw, 'host', parseHost, '127.0.0.1', errors),
    kubeconfigPaths: kubeconfigPaths(raw, env, platform, inCluster).map(resolve),
    inClusterDir: resolve(stringFlag(raw, 'in-cluster-dir') ?? DEFAULT_IN_CLUSTER_DIR),
    baseUrl: validate(raw, 'base-url', parseBaseUrl, '', errors),
    configDir,
    pluginsDir: resolve(stringFlag(raw, 'plugins-dir') ?? p.join(configDir, 'plugins')),
    webDir: resolve(
      stringFlag(raw, 'web-dir') ?? fileURLToPath(new URL('../../../web/dist', import.meta.url)),
    ),
    token: validate(raw, 'token', parseToken, undefined, errors),
    logLevel: validate(raw, 'log-level', parseLogLevel, 'info', errors),
    open: raw.booleans.get('open')?.value ?? false,
    unsafeUseServiceAccountToken: raw.booleans.get('unsafe-use-service-account-token')?.value ?? false,
    dynamicClusters: raw.booleans.get('dynamic-clusters')?.value ?? !inCluster,
    persistClusters: raw.booleans.get('persist-clusters')?.value ?? !inCluster,
    allowedServers: allowedServers(raw, errors),
  };
  checkModeCombinations(raw, config, errors);
  return { value: errors.length === 0 ? config : undefined, errors, help: false };
}

function allowedServers(raw: RawFlags, errors: FlagError[]): string[] {
  const entry = raw.lists.get('allowed-servers');
  if (entry === undefined) return [];
  const parsed = parseAllowedServers(entry.value);
  const from = entry.origin.startsWith('--') ? '' : `${entry.origin}: `;
  for (const error of parsed.errors) errors.push({ flag: '--allowed-servers', message: `${from}${error}` });
  return parsed.value.map((rule) => rule.text);
}

function checkModeCombinations(raw: RawFlags, config: ServerConfig, errors: FlagError[]): void {
  const persist = raw.booleans.get('persist-clusters');
  if (config.mode === 'in-cluster' && persist?.value === true) {
    errors.push({
      flag: '--persist-clusters',
      message: `${persist.origin} is not used with --in-cluster (user clusters are never written to disk)`,
    });
  }
  const unsafe = raw.booleans.get('unsafe-use-service-account-token');
  if (config.mode === 'local' && unsafe?.value === true) {
    errors.push({ flag: '--unsafe-use-service-account-token', message: 'only applies with --in-cluster' });
  }
  const token = raw.strings.get('token');
  if (config.mode === 'in-cluster' && token !== undefined) {
    errors.push({
      flag: '--token',
      message: `${token.origin} is not used with --in-cluster (users bring their own credentials)`,
    });
  }
}

type Parser<T> = (text: string) => { value: T } | { error: string };

function validate<T>(raw: RawFlags, name: string, parse: Parser<T>, fallback: T, errors: FlagError[]): T {
  const entry = raw.strings.get(name);
  if (entry === undefined) return fallback;
  const result = parse(entry.value);
  if ('value' in result) return result.value;
  const from = entry.origin.startsWith('--') ? '' : `${entry.origin}: `;
  errors.push({ flag: `--${name}`, message: `${from}${result.error}` });
  return fallback;
}

function stringFlag(raw: RawFlags, name: string): string | undefined {
  const value = raw.strings.get(name)?.value;
  return value === undefined || value === '' ? undefined : value;
}

function parsePort(text: string): { value: number } | { error: string } {
  const port = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  return port >= 0 && port <= 65535 ? { value: port } : { error: `"${text}" is not a port number (0-65535)` };
}

function parseHost(text: string): { value: string } | { error: string } {
  const host = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  return /^[A-Za-z0-9.:%_-]+$/.test(host)
    ? { value: host }
    : { error: `"${text}" is not a host name or IP address` };
}

function parseToken(text: string): { value: string } | { error: string } {
  return /^[A-Za-z0-9._~-]{16,512}$/.test(text)
    ? { value: text }
    : { error: 'must be 16 to 512 characters from A-Z a-z 0-9 . _ ~ -' };
}

function parseLogLevel(text: string): { value: LogLevel } | { error: string } {
  const level = LOG_LEVELS.find((candidate) => candidate === text);
  return level === undefined
    ? { error: `"${text}" is not one of ${LOG_LEVELS.join(', ')}` }
    : { value: level };
}

/** Normalises a base URL to `''` or `/a/b`; segments may use unreserved URL characters only. */
export function parseBaseUrl(text: string): { value: string } | { error: string } {
  const trimmed = text.replace(/\/+$/, '');
  if (trimmed === '') return { value: '' };
  const segments = trimmed.split('/').slice(1);
  const valid =
    trimmed.startsWith('/') &&
    segments.every((segment) => /^[A-Za-z0-9._~-]+$/.test(segment) && segment !== '.' && segment !== '..');
  return valid ? { value: trimmed } : { error: `"${text}" must be a path like /wheelhouse` };
}

function kubeconfigPaths(
  raw: RawFlags,
  env: Readonly<Record<string, string | undefined>>,
  platform: ConfigPlatform,
  inCluster: boolean,
): string[] {
  const delimiter = platform.platform === 'win32' ? ';' : ':';
  const given =
    raw.lists.get('kubeconfig')?.value ?? (env['KUBECONFIG'] === undefined ? [] : [env['KUBECONFIG']]);
  const paths = given.flatMap((entry) => entry.split(delimiter)).filter((entry) => entry !== '');
  if (paths.length === 0 && !inCluster) {
    const p = platform.platform === 'win32' ? path.win32 : path.posix;
    return [p.join(platform.homedir, '.kube', 'config')];
  }
  return [...new Set(paths)];
}

/** The OS user config directory + `wheelhouse`. */
export function defaultConfigDir(
  env: Readonly<Record<string, string | undefined>>,
  platform: ConfigPlatform,
): string {
  const { homedir } = platform;
  switch (platform.platform) {
    case 'win32':
      return path.win32.join(env['APPDATA'] ?? path.win32.join(homedir, 'AppData', 'Roaming'), 'wheelhouse');
    case 'darwin':
      return path.posix.join(homedir, 'Library', 'Application Support', 'wheelhouse');
    default: {
      const xdg = env['XDG_CONFIG_HOME'];
      const base =
        xdg !== undefined && path.posix.isAbsolute(xdg) ? xdg : path.posix.join(homedir, '.config');
      return path.posix.join(base, 'wheelhouse');
    }
  }
}

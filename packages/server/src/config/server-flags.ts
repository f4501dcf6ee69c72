/** The `wheelhouse` command-line flags: one table, read by the parser and printed by `--help`. */
import { formatFlagUsage } from './flag-parser.ts';
import type { FlagSpec } from './flag-parser.ts';

/** Pino log levels accepted by `--log-level`. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
/** One of {@link LOG_LEVELS}. */
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The default service-account directory of a pod. */
export const DEFAULT_IN_CLUSTER_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';

/** The flag table; `--help` lists it. */
export const SERVER_FLAGS: readonly FlagSpec[] = [
  {
    name: 'port',
    kind: 'string',
    env: 'WHEELHOUSE_PORT',
    valueName: '<port>',
    description: 'TCP port (default 4770)',
  },
  {
    name: 'host',
    kind: 'string',
    env: 'WHEELHOUSE_HOST',
    valueName: '<host>',
    description: 'Address to bind (default 127.0.0.1)',
  },
  {
    name: 'kubeconfig',
    kind: 'list',
    env: 'WHEELHOUSE_KUBECONFIG',
    valueName: '<paths>',
    description:
      'Kubeconfig file(s); repeatable or a path list like $KUBECONFIG (default $KUBECONFIG, else ~/.kube/config)',
  },
  {
    name: 'in-cluster',
    kind: 'boolean',
    env: 'WHEELHOUSE_IN_CLUSTER',
    description: 'Shared deployment inside Kubernetes: users bring their own credentials',
  },
  {
    name: 'in-cluster-dir',
    kind: 'string',
    env: 'WHEELHOUSE_IN_CLUSTER_DIR',
    valueName: '<dir>',
    description: `Service-account directory (default ${DEFAULT_IN_CLUSTER_DIR})`,
  },
  {
    name: 'unsafe-use-service-account-token',
    kind: 'boolean',
    env: 'WHEELHOUSE_UNSAFE_USE_SERVICE_ACCOUNT_TOKEN',
    description: "In-cluster: act as the pod's service account for users without credentials (unsafe)",
  },
  {
    name: 'base-url',
    kind: 'string',
    env: 'WHEELHOUSE_BASE_URL',
    valueName: '<path>',
    description: 'Path prefix the server is mounted under, e.g. /wheelhouse',
  },
  {
    name: 'config-dir',
    kind: 'string',
    env: 'WHEELHOUSE_CONFIG_DIR',
    valueName: '<dir>',
    description: 'Configuration directory (default: user config dir + /wheelhouse)',
  },
  {
    name: 'plugins-dir',
    kind: 'string',
    env: 'WHEELHOUSE_PLUGINS_DIR',
    valueName: '<dir>',
    description: 'Plugins directory (default <config-dir>/plugins)',
  },
  {
    name: 'web-dir',
    kind: 'string',
    env: 'WHEELHOUSE_WEB_DIR',
    valueName: '<dir>',
    description: 'Built web app directory (default packages/web/dist)',
  },
  {
    name: 'token',
    kind: 'string',
    env: 'WHEELHOUSE_TOKEN',
    valueName: '<token>',
    description: 'Session token, at least 16 URL-safe characters (default: random)',
  },
  {
    name: 'log-level',
    kind: 'string',
    env: 'WHEELHOUSE_LOG_LEVEL',
    valueName: '<level>',
    description: `Log level: ${LOG_LEVELS.join(', ')} (default info; debug adds a line per request)`,
  },
  { name: 'open', kind: 'boolean', env: 'WHEELHOUSE_OPEN', description: 'Open the login URL in a browser' },
  {
    name: 'dynamic-clusters',
    kind: 'boolean',
    negatable: true,
    env: 'WHEELHOUSE_DYNAMIC_CLUSTERS',
    description: 'Allow adding clusters at run time (default on; off with --in-cluster)',
  },
  {
    name: 'persist-clusters',
    kind: 'boolean',
    negatable: true,
    env: 'WHEELHOUSE_PERSIST_CLUSTERS',
    description: 'Save added clusters to <config-dir>/clusters.yaml (default on; off with --in-cluster)',
  },
  {
    name: 'allowed-servers',
    kind: 'list',
    env: 'WHEELHOUSE_ALLOWED_SERVERS',
    valueName: '<rules>',
    description:
      'API servers dynamic clusters may use: host globs, IPs, CIDRs; repeatable or comma-separated (default any, but never link-local or metadata addresses in-cluster)',
  },
];

/** `--help` text. */
export function serverUsage(): string {
  return [
    'Usage: wheelhouse [serve] [flags]',
    '       wheelhouse kubeconfig [flags]   print a kubeconfig that reaches every cluster through Wheelhouse',
    '',
    'Flags (each also read from the environment variable in brackets):',
    formatFlagUsage(SERVER_FLAGS),
    '  --help, -h  Show this help',
  ].join('\n');
}

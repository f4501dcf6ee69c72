/**
 * A dynamic cluster's definition: the kubeconfig `cluster` and `user` mappings it is made of, kept in
 * kubeconfig form so that clusters.yaml is a kubeconfig kubectl can use. This module checks a definition
 * (server URL, field types, TLS material) and turns it into a `Cluster` with its own credential context,
 * reusing the kubeconfig parser and credentials of the kubeconfig source.
 */
import type { AuthType, Cluster, ClusterCredentials, ClusterSource } from './cluster.ts';
import { createKubeconfigCredentials } from './credentials.ts';
import type { KubeconfigCredentialsInput } from './credentials.ts';
import { authTypeOf, mergeKubeconfigs, parseKubeconfigDocument } from './kubeconfig-file.ts';
import { checkTlsMaterial } from './pem-material.ts';

/** A kubeconfig mapping (`cluster:` or `user:` of an entry), as decoded from YAML/JSON. */
export type RawEntry = Readonly<Record<string, unknown>>;

/** Where a definition came from, to name the field at fault. */
export type DefinitionOrigin =
  | { readonly type: 'kubeconfig'; readonly context: string }
  | { readonly type: 'fields' }
  | { readonly type: 'store'; readonly context: string };

/** One cluster to add (or loaded from clusters.yaml). */
export interface ClusterDefinition {
  /** The wanted cluster name (before any automatic rename). */
  readonly name: string;
  readonly contextName?: string | undefined;
  readonly cluster: RawEntry;
  /** Undefined: anonymous. */
  readonly user?: RawEntry | undefined;
  readonly namespace?: string | undefined;
  readonly origin: DefinitionOrigin;
}

/** A problem with a request or file: the input field at fault and a message that quotes no secret. */
export interface DefinitionProblem {
  readonly field: string;
  readonly message: string;
  /** The kubeconfig context concerned, if any. */
  readonly context?: string | undefined;
}

const CLUSTER_STRINGS = ['server', 'certificate-authority-data', 'certificate-authority', 'tls-server-name'];
const USER_STRINGS = [
  'token',
  'token-file',
  'tokenFile',
  'client-certificate-data',
  'client-certificate',
  'client-key-data',
  'client-key',
  'username',
  'password',
];

/** kubeconfig key → API field name (fields-shaped requests). */
const FIELD_NAMES: Readonly<Record<string, string>> = {
  server: 'server',
  'certificate-authority-data': 'certificateAuthorityData',
  'insecure-skip-tls-verify': 'insecureSkipTLSVerify',
  'tls-server-name': 'tlsServerName',
  token: 'token',
  'client-certificate-data': 'clientCertificateData',
  'client-key-data': 'clientKeyData',
};

/** The field to name for a problem with kubeconfig key `key` of `definition`. */
export function fieldFor(definition: ClusterDefinition, key: string): string {
  if (definition.origin.type === 'fields') return FIELD_NAMES[key] ?? key;
  return definition.origin.type === 'kubeconfig' ? 'kubeconfig' : 'clusters.yaml';
}

/** Checks a server URL: absolute http(s), a host, no user info, query or fragment. */
export function serverUrlProblem(server: unknown): string | undefined {
  if (typeof server !== 'string' || server === '') return 'is missing';
  let url: URL;
  try {
    url = new URL(server);
  } catch {
    return 'is not a valid URL';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return `must use https or http, not ${url.protocol.replace(/:$/, '')}`;
  if (url.hostname === '') return 'has no host';
  if (url.username !== '' || url.password !== '') return 'must not contain user name or password';
  if (url.search !== '' || url.hash !== '') return 'must not have a query or fragment';
  return undefined;
}

/** Checks one definition; returns the first problem, or undefined. */
export function checkDefinition(definition: ClusterDefinition): DefinitionProblem | undefined {
  const { cluster, user } = definition;
  const fail = (key: string, message: string): DefinitionProblem => {
    const where = definition.origin.type === 'fields' ? '' : `context "${definition.contextName ?? ''}": `;
    const name = definition.origin.type === 'fields' ? (FIELD_NAMES[key] ?? key) : key;
    return {
      field: fieldFor(definition, key),
      message: `${where}${name} ${message}`,
      context: contextOf(definition),
    };
  };
  const serverProblem = serverUrlProblem(cluster['server']);
  if (serverProblem !== undefined) return fail('server', serverProblem);
  for (const key of CLUSTER_STRINGS)
    if (!isOptionalString(cluster[key])) return fail(key, 'must be a string');
  const skip = cluster['insecure-skip-tls-verify'];
  if (skip !== undefined && skip !== null && typeof skip !== 'boolean')
    return fail('insecure-skip-tls-verify', 'must be true or false');
  if (
    skip === true &&
    (cluster['certificate-authority-data'] ?? cluster['certificate-authority']) !== undefined
  )
    return fail('insecure-skip-tls-verify', 'cannot be combined with a certificate authority');
  if (user !== undefined) {
    for (const key of USER_STRINGS) if (!isOptionalString(user[key])) return fail(key, 'must be a string');
    if (user['token'] === '') return fail('token', 'must not be empty');
  }
  const material = checkTlsMaterial({
    ca: stringOf(cluster['certificate-authority-data']),
    cert: stringOf(user?.['client-certificate-data']),
    key: stringOf(user?.['client-key-data']),
    // File references (local mode only; the policy refuses them in-cluster) are read when used.
    pairUsesFiles: user?.['client-certificate'] !== undefined || user?.['client-key'] !== undefined,
  });
  if (material === undefined) return undefined;
  const keys = { ca: 'certificate-authority-data', cert: 'client-certificate-data', key: 'client-key-data' };
  return fail(keys[material.field], material.message);
}

function contextOf(definition: ClusterDefinition): string | undefined {
  return definition.origin.type === 'fields' ? undefined : definition.origin.context;
}

function isOptionalString(value: unknown): boolean {
  return value === undefined || value === null || typeof value === 'string';
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The kind of credential a definition holds. */
export function authTypeOfDefinition(definition: ClusterDefinition): AuthType {
  return authTypeOf(definition.user);
}

/** A kubeconfig document holding exactly these definitions, each as cluster, user and context `name`. */
export function toKubeconfigDocument(
  definitions: readonly { readonly name: string; readonly definition: ClusterDefinition }[],
): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    kind: 'Config',
    clusters: definitions.map(({ name, definition }) => ({ name, cluster: definition.cluster })),
    users: definitions.flatMap(({ name, definition }) =>
      definition.user === undefined ? [] : [{ name, user: definition.user }],
    ),
    contexts: definitions.map(({ name, definition }) => ({
      name,
      context: {
        cluster: name,
        ...(definition.user === undefined ? {} : { user: name }),
        ...(definition.namespace === undefined ? {} : { namespace: definition.namespace }),
      },
    })),
  };
}

/** Options of {@link buildCluster}. */
export interface BuildClusterOptions {
  /** Base of relative file references (clusters.yaml's path; requests carry absolute paths only). */
  readonly file: string;
  readonly createCredentials?: (input: KubeconfigCredentialsInput) => ClusterCredentials;
  /** Wraps the credentials, e.g. to pin host-name resolution to allowed addresses. */
  readonly wrapCredentials?: (credentials: ClusterCredentials) => ClusterCredentials;
}

/** Builds the `Cluster` named `name` from a checked definition, with a fresh credential context. */
export function buildCluster(
  name: string,
  definition: ClusterDefinition,
  source: ClusterSource,
  options: BuildClusterOptions,
): { value: Cluster } | { error: DefinitionProblem } {
  const parsed = parseKubeconfigDocument(options.file, toKubeconfigDocument([{ name, definition }]));
  const merged = mergeKubeconfigs([parsed.value]);
  const context = merged.value[0];
  const problem = parsed.errors[0] ?? merged.errors[0]?.message;
  if (context === undefined || problem !== undefined) {
    return {
      error: {
        field: fieldFor(definition, 'server'),
        message: `cluster "${name}": ${problem ?? 'invalid definition'}`,
        context: contextOf(definition),
      },
    };
  }
  const create = options.createCredentials ?? createKubeconfigCredentials;
  const credentials = create({ cluster: context.cluster, user: context.user });
  return {
    value: {
      name,
      contextName: definition.contextName,
      server: context.cluster.server,
      source,
      authType: authTypeOfDefinition(definition),
      namespace: definition.namespace,
      credentials: options.wrapCredentials?.(credentials) ?? credentials,
    },
  };
}

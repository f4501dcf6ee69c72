/**
 * Bodies of the dynamic-cluster endpoints → checked input, as `{ value, errors }` (bad input is expected
 * here, so nothing throws). Unknown fields, wrong types and empty names are errors that name the field;
 * definitions are fully checked (kubeconfig structure, server URL, TLS material) before anything is added.
 */
import type { NameConflictPolicy } from '@wheelhouse/api-types';
import { isValidClusterName } from './cluster-name.ts';
import { checkDefinition } from './cluster-definition.ts';
import type { ClusterDefinition, DefinitionProblem } from './cluster-definition.ts';
import { kubeconfigDefinitions, parseKubeconfigText } from './kubeconfig-definitions.ts';

/** A checked `POST /api/clusters` body. */
export interface AddClustersInput {
  readonly shape: 'kubeconfig' | 'fields';
  readonly definitions: readonly ClusterDefinition[];
  readonly persist: boolean;
  readonly verify: boolean;
  readonly dryRun: boolean;
  readonly onConflict: NameConflictPolicy;
}

type Result<T> = { value: T; errors: [] } | { value: undefined; errors: DefinitionProblem[] };

const COMMON = ['persist', 'verify', 'dryRun', 'onConflict'];
const KUBECONFIG_FIELDS = new Set(['kubeconfig', 'contexts', 'names', ...COMMON]);
const CLUSTER_FIELDS = new Set([
  'name',
  'server',
  'certificateAuthorityData',
  'insecureSkipTLSVerify',
  'tlsServerName',
  'token',
  'clientCertificateData',
  'clientKeyData',
  'namespace',
  ...COMMON,
]);

const invalid = (field: string, message: string): Result<never> => ({
  value: undefined,
  errors: [{ field, message }],
});

/** Parses a `POST /api/clusters` body (either shape). */
export function parseAddClustersBody(body: unknown): Result<AddClustersInput> {
  if (!isRecord(body)) return invalid('body', 'the body must be a JSON object');
  const isKubeconfig = 'kubeconfig' in body;
  const allowed = isKubeconfig ? KUBECONFIG_FIELDS : CLUSTER_FIELDS;
  if (!isKubeconfig && !('server' in body) && !('name' in body)) {
    return invalid('body', 'give either "kubeconfig" or a cluster\'s "name" and "server"');
  }
  const unknown = Object.keys(body).find((key) => !allowed.has(key));
  if (unknown !== undefined) {
    const hint = isKubeconfig && CLUSTER_FIELDS.has(unknown) ? ' (not with "kubeconfig")' : '';
    return invalid(unknown, `unknown field "${unknown}"${hint}`);
  }
  for (const key of ['persist', 'verify', 'dryRun']) {
    if (body[key] !== undefined && typeof body[key] !== 'boolean')
      return invalid(key, `${key} must be true or false`);
  }
  const onConflict = body['onConflict'] ?? 'fail';
  if (onConflict !== 'fail' && onConflict !== 'rename')
    return invalid('onConflict', 'onConflict must be "fail" or "rename"');
  const definitions = isKubeconfig ? kubeconfigBody(body) : fieldsBody(body);
  if (definitions.value === undefined) return definitions;
  return {
    value: {
      shape: isKubeconfig ? 'kubeconfig' : 'fields',
      definitions: definitions.value,
      persist: body['persist'] === true,
      verify: body['verify'] === true,
      dryRun: body['dryRun'] === true,
      onConflict,
    },
    errors: [],
  };
}

function kubeconfigBody(body: Readonly<Record<string, unknown>>): Result<ClusterDefinition[]> {
  const { kubeconfig, contexts, names } = body;
  if (typeof kubeconfig !== 'string' || kubeconfig.trim() === '')
    return invalid('kubeconfig', 'kubeconfig must be a non-empty string (YAML or JSON text)');
  if (
    contexts !== undefined &&
    (!Array.isArray(contexts) || !contexts.every((c) => typeof c === 'string' && c !== ''))
  )
    return invalid('contexts', 'contexts must be a list of context names');
  if (Array.isArray(contexts) && contexts.length === 0)
    return invalid('contexts', 'contexts must not be empty');
  if (names !== undefined && (!isRecord(names) || !Object.values(names).every((n) => typeof n === 'string')))
    return invalid('names', 'names must map context names to cluster names');
  const document = parseKubeconfigText(kubeconfig, 'kubeconfig');
  if ('error' in document) return { value: undefined, errors: [document.error] };
  const result = kubeconfigDefinitions(document.value, {
    field: 'kubeconfig',
    contexts: contexts as string[] | undefined,
    names: names as Record<string, string> | undefined,
    origin: 'kubeconfig',
  });
  return result.errors.length === 0
    ? { value: result.value, errors: [] }
    : { value: undefined, errors: result.errors };
}

function fieldsBody(body: Readonly<Record<string, unknown>>): Result<ClusterDefinition[]> {
  const { name } = body;
  if (typeof name !== 'string' || name === '') return invalid('name', 'name must be a non-empty string');
  if (!isValidClusterName(name))
    return invalid(
      'name',
      `"${name}" is not a valid cluster name: 1-63 characters a-z 0-9 . _ -, starting and ending with a letter or digit`,
    );
  const strings = [
    'server',
    'certificateAuthorityData',
    'tlsServerName',
    'token',
    'clientCertificateData',
    'clientKeyData',
    'namespace',
  ];
  for (const key of strings) {
    const value = body[key];
    if (value !== undefined && (typeof value !== 'string' || value === ''))
      return invalid(key, `${key} must be a non-empty string`);
  }
  if (body['insecureSkipTLSVerify'] !== undefined && typeof body['insecureSkipTLSVerify'] !== 'boolean')
    return invalid('insecureSkipTLSVerify', 'insecureSkipTLSVerify must be true or false');
  const pick = (entries: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));
  const user = pick({
    token: body['token'],
    'client-certificate-data': body['clientCertificateData'],
    'client-key-data': body['clientKeyData'],
  });
  const definition: ClusterDefinition = {
    name,
    cluster: pick({
      server: body['server'],
      'certificate-authority-data': body['certificateAuthorityData'],
      'insecure-skip-tls-verify': body['insecureSkipTLSVerify'],
      'tls-server-name': body['tlsServerName'],
    }),
    user: Object.keys(user).length === 0 ? undefined : user,
    namespace: typeof body['namespace'] === 'string' ? body['namespace'] : undefined,
    origin: { type: 'fields' },
  };
  const problem = checkDefinition(definition);
  return problem === undefined
    ? { value: [definition], errors: [] }
    : { value: undefined, errors: [problem] };
}

/** Parses a `PATCH /api/clusters/NAME` body → the new name. */
export function parseRenameBody(body: unknown): Result<string> {
  if (!isRecord(body)) return invalid('body', 'the body must be a JSON object');
  const unknown = Object.keys(body).find((key) => key !== 'name');
  if (unknown !== undefined)
    return invalid(unknown, `unknown field "${unknown}" (only "name" can be changed)`);
  const { name } = body;
  if (typeof name !== 'string' || name === '') return invalid('name', 'name must be a non-empty string');
  if (!isValidClusterName(name))
    return invalid(
      'name',
      `"${name}" is not a valid cluster name: 1-63 characters a-z 0-9 . _ -, starting and ending with a letter or digit`,
    );
  return { value: name, errors: [] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

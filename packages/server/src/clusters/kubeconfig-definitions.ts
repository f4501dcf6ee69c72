/**
 * Kubeconfig text → cluster definitions, for a kubeconfig given to `POST /api/clusters` and for
 * clusters.yaml. Stricter than the kubeconfig source (which skips a bad entry and goes on): here one bad
 * entry fails the whole input, because a request is all-or-nothing and a damaged clusters.yaml must not be
 * rewritten with entries missing. YAML aliases are capped (alias bombs), and messages quote no content.
 */
import { parse as parseYaml } from 'yaml';
import { sanitizeClusterName, isValidClusterName } from './cluster-name.ts';
import { checkDefinition } from './cluster-definition.ts';
import type { ClusterDefinition, DefinitionProblem, RawEntry } from './cluster-definition.ts';

/** More aliases than any hand-written kubeconfig uses; an alias bomb needs far more. */
const MAX_ALIAS_COUNT = 50;

/** Decodes YAML or JSON text; a problem names the line, never the content. */
export function parseKubeconfigText(
  text: string,
  field: string,
): { value: unknown } | { error: DefinitionProblem } {
  try {
    return {
      value: parseYaml(text, { maxAliasCount: MAX_ALIAS_COUNT, uniqueKeys: true, prettyErrors: true }),
    };
  } catch (error) {
    const first = (error instanceof Error ? error.message : 'unreadable').split('\n')[0] ?? '';
    const message = /alias/i.test(first)
      ? 'too many YAML aliases (possible alias bomb)'
      : first.replace(/:$/, '');
    return { error: { field, message: `invalid YAML or JSON: ${message}` } };
  }
}

/** Options of {@link kubeconfigDefinitions}. */
export interface KubeconfigDefinitionsOptions {
  /** The input field (`kubeconfig`, or the file name for clusters.yaml). */
  readonly field: string;
  /** Contexts to take; default all. */
  readonly contexts?: readonly string[] | undefined;
  /** Cluster name per context, overriding the default. */
  readonly names?: Readonly<Record<string, string>> | undefined;
  /** Context names are cluster names as they are (clusters.yaml), instead of being sanitised. */
  readonly exactNames?: boolean;
  readonly origin: 'kubeconfig' | 'store';
}

interface NamedEntry {
  readonly name: string;
  readonly body: RawEntry;
}

/** Reads the definitions of a decoded kubeconfig document; any problem fails the whole document. */
export function kubeconfigDefinitions(
  document: unknown,
  options: KubeconfigDefinitionsOptions,
): { value: ClusterDefinition[]; errors: DefinitionProblem[] } {
  const errors: DefinitionProblem[] = [];
  const fail = (message: string, field = options.field): { value: []; errors: DefinitionProblem[] } => {
    errors.push({ field, message });
    return { value: [], errors };
  };
  if (document === null || document === undefined) return fail('the kubeconfig is empty');
  if (!isRecord(document)) return fail('not a kubeconfig: the top level must be a mapping');
  const clusters = section(document, 'clusters', 'cluster', errors, options.field);
  const users = section(document, 'users', 'user', errors, options.field);
  const contexts = section(document, 'contexts', 'context', errors, options.field);
  if (errors.length > 0) return { value: [], errors };
  if (contexts.size === 0 && options.origin === 'store') return { value: [], errors };
  if (contexts.size === 0) return fail('the kubeconfig has no contexts');
  const chosen = chooseContexts(contexts, options, errors);
  const definitions: ClusterDefinition[] = [];
  for (const contextName of chosen) {
    const definition = resolveContext(contextName, contexts, clusters, users, options, errors);
    if (definition !== undefined) definitions.push(definition);
  }
  for (const definition of definitions) {
    const problem = checkDefinition(definition);
    if (problem !== undefined) errors.push(problem);
  }
  return { value: errors.length === 0 ? definitions : [], errors };
}

function chooseContexts(
  contexts: ReadonlyMap<string, NamedEntry>,
  options: KubeconfigDefinitionsOptions,
  errors: DefinitionProblem[],
): string[] {
  const wanted = options.contexts ?? [...contexts.keys()];
  const seen = new Set<string>();
  wanted.forEach((name, index) => {
    if (seen.has(name))
      errors.push({ field: `contexts[${index}]`, message: `context "${name}" is listed twice` });
    else if (!contexts.has(name))
      errors.push({ field: `contexts[${index}]`, message: `the kubeconfig has no context "${name}"` });
    seen.add(name);
  });
  for (const name of Object.keys(options.names ?? {})) {
    if (!seen.has(name))
      errors.push({ field: `names.${name}`, message: `context "${name}" is not being added` });
  }
  return [...seen].filter((name) => contexts.has(name));
}

function resolveContext(
  contextName: string,
  contexts: ReadonlyMap<string, NamedEntry>,
  clusters: ReadonlyMap<string, NamedEntry>,
  users: ReadonlyMap<string, NamedEntry>,
  options: KubeconfigDefinitionsOptions,
  errors: DefinitionProblem[],
): ClusterDefinition | undefined {
  const fail = (message: string, field = options.field): ClusterDefinition | undefined => {
    errors.push({ field, message: `context "${contextName}": ${message}`, context: contextName });
    return undefined;
  };
  const body = contexts.get(contextName)?.body ?? {};
  const { cluster: clusterRef, user: userRef, namespace } = body;
  if (typeof clusterRef !== 'string' || clusterRef === '') return fail('names no cluster');
  const cluster = clusters.get(clusterRef);
  if (cluster === undefined) return fail(`refers to unknown cluster "${clusterRef}"`);
  if (userRef !== undefined && userRef !== null && typeof userRef !== 'string')
    return fail('user must be a string');
  const user = typeof userRef === 'string' && userRef !== '' ? users.get(userRef) : undefined;
  if (typeof userRef === 'string' && userRef !== '' && user === undefined)
    return fail(`refers to unknown user "${userRef}"`);
  if (namespace !== undefined && namespace !== null && typeof namespace !== 'string')
    return fail('namespace must be a string');
  const given = options.names?.[contextName];
  const name = given ?? (options.exactNames === true ? contextName : sanitizeClusterName(contextName));
  if (!isValidClusterName(name)) {
    const field = given === undefined ? options.field : `names.${contextName}`;
    return fail(`"${name}" is not a valid cluster name (a-z 0-9 . _ -, at most 63)`, field);
  }
  return {
    name,
    contextName,
    cluster: cluster.body,
    user: user?.body,
    namespace: typeof namespace === 'string' && namespace !== '' ? namespace : undefined,
    origin: { type: options.origin, context: contextName },
  };
}

/** One of `clusters`, `users`, `contexts`: a list of `{name, <key>: mapping}`, names unique. */
function section(
  document: Readonly<Record<string, unknown>>,
  sectionName: string,
  key: string,
  errors: DefinitionProblem[],
  field: string,
): Map<string, NamedEntry> {
  const entries = new Map<string, NamedEntry>();
  const list = document[sectionName];
  if (list === undefined || list === null) return entries;
  if (!Array.isArray(list)) {
    errors.push({ field, message: `${sectionName} must be a list` });
    return entries;
  }
  list.forEach((entry: unknown, index) => {
    const where = `${sectionName}[${index}]`;
    if (!isRecord(entry) || typeof entry['name'] !== 'string' || entry['name'] === '') {
      errors.push({ field, message: `${where} has no name` });
      return;
    }
    const body = entry[key];
    if (!isRecord(body)) {
      errors.push({ field, message: `${where} "${entry['name']}" has no ${key} mapping` });
      return;
    }
    if (entries.has(entry['name'])) {
      errors.push({ field, message: `${where}: duplicate ${key} name "${entry['name']}"` });
      return;
    }
    entries.set(entry['name'], { name: entry['name'], body });
  });
  return entries;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

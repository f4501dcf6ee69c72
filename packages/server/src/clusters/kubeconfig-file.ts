/**
 * Reads kubeconfig files and merges them the way kubectl does. Parsing of each entry is client-node's
 * (`newClusters`/`newUsers`/`newContexts`, what `KubeConfig.loadFromString` runs, imported from their own
 * module: client-node's package entry loads its whole generated API client); this module only splits files into entries so that one bad entry or file
 * never hides the good ones, resolves relative paths against the file that names them (as kubectl does),
 * and applies kubectl's merge rule: for a given cluster, user or context name, the first file wins.
 */
import path from 'node:path';
import type {
  Cluster as KubeCluster,
  Context as KubeContext,
  User as KubeUser,
} from '@kubernetes/client-node';
import { newClusters, newContexts, newUsers } from '@kubernetes/client-node/dist/config_types.js';
import { parse as parseYaml } from 'yaml';
import type { AuthType } from './cluster.ts';

/** A user entry and the kind of credential it holds. */
export interface ParsedUser {
  readonly user: KubeUser;
  readonly authType: AuthType;
}

/** The valid entries of one kubeconfig file. */
export interface ParsedKubeconfig {
  readonly file: string;
  readonly clusters: readonly KubeCluster[];
  readonly users: readonly ParsedUser[];
  readonly contexts: readonly KubeContext[];
}

/** One context resolved against the merged clusters and users. */
export interface MergedContext {
  readonly contextName: string;
  /** The file that defines the context. */
  readonly file: string;
  readonly cluster: KubeCluster;
  /** Undefined when the context names no user (anonymous). */
  readonly user: KubeUser | undefined;
  readonly authType: AuthType;
  readonly namespace: string | undefined;
}

/** A problem in one file. Messages never quote file contents (they may hold secrets). */
export interface KubeconfigProblem {
  readonly file: string;
  readonly message: string;
}

type Section = 'clusters' | 'users' | 'contexts';

/** Parses one file's text. Malformed YAML yields no entries and one error; a bad entry yields one error. */
export function parseKubeconfig(file: string, text: string): { value: ParsedKubeconfig; errors: string[] } {
  const empty: ParsedKubeconfig = { file, clusters: [], users: [], contexts: [] };
  let document: unknown;
  try {
    document = parseYaml(text, { prettyErrors: true });
  } catch (error) {
    const firstLine = (error instanceof Error ? error.message : 'unreadable').split('\n')[0] ?? '';
    return { value: empty, errors: [`invalid YAML: ${firstLine.replace(/:$/, '')}`] };
  }
  return parseKubeconfigDocument(file, document);
}

/**
 * Parses an already-decoded kubeconfig document (the YAML/JSON value). `file` names the source in results
 * and is the base of relative paths.
 */
export function parseKubeconfigDocument(
  file: string,
  document: unknown,
): { value: ParsedKubeconfig; errors: string[] } {
  const empty: ParsedKubeconfig = { file, clusters: [], users: [], contexts: [] };
  if (document === null || document === undefined) return { value: empty, errors: [] };
  if (typeof document !== 'object' || Array.isArray(document)) {
    return { value: empty, errors: ['not a kubeconfig: the top level must be a mapping'] };
  }
  const errors: string[] = [];
  const dir = path.dirname(file);
  const record = document as Record<string, unknown>;
  const entries = (section: Section): Record<string, unknown>[] => sectionEntries(record, section, errors);
  const clusters = entries('clusters').flatMap((entry, index) =>
    parseEntry('clusters', resolveClusterPaths(entry, dir), index, errors, newClusters),
  );
  const users = entries('users').flatMap((entry, index) => {
    const authType = authTypeOf(entry['user']);
    const parsed = parseEntry('users', prepareUser(entry, dir), index, errors, newUsers);
    return parsed.map((user) => ({ user, authType }));
  });
  const contexts = entries('contexts').flatMap((entry, index) =>
    parseEntry('contexts', entry, index, errors, newContexts),
  );
  return {
    value: {
      file,
      clusters: firstByName(clusters, (c) => c.name, 'cluster', errors),
      users: firstByName(users, (u) => u.user.name, 'user', errors),
      contexts: firstByName(contexts, (c) => c.name, 'context', errors),
    },
    errors,
  };
}

function sectionEntries(
  record: Record<string, unknown>,
  section: Section,
  errors: string[],
): Record<string, unknown>[] {
  const list = record[section];
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) {
    errors.push(`${section} must be a list`);
    return [];
  }
  return list.map((entry: unknown) => (isRecord(entry) ? entry : {}));
}

function parseEntry<T>(
  section: Section,
  entry: Record<string, unknown>,
  index: number,
  errors: string[],
  parse: (entries: unknown) => readonly T[],
): T[] {
  try {
    // A JSON round trip, as loadFromString's YAML load gave: plain data only.
    return [...parse([JSON.parse(JSON.stringify(entry))])];
  } catch (error) {
    const message = error instanceof Error ? error.message : 'invalid entry';
    errors.push(`${section}[${index}]: ${message.replace(/^\w+\[0\]\.?/, '').trim() || 'invalid entry'}`);
    return [];
  }
}

function firstByName<T>(
  items: readonly T[],
  nameOf: (item: T) => string,
  kind: string,
  errors: string[],
): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const name = nameOf(item);
    if (seen.has(name)) {
      errors.push(`duplicate ${kind} name "${name}"; the first one is used`);
      return false;
    }
    seen.add(name);
    return true;
  });
}

function resolveClusterPaths(entry: Record<string, unknown>, dir: string): Record<string, unknown> {
  const cluster = entry['cluster'];
  if (!isRecord(cluster)) return entry;
  return { ...entry, cluster: resolveKeys(cluster, ['certificate-authority'], dir) };
}

/**
 * Resolves relative paths and turns `tokenFile` (kubectl's key; `token-file` is accepted too) into
 * client-node's re-reading token-file authenticator (the same shape `loadFromCluster` uses), so a rotated
 * token is picked up without a kubeconfig change.
 */
function prepareUser(entry: Record<string, unknown>, dir: string): Record<string, unknown> {
  const user = entry['user'];
  if (!isRecord(user)) return entry;
  const resolved = resolveKeys(user, ['client-certificate', 'client-key', 'tokenFile', 'token-file'], dir);
  const exec = resolved['exec'];
  if (isRecord(exec) && typeof exec['command'] === 'string' && /[\\/]/.test(exec['command'])) {
    resolved['exec'] = { ...exec, command: path.resolve(dir, exec['command']) };
  }
  const tokenFile = resolved['tokenFile'] ?? resolved['token-file'];
  delete resolved['tokenFile'];
  delete resolved['token-file'];
  const usesOtherAuth = resolved['token'] !== undefined || resolved['exec'] !== undefined;
  if (typeof tokenFile === 'string' && !usesOtherAuth && resolved['auth-provider'] === undefined) {
    resolved['auth-provider'] = { name: 'tokenFile', config: { tokenFile } };
  }
  return { ...entry, user: resolved };
}

function resolveKeys(
  record: Record<string, unknown>,
  keys: readonly string[],
  dir: string,
): Record<string, unknown> {
  const copy = { ...record };
  for (const key of keys) {
    const value = copy[key];
    if (typeof value === 'string' && value !== '') copy[key] = path.resolve(dir, value);
  }
  return copy;
}

/** The kind of credential a raw kubeconfig `user` holds (precedence as kubectl shows it). */
export function authTypeOf(user: unknown): AuthType {
  if (!isRecord(user)) return 'none';
  if (user['exec'] !== undefined && user['exec'] !== null) return 'exec';
  if (user['auth-provider'] !== undefined && user['auth-provider'] !== null) return 'authProvider';
  if (typeof user['token'] === 'string' && user['token'] !== '') return 'token';
  if (typeof user['tokenFile'] === 'string' || typeof user['token-file'] === 'string') return 'tokenFile';
  if (user['client-certificate'] !== undefined || user['client-certificate-data'] !== undefined) {
    return 'clientCertificate';
  }
  if (typeof user['username'] === 'string') return 'basic';
  return 'none';
}

/**
 * Merges parsed files in precedence order: the first file to define a cluster, user or context name wins
 * (kubectl's rule for `$KUBECONFIG`). A context may use a cluster or user from another file. A context whose
 * cluster or user is missing is reported (against the file defining the context) and left out.
 */
export function mergeKubeconfigs(files: readonly ParsedKubeconfig[]): {
  value: MergedContext[];
  errors: KubeconfigProblem[];
} {
  const clusters = new Map<string, KubeCluster>();
  const users = new Map<string, ParsedUser>();
  const contexts = new Map<string, { context: KubeContext; file: string }>();
  for (const parsed of files) {
    for (const cluster of parsed.clusters)
      if (!clusters.has(cluster.name)) clusters.set(cluster.name, cluster);
    for (const user of parsed.users) if (!users.has(user.user.name)) users.set(user.user.name, user);
    for (const context of parsed.contexts) {
      if (!contexts.has(context.name)) contexts.set(context.name, { context, file: parsed.file });
    }
  }
  const errors: KubeconfigProblem[] = [];
  const value: MergedContext[] = [];
  for (const { context, file } of contexts.values()) {
    const cluster = clusters.get(context.cluster);
    // client-node types `user` as a string, but a context without a user leaves it undefined.
    const userName = (context as { readonly user?: string }).user;
    const user = userName === undefined ? undefined : users.get(userName);
    if (cluster === undefined) {
      errors.push({
        file,
        message: `context "${context.name}" refers to unknown cluster "${context.cluster}"`,
      });
    } else if (userName !== undefined && user === undefined) {
      errors.push({ file, message: `context "${context.name}" refers to unknown user "${context.user}"` });
    } else {
      value.push({
        contextName: context.name,
        file,
        cluster,
        user: user?.user,
        authType: user?.authType ?? 'none',
        namespace: context.namespace,
      });
    }
  }
  return { value, errors };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

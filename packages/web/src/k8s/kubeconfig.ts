import type { ClusterAuthType } from '@wheelhouse/api-types';
import { parse } from 'yaml';

/** Something in a context the user should know before adding it. */
export type ContextWarning = 'exec' | 'authProvider' | 'fileReference' | 'noServer' | 'missingUser';

/** One context of a kubeconfig as the add-cluster page lists it (never its secrets). */
export interface KubeconfigContext {
  readonly name: string;
  readonly cluster: string;
  readonly user: string;
  readonly server: string;
  readonly namespace: string | undefined;
  readonly authType: ClusterAuthType;
  readonly warnings: readonly ContextWarning[];
  /** The cluster name the server will derive from the context name. */
  readonly defaultName: string;
}

/** Result of {@link parseKubeconfig}: the contexts found and what was wrong, without throwing. */
export interface ParsedKubeconfig {
  readonly contexts: readonly KubeconfigContext[];
  readonly currentContext: string | undefined;
  readonly errors: readonly string[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The cluster name the server derives from a context name (docs/api.md, "Cluster names"). */
export function toClusterName(contextName: string): string {
  const name = contextName
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '')
    .slice(0, 63)
    .replace(/[^a-z0-9]+$/, '');
  return name || 'cluster';
}

function named(list: unknown, key: string): Map<string, Obj> {
  const map = new Map<string, Obj>();
  if (!Array.isArray(list)) return map;
  for (const entry of list) {
    const name = isObj(entry) ? str(entry['name']) : undefined;
    const value = isObj(entry) ? entry[key] : undefined;
    if (name !== undefined && isObj(value) && !map.has(name)) map.set(name, value);
  }
  return map;
}

function authTypeOf(user: Obj | undefined): ClusterAuthType {
  if (!user) return 'none';
  if (isObj(user['exec'])) return 'exec';
  if (isObj(user['auth-provider'])) return 'authProvider';
  if (str(user['token'])) return 'token';
  if (str(user['tokenFile'])) return 'tokenFile';
  if (str(user['client-certificate-data']) || str(user['client-certificate'])) return 'clientCertificate';
  if (str(user['username'])) return 'basic';
  return 'none';
}

const fileKeys = ['certificate-authority', 'client-certificate', 'client-key', 'tokenFile'];

/** Parses kubeconfig text (YAML or JSON) in the browser to list its contexts; nothing leaves the page. */
export function parseKubeconfig(text: string): ParsedKubeconfig {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (error) {
    return {
      contexts: [],
      currentContext: undefined,
      errors: [error instanceof Error ? error.message : String(error)],
    };
  }
  if (!isObj(doc))
    return {
      contexts: [],
      currentContext: undefined,
      errors: ['not a kubeconfig (expected a YAML mapping)'],
    };
  const clusters = named(doc['clusters'], 'cluster');
  const users = named(doc['users'], 'user');
  const errors: string[] = [];
  const contexts = [...named(doc['contexts'], 'context')].map(([name, context]): KubeconfigContext => {
    const clusterName = str(context['cluster']) ?? '';
    const userName = str(context['user']) ?? '';
    const cluster = clusters.get(clusterName);
    const user = users.get(userName);
    const authType = authTypeOf(user);
    const warnings: ContextWarning[] = [];
    if (authType === 'exec') warnings.push('exec');
    if (authType === 'authProvider') warnings.push('authProvider');
    if (fileKeys.some((key) => str(cluster?.[key]) ?? str(user?.[key]))) warnings.push('fileReference');
    if (!str(cluster?.['server'])) warnings.push('noServer');
    if (userName && !user) warnings.push('missingUser');
    return {
      name,
      cluster: clusterName,
      user: userName,
      server: str(cluster?.['server']) ?? '',
      namespace: str(context['namespace']),
      authType,
      warnings,
      defaultName: toClusterName(name),
    };
  });
  if (contexts.length === 0) errors.push('no contexts found');
  return { contexts, currentContext: str(doc['current-context']), errors };
}

/**
 * One load of a list of kubeconfig files → Clusters (with names and credentials) and per-file errors.
 * Unchanged contexts keep their previous `Cluster` object, and with it their credential caches.
 */
import { createHash } from 'node:crypto';
import type { Cluster, ClusterCredentials } from './cluster.ts';
import { assignClusterNames } from './cluster-name.ts';
import { createKubeconfigCredentials } from './credentials.ts';
import type { KubeconfigCredentialsInput } from './credentials.ts';
import { mergeKubeconfigs, parseKubeconfig } from './kubeconfig-file.ts';
import type { MergedContext, ParsedKubeconfig, KubeconfigProblem } from './kubeconfig-file.ts';

/** Reads a file as UTF-8 text. */
export type ReadTextFile = (file: string) => Promise<string>;

/** Options of {@link loadKubeconfigClusters}. */
export interface LoadKubeconfigOptions {
  readonly readFile: ReadTextFile;
  /** Names held by other sources; kubeconfig clusters avoid them. */
  readonly reserved?: ReadonlySet<string>;
  /** Clusters of the previous load by fingerprint, reused when unchanged. */
  readonly previous?: ReadonlyMap<string, Cluster>;
  readonly createCredentials?: (input: KubeconfigCredentialsInput) => ClusterCredentials;
}

/** Result of one load. `byFingerprint` is what the next load passes as `previous`. */
export interface KubeconfigLoad {
  readonly clusters: readonly Cluster[];
  readonly errors: readonly KubeconfigProblem[];
  readonly byFingerprint: ReadonlyMap<string, Cluster>;
}

/** Reads, parses and merges `paths` (precedence order) into clusters. Never throws for bad files. */
export async function loadKubeconfigClusters(
  paths: readonly string[],
  options: LoadKubeconfigOptions,
): Promise<KubeconfigLoad> {
  const errors: KubeconfigProblem[] = [];
  const parsed = await Promise.all(paths.map((file) => readOne(file, options.readFile, errors)));
  const merged = mergeKubeconfigs(parsed.filter((entry) => entry !== undefined));
  errors.push(...merged.errors);
  const valid = merged.value.filter((context) => {
    const problem = serverProblem(context.cluster.server);
    if (problem !== undefined)
      errors.push({ file: context.file, message: `context "${context.contextName}": ${problem}` });
    return problem === undefined;
  });
  const names = assignClusterNames(
    valid.map((context) => context.contextName),
    options.reserved,
  );
  const create = options.createCredentials ?? createKubeconfigCredentials;
  const byFingerprint = new Map<string, Cluster>();
  const clusters = valid.map((context, index) => {
    const name = names[index] ?? context.contextName;
    const fingerprint = fingerprintOf(name, context);
    const cluster = options.previous?.get(fingerprint) ?? toCluster(name, context, create);
    byFingerprint.set(fingerprint, cluster);
    return cluster;
  });
  return { clusters, errors: sortProblems(errors, paths), byFingerprint };
}

async function readOne(
  file: string,
  readFile: ReadTextFile,
  errors: KubeconfigProblem[],
): Promise<ParsedKubeconfig | undefined> {
  let text: string;
  try {
    text = await readFile(file);
  } catch (error) {
    errors.push({ file, message: readErrorMessage(error) });
    return undefined;
  }
  const result = parseKubeconfig(file, text);
  errors.push(...result.errors.map((message) => ({ file, message })));
  return result.value;
}

function readErrorMessage(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  switch (code) {
    case 'ENOENT':
      return 'file not found';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a file';
    default:
      return `cannot read file (${typeof code === 'string' ? code : 'unknown error'})`;
  }
}

function serverProblem(server: string): string | undefined {
  try {
    const url = new URL(server);
    if (url.protocol === 'https:' || url.protocol === 'http:') return undefined;
    return `server URL must use https or http, not ${url.protocol}`;
  } catch {
    return 'server is not a valid URL';
  }
}

function toCluster(
  name: string,
  context: MergedContext,
  create: (input: KubeconfigCredentialsInput) => ClusterCredentials,
): Cluster {
  return {
    name,
    contextName: context.contextName,
    server: context.cluster.server,
    source: { type: 'kubeconfig', file: context.file, context: context.contextName },
    authType: context.authType,
    namespace: context.namespace,
    credentials: create({ cluster: context.cluster, user: context.user }),
  };
}

/** A hash of everything a cluster is built from (kept in memory only; the input holds secrets). */
function fingerprintOf(name: string, context: MergedContext): string {
  const material = JSON.stringify([
    name,
    context.contextName,
    context.file,
    context.namespace,
    context.authType,
    context.cluster,
    context.user ?? null,
  ]);
  return createHash('sha256').update(material).digest('hex');
}

function sortProblems(errors: readonly KubeconfigProblem[], paths: readonly string[]): KubeconfigProblem[] {
  return [...errors].sort((a, b) => paths.indexOf(a.file) - paths.indexOf(b.file));
}

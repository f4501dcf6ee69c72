/**
 * The checks every new dynamic cluster passes before it is added, whoever adds it (the shared registry in
 * local mode, a user's own set in-cluster): the kubeconfig policy (security/kubeconfig-policy.ts), the
 * server allow-list (security/allowed-servers.ts), then, if asked, `verify`. Any failure throws and nothing
 * is added. Also: choosing free names (`onConflict`).
 */
import { createHash } from 'node:crypto';
import type { ClusterVerification, NameConflictPolicy } from '@wheelhouse/api-types';
import { ConflictError, InputError, UnprocessableError } from '../http/errors.ts';
import { checkKubeconfigPolicy } from '../security/kubeconfig-policy.ts';
import type { ServerPolicy } from '../security/allowed-servers.ts';
import type { ClusterCredentials, ClusterSource } from './cluster.ts';
import { buildCluster, fieldFor } from './cluster-definition.ts';
import type { BuildClusterOptions, ClusterDefinition } from './cluster-definition.ts';
import type { VerifyCluster } from './verify-cluster.ts';

/** What admission needs. */
export interface AdmissionOptions {
  readonly mode: 'local' | 'in-cluster';
  readonly serverPolicy: ServerPolicy;
  readonly verifier: VerifyCluster;
  readonly createCredentials?: BuildClusterOptions['createCredentials'];
}

/** Credentials whose connections resolve host names through the server policy (pins the allow-list). */
export function pinCredentials(credentials: ClusterCredentials, policy: ServerPolicy): ClusterCredentials {
  if (!policy.active) return credentials;
  return {
    tls: async () => ({ ...(await credentials.tls()), lookup: policy.lookup }),
    authHeaders: () => credentials.authHeaders(),
  };
}

/** Build options for dynamic clusters under `options` (pinned lookups when the policy is active). */
export function buildOptions(options: AdmissionOptions): BuildClusterOptions {
  return {
    file: '/',
    createCredentials: options.createCredentials,
    wrapCredentials: (credentials) => pinCredentials(credentials, options.serverPolicy),
  };
}

/**
 * Runs policy, allow-list and (when `verify`) verification on every definition. Returns the verification
 * results in definition order (empty without `verify`).
 */
export async function admitClusters(
  definitions: readonly ClusterDefinition[],
  verify: boolean,
  options: AdmissionOptions,
): Promise<ClusterVerification[]> {
  const violation = checkKubeconfigPolicy(definitions, options.mode);
  if (violation !== undefined) {
    const extensions: Record<string, string> =
      violation.context === undefined ? {} : { context: violation.context };
    if (violation.status === 400) throw new InputError(violation.field, violation.message);
    throw new UnprocessableError('policy', violation.message, violation.field, extensions);
  }
  for (const definition of definitions) {
    const server = String(definition.cluster['server']);
    const allowed = await options.serverPolicy.check(server);
    if (!allowed.ok) {
      throw new UnprocessableError(
        'policy',
        allowed.message,
        fieldFor(definition, 'server'),
        contextOf(definition),
      );
    }
  }
  if (!verify) return [];
  const source: ClusterSource = { type: 'dynamic', persisted: false };
  const results = await Promise.all(
    definitions.map(async (definition) => {
      const built = buildCluster(definition.name, definition, source, buildOptions(options));
      if ('error' in built) throw new InputError(built.error.field, built.error.message);
      return { definition, result: await options.verifier(built.value) };
    }),
  );
  return results.map(({ definition, result }) => {
    if (result.ok) return result.verification;
    throw new UnprocessableError(
      'verification-failed',
      `Cannot verify cluster "${definition.name}": ${result.message}.`,
      verifyField(definition, result.reason),
      { reason: result.reason, cluster: definition.name, ...contextOf(definition) },
    );
  });
}

function contextOf(definition: ClusterDefinition): Record<string, string> {
  return definition.contextName === undefined ? {} : { context: definition.contextName };
}

function verifyField(definition: ClusterDefinition, reason: string): string {
  switch (reason) {
    case 'tls-unknown-authority':
      return fieldFor(definition, 'certificate-authority-data');
    case 'tls-hostname-mismatch':
      return fieldFor(definition, 'tls-server-name');
    case 'unauthorized':
    case 'forbidden':
      return fieldFor(
        definition,
        definition.user?.['token'] === undefined ? 'client-certificate-data' : 'token',
      );
    default:
      return fieldFor(definition, 'server');
  }
}

/**
 * Final names for `definitions`: the wanted name when free. A clash with a taken name throws 409 unless
 * `onConflict` is `rename`; two definitions wanting one name throw 400 unless `rename`. A rename appends
 * `-` and the first 6+ hex digits of the SHA-256 of the context (or wanted) name, as kubeconfig clashes do.
 */
export function chooseNames(
  definitions: readonly ClusterDefinition[],
  isTaken: (name: string) => boolean,
  onConflict: NameConflictPolicy,
): string[] {
  const chosen = new Set<string>();
  return definitions.map((definition) => {
    const wanted = definition.name;
    const inBatch = chosen.has(wanted);
    if (!inBatch && !isTaken(wanted)) {
      chosen.add(wanted);
      return wanted;
    }
    if (onConflict !== 'rename') {
      const field =
        definition.origin.type === 'fields'
          ? 'name'
          : definition.contextName === undefined
            ? 'names'
            : `names.${definition.contextName}`;
      if (inBatch)
        throw new InputError(
          field,
          `two clusters in this request would be named "${wanted}": give names, or onConflict "rename"`,
        );
      throw new ConflictError(
        `a cluster named "${wanted}" already exists (use onConflict "rename" for a new name)`,
        field,
      );
    }
    const name = freeName(
      wanted,
      definition.contextName ?? wanted,
      (candidate) => chosen.has(candidate) || isTaken(candidate),
    );
    chosen.add(name);
    return name;
  });
}

function freeName(base: string, seed: string, taken: (name: string) => boolean): string {
  const digest = createHash('sha256').update(seed).digest('hex');
  const trim = (text: string): string => text.replace(/[^a-z0-9]+$/, '');
  for (let length = 6; length <= 16; length += 2) {
    const suffix = `-${digest.slice(0, length)}`;
    const candidate = `${trim(base.slice(0, 63 - suffix.length))}${suffix}`;
    if (!taken(candidate)) return candidate;
  }
  for (let counter = 2; ; counter += 1) {
    const suffix = `-${digest.slice(0, 6)}-${counter}`;
    const candidate = `${trim(base.slice(0, 63 - suffix.length))}${suffix}`;
    if (!taken(candidate)) return candidate;
  }
}

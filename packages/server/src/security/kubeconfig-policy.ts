/**
 * What a client-supplied cluster definition may make the server do.
 *
 * Some kubeconfig features make whoever uses the kubeconfig run a command or read a file: `exec`
 * credential plugins and `auth-provider`s (gcp's `cmd-path`; oidc refreshes against an issuer URL of the
 * kubeconfig's choosing), and file references (`certificate-authority`, `client-certificate`, `client-key`,
 * `tokenFile`). `proxy-url` sends the traffic wherever it names.
 *
 * - Local mode: accepted. The only client is the machine's owner (session token), who could run those
 *   commands anyway, and EKS/GKE/AKS kubeconfigs need exec plugins. File references must be absolute: an
 *   uploaded kubeconfig has no directory for a relative path to be relative to.
 * - In-cluster mode: refused (422). The server is shared; running a user's command or reading a path a
 *   user names in the server's pod would hand the pod (its service-account token, other users' traffic)
 *   to any user.
 */
import path from 'node:path';
import type { ClusterDefinition, DefinitionProblem } from '../clusters/cluster-definition.ts';
import { fieldFor } from '../clusters/cluster-definition.ts';

/** Kubeconfig keys that run commands or reach elsewhere, and why they are refused in-cluster. */
const REFUSED_IN_CLUSTER: readonly (readonly [entry: 'cluster' | 'user', key: string, why: string])[] = [
  ['user', 'exec', 'exec credential plugins would run a command on the shared server'],
  [
    'user',
    'auth-provider',
    'auth-provider plugins would run commands or contact other servers from the shared server',
  ],
  ['user', 'token-file', 'file references would read files of the shared server'],
  ['user', 'tokenFile', 'file references would read files of the shared server'],
  ['user', 'client-certificate', 'file references would read files of the shared server'],
  ['user', 'client-key', 'file references would read files of the shared server'],
  ['cluster', 'certificate-authority', 'file references would read files of the shared server'],
  ['cluster', 'proxy-url', "proxy-url would send traffic through a proxy of the user's choosing"],
];

const FILE_KEYS: readonly (readonly ['cluster' | 'user', string])[] = [
  ['cluster', 'certificate-authority'],
  ['user', 'client-certificate'],
  ['user', 'client-key'],
  ['user', 'token-file'],
  ['user', 'tokenFile'],
];

/** A refused definition: the problem to report with status 422 (`policy`) or 400 (bad path). */
export interface PolicyViolation extends DefinitionProblem {
  readonly status: 400 | 422;
}

/** The first violation of the policy for `mode`, or undefined when every definition may be added. */
export function checkKubeconfigPolicy(
  definitions: readonly ClusterDefinition[],
  mode: 'local' | 'in-cluster',
): PolicyViolation | undefined {
  for (const definition of definitions) {
    const violation = mode === 'in-cluster' ? inClusterViolation(definition) : localViolation(definition);
    if (violation !== undefined) return violation;
  }
  return undefined;
}

function present(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

function where(definition: ClusterDefinition): string {
  return definition.contextName === undefined ? '' : `context "${definition.contextName}": `;
}

function inClusterViolation(definition: ClusterDefinition): PolicyViolation | undefined {
  for (const [entry, key, why] of REFUSED_IN_CLUSTER) {
    const body = entry === 'cluster' ? definition.cluster : definition.user;
    if (!present(body?.[key])) continue;
    return {
      status: 422,
      field: fieldFor(definition, key),
      message: `${where(definition)}${entry}.${key} is not allowed on a shared (in-cluster) server: ${why}`,
      context: definition.contextName,
    };
  }
  return undefined;
}

function localViolation(definition: ClusterDefinition): PolicyViolation | undefined {
  for (const [entry, key] of FILE_KEYS) {
    const value = (entry === 'cluster' ? definition.cluster : definition.user)?.[key];
    if (typeof value !== 'string' || value === '' || path.isAbsolute(value)) continue;
    return {
      status: 400,
      field: fieldFor(definition, key),
      message: `${where(definition)}${entry}.${key} must be an absolute path in a kubeconfig given to the API`,
      context: definition.contextName,
    };
  }
  return undefined;
}

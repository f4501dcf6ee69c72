/**
 * Builds the dynamic-cluster services for a configuration: the admission checks (kubeconfig policy,
 * `--allowed-servers`, verify) and, when `--dynamic-clusters` is on, the local `DynamicSource` (shared
 * registry, clusters.yaml when `--persist-clusters`) or the in-cluster per-user `UserClusters`.
 */
import { createServerPolicy, parseAllowedServers } from '../security/allowed-servers.ts';
import type { ResolveHost } from '../security/allowed-servers.ts';
import type { ServerConfig } from '../config/server-config.ts';
import type { ServiceLogger } from '../util/logger.ts';
import { buildOptions } from './cluster-admission.ts';
import type { AdmissionOptions } from './cluster-admission.ts';
import type { ClusterRegistry } from './cluster-registry.ts';
import type { ClusterStore } from './cluster-store.ts';
import { DynamicSource } from './dynamic-source.ts';
import { UserClusters } from './user-clusters.ts';
import { createClusterVerifier } from './verify-cluster.ts';
import type { VerifyCluster } from './verify-cluster.ts';

/** The dynamic-cluster services of one server. */
export interface DynamicClusters {
  readonly admission: AdmissionOptions;
  /** Local mode with dynamic clusters on. */
  readonly dynamic?: DynamicSource | undefined;
  /** In-cluster mode with dynamic clusters on. */
  readonly userClusters?: UserClusters | undefined;
}

/** Inputs of {@link createDynamicClusters}. */
export interface DynamicClustersOptions {
  readonly config: ServerConfig;
  readonly registry: ClusterRegistry;
  /** clusters.yaml (local mode with persistence on). */
  readonly store?: ClusterStore | undefined;
  readonly logger?: ServiceLogger | undefined;
  readonly resolve?: ResolveHost | undefined;
  readonly verifier?: VerifyCluster | undefined;
}

/** Builds the services (nothing is loaded yet: call `dynamic.start()`). */
export function createDynamicClusters(options: DynamicClustersOptions): DynamicClusters {
  const { config, registry } = options;
  const serverPolicy = createServerPolicy({
    rules: parseAllowedServers(config.allowedServers).value,
    mode: config.mode,
    ...(options.resolve === undefined ? {} : { resolve: options.resolve }),
  });
  const admission: AdmissionOptions = {
    mode: config.mode,
    serverPolicy,
    verifier: options.verifier ?? createClusterVerifier(),
  };
  if (!config.dynamicClusters) return { admission };
  const build = buildOptions(admission);
  if (config.mode === 'in-cluster') return { admission, userClusters: new UserClusters({ registry, build }) };
  const store = config.persistClusters ? options.store : undefined;
  return {
    admission,
    dynamic: new DynamicSource({
      registry,
      store,
      build,
      ...(options.logger === undefined ? {} : { logger: options.logger }),
    }),
  };
}

export { createApp } from './app.ts';
export type { AppDeps, RegisterKubeProxy } from './app.ts';
export { main } from './main.ts';
export type { MainOptions, RunningServer } from './main.ts';
export { buildProxyKubeconfig, runKubeconfigCommand } from './kubeconfig-command.ts';
export { AuthType } from './clusters/cluster.ts';
export type { Cluster, ClusterCredentials, ClusterSource, UpstreamTls } from './clusters/cluster.ts';
export { ClusterRegistry } from './clusters/cluster-registry.ts';
export type { RegistryEvent } from './clusters/cluster-registry.ts';
export { assignClusterNames, isValidClusterName, sanitizeClusterName } from './clusters/cluster-name.ts';
export { createKubeconfigCredentials } from './clusters/credentials.ts';
export {
  IN_CLUSTER_SOURCE_ID,
  loadInClusterCluster,
  startInClusterSource,
} from './clusters/in-cluster-source.ts';
export { loadKubeconfigClusters } from './clusters/kubeconfig-loader.ts';
export { KUBECONFIG_SOURCE_ID, KubeconfigSource } from './clusters/kubeconfig-source.ts';
export { ReachabilityMonitor, createVersionProbe } from './clusters/reachability.ts';
export { parseServerConfig, formatConfigError } from './config/server-config.ts';
export type { ServerConfig } from './config/server-config.ts';
export { SERVER_FLAGS, serverUsage } from './config/server-flags.ts';
export {
  ConflictError,
  ForbiddenError,
  HttpError,
  InputError,
  NotFoundError,
  PayloadTooLargeError,
  UnauthorizedError,
  UpstreamError,
} from './http/errors.ts';
export { createProblem, toProblem } from './http/problem.ts';
export { createLogger } from './logging.ts';
export { createRequestGuard } from './security/request-guard.ts';
export type { GuardDecision, RequestGuard } from './security/request-guard.ts';
export { createSessionToken } from './security/session-token.ts';
export type { SessionToken } from './security/session-token.ts';
export { recordRequestAuth, resolveUserCredential } from './security/user-credential.ts';
export type { UserCredential } from './security/user-credential.ts';
export { ClusterStore } from './clusters/cluster-store.ts';
export { createDynamicClusters } from './clusters/dynamic-clusters.ts';
export type { DynamicClusters } from './clusters/dynamic-clusters.ts';
export { DYNAMIC_SOURCE_ID, DynamicSource } from './clusters/dynamic-source.ts';
export { UserClusters } from './clusters/user-clusters.ts';
export { createClusterVerifier } from './clusters/verify-cluster.ts';
export { UnprocessableError } from './http/errors.ts';
export { buildOpenApiDocument } from './api/openapi-document.ts';
export { checkKubeconfigPolicy } from './security/kubeconfig-policy.ts';
export { createServerPolicy, parseAllowedServers } from './security/allowed-servers.ts';

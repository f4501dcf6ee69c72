export type {
  ClusterAuthType,
  ClusterSourceKind,
  ClusterStatus,
  ClusterSummary,
  ReachabilityState,
  SourceError,
  UnreachableReason,
} from './cluster.ts';
export type { ConfigResponse, ServerFeatures, ServerMode } from './config.ts';
export type { ClusterEvent, ClusterEventType } from './events.ts';
export type { ClusterLoginRequest } from './login.ts';
export { PROBLEM_CONTENT_TYPE } from './problem.ts';
export type { ProblemDetails } from './problem.ts';
export {
  MAX_CLUSTER_TOKEN_LENGTH,
  clusterLoginRequestSchema,
  clusterStatusSchema,
  clusterSummarySchema,
  configResponseSchema,
  problemDetailsSchema,
  sourceErrorSchema,
} from './schemas.ts';
export type {
  AddClusterFieldsRequest,
  AddClustersOptions,
  AddClustersRequest,
  AddClustersResponse,
  AddKubeconfigClustersRequest,
  ClusterProblem,
  ClusterVerification,
  NameConflictPolicy,
  RenameClusterRequest,
  VerifyFailureReason,
} from './dynamic-clusters.ts';
export { CLUSTER_NAME_RULE, MAX_CLUSTER_REQUEST_BYTES } from './dynamic-clusters.ts';
export {
  addClusterFieldsRequestSchema,
  addClustersRequestSchema,
  addClustersResponseSchema,
  addKubeconfigClustersRequestSchema,
  clusterProblemSchema,
  clusterVerificationSchema,
  renameClusterRequestSchema,
} from './dynamic-cluster-schemas.ts';
export type {
  PluginDirectory,
  PluginError,
  PluginListResponse,
  PluginOrigin,
  PluginOriginKind,
  PluginSummary,
  PluginsChangedEvent,
  UpdatePluginRequest,
} from './plugins.ts';
export {
  pluginDirectorySchema,
  pluginErrorSchema,
  pluginListResponseSchema,
  pluginOriginSchema,
  pluginSummarySchema,
  updatePluginRequestSchema,
} from './plugins.ts';
export type {
  PortForward,
  PortForwardList,
  PortForwardState,
  StartPortForwardRequest,
} from './port-forward.ts';
export { portForwardListSchema, portForwardSchema, startPortForwardRequestSchema } from './port-forward.ts';

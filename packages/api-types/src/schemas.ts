/**
 * JSON Schemas (draft-07 subset that Fastify's Ajv and fast-json-stringify understand) for the types in this
 * package. `as const` so that they stay plain data and can be checked against the TypeScript types.
 */

const sourceKinds = ['kubeconfig', 'in-cluster', 'dynamic', 'plugin'] as const;
const authTypes = [
  'none',
  'token',
  'tokenFile',
  'clientCertificate',
  'basic',
  'exec',
  'authProvider',
] as const;

/** Schema of `ClusterStatus`. */
export const clusterStatusSchema = {
  type: 'object',
  required: ['state'],
  additionalProperties: false,
  properties: {
    state: { type: 'string', enum: ['unknown', 'reachable', 'unauthorized', 'forbidden', 'unreachable'] },
    reason: { type: 'string', enum: ['dns', 'refused', 'tls', 'timeout', 'credentials', 'http', 'other'] },
    message: { type: 'string' },
    version: { type: 'string' },
    checkedAt: { type: 'string' },
  },
} as const;

/** Schema of `ClusterSummary`. */
export const clusterSummarySchema = {
  type: 'object',
  required: ['name', 'source', 'server', 'authType', 'status'],
  additionalProperties: false,
  properties: {
    name: { type: 'string' },
    source: { type: 'string', enum: sourceKinds },
    file: { type: 'string' },
    contextName: { type: 'string' },
    server: { type: 'string' },
    authType: { type: 'string', enum: authTypes },
    namespace: { type: 'string' },
    persisted: { type: 'boolean' },
    status: clusterStatusSchema,
  },
} as const;

/** Schema of `SourceError`. */
export const sourceErrorSchema = {
  type: 'object',
  required: ['source', 'message'],
  additionalProperties: false,
  properties: {
    source: { type: 'string' },
    file: { type: 'string' },
    message: { type: 'string' },
  },
} as const;

/** Schema of `ConfigResponse` (`GET /api/config`). */
export const configResponseSchema = {
  type: 'object',
  required: ['version', 'mode', 'baseUrl', 'features', 'clusters', 'sourceErrors'],
  additionalProperties: false,
  properties: {
    version: { type: 'string' },
    mode: { type: 'string', enum: ['local', 'in-cluster'] },
    baseUrl: { type: 'string' },
    features: {
      type: 'object',
      required: ['dynamicClusters', 'persistClusters'],
      additionalProperties: false,
      properties: {
        dynamicClusters: { type: 'boolean' },
        persistClusters: { type: 'boolean' },
      },
    },
    clusters: { type: 'array', items: clusterSummarySchema },
    sourceErrors: { type: 'array', items: sourceErrorSchema },
  },
} as const;

/** Schema of `ProblemDetails`. */
export const problemDetailsSchema = {
  type: 'object',
  required: ['type', 'title', 'status'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    field: { type: 'string' },
  },
} as const;

/** Largest token accepted by the cluster login endpoint; larger ones would not fit in a cookie. */
export const MAX_CLUSTER_TOKEN_LENGTH = 3800;

/** Schema of `ClusterLoginRequest`. */
export const clusterLoginRequestSchema = {
  type: 'object',
  required: ['token'],
  additionalProperties: false,
  properties: {
    token: { type: 'string', minLength: 1, maxLength: MAX_CLUSTER_TOKEN_LENGTH, pattern: '^[\\x21-\\x7e]+$' },
  },
} as const;

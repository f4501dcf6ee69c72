/**
 * JSON Schemas of the dynamic-cluster endpoints (types in dynamic-clusters.ts). The server validates
 * request bodies with its own code (for precise messages naming the field at fault); these schemas are the
 * published contract: the OpenAPI document at `/api/openapi.json` is built from them.
 */
import { clusterSummarySchema, problemDetailsSchema } from './schemas.ts';
import { CLUSTER_NAME_RULE } from './dynamic-clusters.ts';

const clusterName = { type: 'string', minLength: 1, maxLength: 63, pattern: CLUSTER_NAME_RULE } as const;

const commonOptions = {
  persist: { type: 'boolean', description: 'Save to <config-dir>/clusters.yaml (default false).' },
  verify: {
    type: 'boolean',
    description: 'Contact the server first (/version, SelfSubjectReview); refuse on failure.',
  },
  dryRun: {
    type: 'boolean',
    description: 'Check (and with verify, contact the server) but add nothing; answers 200 (default false).',
  },
  onConflict: {
    type: 'string',
    enum: ['fail', 'rename'],
    description: 'On a name clash: 409 (fail, default) or pick a free name (rename).',
  },
} as const;

/** Schema of `AddKubeconfigClustersRequest`. */
export const addKubeconfigClustersRequestSchema = {
  type: 'object',
  required: ['kubeconfig'],
  additionalProperties: false,
  properties: {
    kubeconfig: { type: 'string', minLength: 1, description: 'Kubeconfig text (YAML or JSON).' },
    contexts: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      uniqueItems: true,
      description: 'Contexts to add (default all).',
    },
    names: {
      type: 'object',
      additionalProperties: clusterName,
      description: 'Cluster name per context name.',
    },
    ...commonOptions,
  },
} as const;

const pemData = {
  type: 'string',
  minLength: 1,
  description: 'PEM, base64-encoded (as in kubeconfig *-data fields) or as text.',
} as const;

/** Schema of `AddClusterFieldsRequest`. */
export const addClusterFieldsRequestSchema = {
  type: 'object',
  required: ['name', 'server'],
  additionalProperties: false,
  properties: {
    name: clusterName,
    server: { type: 'string', minLength: 1, description: 'https:// or http:// URL of the API server.' },
    certificateAuthorityData: pemData,
    insecureSkipTLSVerify: { type: 'boolean' },
    tlsServerName: { type: 'string', minLength: 1 },
    token: { type: 'string', minLength: 1 },
    clientCertificateData: pemData,
    clientKeyData: pemData,
    namespace: { type: 'string', minLength: 1 },
    ...commonOptions,
  },
} as const;

/** Schema of `AddClustersRequest` (either shape). */
export const addClustersRequestSchema = {
  oneOf: [addKubeconfigClustersRequestSchema, addClusterFieldsRequestSchema],
} as const;

/** Schema of `ClusterVerification`. */
export const clusterVerificationSchema = {
  type: 'object',
  required: ['name'],
  additionalProperties: false,
  properties: {
    name: { type: 'string' },
    version: { type: 'string' },
    username: { type: 'string' },
    groups: { type: 'array', items: { type: 'string' } },
  },
} as const;

/** Schema of `AddClustersResponse`. */
export const addClustersResponseSchema = {
  type: 'object',
  required: ['clusters'],
  additionalProperties: false,
  properties: {
    clusters: { type: 'array', items: clusterSummarySchema },
    verification: { type: 'array', items: clusterVerificationSchema },
    dryRun: { type: 'boolean', const: true, description: 'Set when nothing was added (a dry run).' },
  },
} as const;

/** Schema of `RenameClusterRequest`. */
export const renameClusterRequestSchema = {
  type: 'object',
  required: ['name'],
  additionalProperties: false,
  properties: { name: clusterName },
} as const;

/** Schema of `ClusterProblem`: `ProblemDetails` with the reason a cluster could not be reached. */
export const clusterProblemSchema = {
  type: 'object',
  required: problemDetailsSchema.required,
  properties: {
    ...problemDetailsSchema.properties,
    reason: {
      type: 'string',
      enum: [
        'dns',
        'refused',
        'unreachable',
        'timeout',
        'tls-unknown-authority',
        'tls-hostname-mismatch',
        'tls',
        'unauthorized',
        'forbidden',
        'credentials',
        'http',
        'other',
      ],
    },
    cluster: { type: 'string' },
    context: { type: 'string' },
  },
} as const;

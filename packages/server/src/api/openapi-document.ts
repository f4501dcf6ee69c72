/**
 * The OpenAPI 3.1 document of the server API (`GET BASE/api/openapi.json`), built from the JSON Schemas in
 * `@wheelhouse/api-types`, so the published contract and the types cannot drift apart. docs/api.md is the
 * prose companion.
 */
import {
  CLUSTER_NAME_RULE,
  MAX_CLUSTER_REQUEST_BYTES,
  addClusterFieldsRequestSchema,
  addClustersResponseSchema,
  addKubeconfigClustersRequestSchema,
  clusterLoginRequestSchema,
  clusterProblemSchema,
  clusterSummarySchema,
  configResponseSchema,
  pluginListResponseSchema,
  pluginSummarySchema,
  updatePluginRequestSchema,
  renameClusterRequestSchema,
} from '@wheelhouse/api-types';
import { portForwardPaths, portForwardSchemas } from './port-forward-openapi.ts';
import { json, problem, ref } from './openapi-helpers.ts';

const nameParameter = {
  name: 'name',
  in: 'path',
  required: true,
  description: 'Cluster name.',
  schema: { type: 'string', pattern: CLUSTER_NAME_RULE, maxLength: 63 },
};

const clusterPaths = {
  '/api/clusters': {
    post: {
      operationId: 'addClusters',
      summary: "Add clusters from a kubeconfig (one per context) or from one cluster's fields",
      description: `All or nothing. Body at most ${MAX_CLUSTER_REQUEST_BYTES} bytes. In-cluster mode: exec, auth-provider, file references and proxy-url are refused (422); servers are checked against --allowed-servers; the clusters are visible to the requesting user only.`,
      requestBody: {
        required: true,
        content: json({ oneOf: [ref('AddKubeconfigClustersRequest'), ref('AddClusterFieldsRequest')] }),
      },
      responses: {
        '200': {
          description: 'Dry run (`dryRun: true`): checked, nothing added.',
          content: json(ref('AddClustersResponse')),
        },
        '201': { description: 'The clusters were added.', content: json(ref('AddClustersResponse')) },
        '400': problem('Invalid input (field names the input at fault).'),
        '403': problem('Dynamic clusters or persistence are off on this server.'),
        '409': problem('A name is taken (use onConflict "rename").'),
        '413': problem('Body over 1 MiB.'),
        '422': problem(
          'Refused by policy (type …:policy) or verification failed (type …:verification-failed, with reason).',
        ),
      },
    },
  },
  '/api/clusters/{name}': {
    parameters: [nameParameter],
    patch: {
      operationId: 'renameCluster',
      summary: 'Rename a dynamic cluster',
      requestBody: { required: true, content: json(ref('RenameClusterRequest')) },
      responses: {
        '200': { description: 'The renamed cluster.', content: json(ref('ClusterSummary')) },
        '400': problem('Invalid name.'),
        '403': problem('Dynamic clusters are off.'),
        '404': problem('No such cluster.'),
        '409': problem('The new name is taken, or the cluster is not a dynamic one.'),
      },
    },
    delete: {
      operationId: 'removeCluster',
      summary: 'Remove a dynamic cluster (its streams close, its credentials are forgotten)',
      responses: {
        '204': { description: 'Removed.' },
        '403': problem('Dynamic clusters are off.'),
        '404': problem('No such cluster.'),
        '409': problem('Not a dynamic cluster (kubeconfig files are never edited).'),
      },
    },
  },
  '/api/clusters/{name}/login': {
    parameters: [nameParameter],
    post: {
      operationId: 'loginCluster',
      summary: "In-cluster mode: store the user's bearer token for the cluster in a cookie",
      requestBody: { required: true, content: json(ref('ClusterLoginRequest')) },
      responses: { '204': { description: 'Cookie set.' }, '404': problem('No such cluster.') },
    },
    delete: {
      operationId: 'logoutCluster',
      summary: 'In-cluster mode: delete the cluster token cookie',
      responses: { '204': { description: 'Cookie deleted.' } },
    },
  },
};

const pluginPaths = {
  '/api/plugins': {
    get: {
      operationId: 'listPlugins',
      summary:
        'The plugins found in --plugins-dir and <config-dir>/plugins, with entry URL, origin, state and errors',
      responses: { '200': { description: 'The plugins.', content: json(ref('PluginListResponse')) } },
    },
  },
  '/api/plugins/{name}': {
    parameters: [
      {
        name: 'name',
        in: 'path',
        required: true,
        description: 'Plugin name (may be @scope/name).',
        schema: { type: 'string' },
      },
    ],
    patch: {
      operationId: 'updatePlugin',
      summary: 'Switch a plugin on or off (local mode; saved in <config-dir>/plugins.yaml)',
      requestBody: { required: true, content: json(ref('UpdatePluginRequest')) },
      responses: {
        '200': { description: 'The updated plugin.', content: json(ref('PluginSummary')) },
        '400': problem('Invalid body or name.'),
        '403': problem('In-cluster mode: the operator switches plugins in plugins.yaml.'),
        '404': problem('No such plugin.'),
      },
    },
  },
  '/plugins/{name}/{path}': {
    parameters: [
      { name: 'name', in: 'path', required: true, schema: { type: 'string' } },
      { name: 'path', in: 'path', required: true, schema: { type: 'string' } },
    ],
    get: {
      operationId: 'getPluginFile',
      summary: "A file inside an enabled plugin's folder (no traversal, no links out of the folder)",
      responses: {
        '200': { description: 'The file, with its content type.' },
        '400': problem('A path segment is empty, ".", "..", or has an encoded or literal separator.'),
        '403': problem('The file is a link to somewhere outside the plugin folder.'),
        '404': problem('No such plugin or file, a hidden file, or the plugin is off or broken.'),
      },
    },
  },
};

const otherPaths = {
  '/api/config': {
    get: {
      operationId: 'getConfig',
      summary: 'Mode, features, clusters and their status',
      responses: { '200': { description: 'The configuration.', content: json(ref('ConfigResponse')) } },
    },
  },
  '/api/clusters/events': {
    get: {
      operationId: 'clusterEvents',
      summary:
        'Server-Sent Events of cluster changes (snapshot, added, updated, removed, renamed, status, source-errors)',
      responses: {
        '200': {
          description: 'An event stream.',
          content: { 'text/event-stream': { schema: { type: 'string' } } },
        },
      },
    },
  },
  '/api/openapi.json': {
    get: {
      operationId: 'getOpenApi',
      summary: 'This document',
      responses: { '200': { description: 'OpenAPI 3.1.' } },
    },
  },
  '/clusters/{name}/{path}': {
    parameters: [nameParameter, { name: 'path', in: 'path', required: true, schema: { type: 'string' } }],
    get: {
      operationId: 'proxyCluster',
      summary: "The cluster's Kubernetes API, proxied (every method and upgrade)",
      responses: {
        default: { description: "The API server's answer, or problem+json when it cannot be reached." },
      },
    },
  },
  '/healthz': {
    get: { operationId: 'healthz', security: [], responses: { '200': { description: 'Running.' } } },
  },
  '/readyz': {
    get: {
      operationId: 'readyz',
      security: [],
      responses: { '200': { description: 'Ready.' }, '503': problem('Sources still loading.') },
    },
  },
};

/** The OpenAPI document for a server mounted at `baseUrl`. */
export function buildOpenApiDocument(options: { version: string; baseUrl: string }): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Wheelhouse server API',
      version: options.version,
      description: 'The HTTP API of the Wheelhouse server. Prose: docs/api.md; security: docs/security.md.',
    },
    servers: [{ url: options.baseUrl === '' ? '/' : options.baseUrl }],
    security: [{ sessionCookie: [] }, { sessionBearer: [] }, {}],
    paths: { ...otherPaths, ...clusterPaths, ...pluginPaths, ...portForwardPaths },
    components: {
      securitySchemes: {
        sessionCookie: {
          type: 'apiKey',
          in: 'cookie',
          name: 'wheelhouse-session-PORT',
          description: 'Local mode, after login.',
        },
        sessionBearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'Local mode: the session token (scripts, kubectl).',
        },
      },
      schemas: {
        ConfigResponse: configResponseSchema,
        ClusterSummary: clusterSummarySchema,
        AddKubeconfigClustersRequest: addKubeconfigClustersRequestSchema,
        AddClusterFieldsRequest: addClusterFieldsRequestSchema,
        AddClustersResponse: addClustersResponseSchema,
        RenameClusterRequest: renameClusterRequestSchema,
        ClusterLoginRequest: clusterLoginRequestSchema,
        ClusterProblem: clusterProblemSchema,
        PluginListResponse: pluginListResponseSchema,
        PluginSummary: pluginSummarySchema,
        UpdatePluginRequest: updatePluginRequestSchema,
        ...portForwardSchemas,
      },
    },
  };
}

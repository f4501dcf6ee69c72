/** The OpenAPI paths and schemas of the port-forward routes (merged into openapi-document.ts). */
import {
  portForwardListSchema,
  portForwardSchema,
  startPortForwardRequestSchema,
} from '@wheelhouse/api-types';
import { json, problem, ref } from './openapi-helpers.ts';

const localOnly = problem('In-cluster mode: port-forwards are available only locally.');

/** Paths of `/api/port-forwards`. */
export const portForwardPaths = {
  '/api/port-forwards': {
    get: {
      operationId: 'listPortForwards',
      summary: 'Active and failed port-forwards (local mode)',
      responses: {
        '200': { description: 'The forwards.', content: json(ref('PortForwardList')) },
        '403': localOnly,
      },
    },
    post: {
      operationId: 'startPortForward',
      summary:
        'Forward 127.0.0.1:localPort to a pod port, or to a ready pod behind a service port (local mode)',
      requestBody: { required: true, content: json(ref('StartPortForwardRequest')) },
      responses: {
        '201': { description: 'Listening.', content: json(ref('PortForward')) },
        '400': problem(
          'Invalid body, both or neither of pod and service, unknown service port, or local port in use.',
        ),
        '403': localOnly,
        '404': problem('No such cluster, pod or service, or no ready pod behind the service.'),
      },
    },
  },
  '/api/port-forwards/{id}': {
    parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
    delete: {
      operationId: 'stopPortForward',
      summary: 'Stop a forward (closes its listener and connections) and forget it',
      responses: { '204': { description: 'Stopped.' }, '403': localOnly, '404': problem('No such forward.') },
    },
  },
};

/** Component schemas of the port-forward routes. */
export const portForwardSchemas = {
  StartPortForwardRequest: startPortForwardRequestSchema,
  PortForward: portForwardSchema,
  PortForwardList: portForwardListSchema,
};

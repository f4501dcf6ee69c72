/**
 * Port-forwards (local mode): `POST /api/port-forwards` starts one, `GET /api/port-forwards` lists them,
 * `DELETE /api/port-forwards/ID` stops one. The server listens on 127.0.0.1 only.
 */

/** Body of `POST /api/port-forwards`: exactly one of `pod` or `service`. */
export interface StartPortForwardRequest {
  readonly cluster: string;
  readonly namespace: string;
  readonly pod?: string;
  readonly service?: string;
  /** The pod's container port, or the service's port (number). */
  readonly port: number;
  /** The local port; omitted or 0 → a free one. */
  readonly localPort?: number;
}

/** `active`: listening. `failed`: stopped by an error (`error` says which). */
export type PortForwardState = 'active' | 'failed';

/** One forward. */
export interface PortForward {
  readonly id: string;
  readonly cluster: string;
  readonly namespace: string;
  /** The pod the connections go to (for a service: the endpoint pod chosen). */
  readonly pod: string;
  readonly service?: string;
  /** The port asked for (pod port or service port). */
  readonly port: number;
  /** The pod port the connections reach. */
  readonly targetPort: number;
  /** Always 127.0.0.1. */
  readonly localAddress: string;
  readonly localPort: number;
  readonly state: PortForwardState;
  /** The last connection error, or why the forward failed. */
  readonly error?: string;
  readonly connections: number;
  readonly startedAt: string;
}

/** Body of `GET /api/port-forwards`. */
export interface PortForwardList {
  readonly items: readonly PortForward[];
}

const portSchema = { type: 'integer', minimum: 1, maximum: 65535 } as const;

/** Schema of {@link StartPortForwardRequest}. */
export const startPortForwardRequestSchema = {
  type: 'object',
  required: ['cluster', 'namespace', 'port'],
  additionalProperties: false,
  properties: {
    cluster: { type: 'string', minLength: 1, maxLength: 253 },
    namespace: { type: 'string', minLength: 1, maxLength: 63 },
    pod: { type: 'string', minLength: 1, maxLength: 253 },
    service: { type: 'string', minLength: 1, maxLength: 63 },
    port: portSchema,
    localPort: { type: 'integer', minimum: 0, maximum: 65535 },
  },
} as const;

/** Schema of {@link PortForward}. */
export const portForwardSchema = {
  type: 'object',
  required: [
    'id',
    'cluster',
    'namespace',
    'pod',
    'port',
    'targetPort',
    'localAddress',
    'localPort',
    'state',
    'connections',
    'startedAt',
  ],
  additionalProperties: false,
  properties: {
    id: { type: 'string' },
    cluster: { type: 'string' },
    namespace: { type: 'string' },
    pod: { type: 'string' },
    service: { type: 'string' },
    port: { type: 'integer' },
    targetPort: { type: 'integer' },
    localAddress: { type: 'string' },
    localPort: { type: 'integer' },
    state: { type: 'string', enum: ['active', 'failed'] },
    error: { type: 'string' },
    connections: { type: 'integer' },
    startedAt: { type: 'string' },
  },
} as const;

/** Schema of {@link PortForwardList}. */
export const portForwardListSchema = {
  type: 'object',
  required: ['items'],
  additionalProperties: false,
  properties: { items: { type: 'array', items: portForwardSchema } },
} as const;

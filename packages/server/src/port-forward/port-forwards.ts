/**
 * Port-forwards in local mode. Each forward listens on 127.0.0.1 (never another address) and opens, for
 * every accepted TCP connection, one websocket port-forward to the pod through the cluster's own
 * credentials. Failures are never silent: a refused or broken tunnel is recorded on the forward (`error`),
 * and a forward whose pod is gone is marked `failed` with the reason and stops listening.
 */
import { randomUUID } from 'node:crypto';
import type { Server, Socket } from 'node:net';
import type WebSocket from 'ws';
import type { PortForward, StartPortForwardRequest } from '@wheelhouse/api-types';
import type { Cluster } from '../clusters/cluster.ts';
import { InputError, NotFoundError } from '../http/errors.ts';
import { encodeData, PortForwardDecoder, portForwardProtocol } from './port-forward-channels.ts';
import { resolveServiceTarget } from './resolve-target.ts';

/** How the forwards reach a cluster (cluster-access.ts; tests pass fakes). */
export interface ClusterAccess {
  getJson(cluster: Cluster, path: string): Promise<unknown>;
  openWebSocket(cluster: Cluster, path: string, protocol: string): Promise<WebSocket>;
}

/** Dependencies of {@link PortForwards}. */
export interface PortForwardsOptions {
  readonly getCluster: (name: string) => Cluster | undefined;
  /** Default: cluster-access.ts, loaded on the first forward (it pulls in `ws`). */
  readonly access?: ClusterAccess;
  readonly now?: () => Date;
}

const localAddress = '127.0.0.1';

interface Forward {
  info: PortForward;
  readonly server: Server;
  readonly sockets: Set<Socket>;
  readonly cluster: Cluster;
}

const loadAccess = async (): Promise<ClusterAccess> => {
  const module = await import('./cluster-access.ts');
  return { getJson: module.getJson, openWebSocket: module.openWebSocket };
};

function statusOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number'
    ? error.status
    : undefined;
}

/** The running forwards of one server. */
export class PortForwards {
  readonly #options: PortForwardsOptions;
  readonly #forwards = new Map<string, Forward>();
  #access: Promise<ClusterAccess> | undefined;

  constructor(options: PortForwardsOptions) {
    this.#options = options;
    if (options.access) this.#access = Promise.resolve(options.access);
  }

  #getAccess(): Promise<ClusterAccess> {
    this.#access ??= loadAccess();
    return this.#access;
  }

  /** Every forward, active and failed, oldest first. */
  list(): PortForward[] {
    return [...this.#forwards.values()].map((f) => ({ ...f.info }));
  }

  /** Resolves the target, listens on 127.0.0.1 and returns the forward. */
  async start(request: StartPortForwardRequest): Promise<PortForward> {
    if ((request.pod === undefined) === (request.service === undefined))
      throw new InputError('pod', 'name exactly one of "pod" or "service"');
    const cluster = this.#options.getCluster(request.cluster);
    if (cluster === undefined) throw new NotFoundError(`no cluster named "${request.cluster}"`, 'cluster');
    const access = await this.#getAccess();
    const get = (path: string) => access.getJson(cluster, path);
    const target =
      request.service === undefined
        ? { pod: request.pod ?? '', targetPort: request.port }
        : await resolveServiceTarget(get, request.namespace, request.service, request.port).catch(
            (error: unknown) => {
              if (statusOf(error) === 404)
                throw new NotFoundError(
                  `service ${request.namespace}/${request.service} not found`,
                  'service',
                );
              throw error;
            },
          );
    if (request.service === undefined)
      await get(
        `/api/v1/namespaces/${encodeURIComponent(request.namespace)}/pods/${encodeURIComponent(target.pod)}`,
      ).catch((error: unknown) => {
        if (statusOf(error) === 404)
          throw new NotFoundError(`pod ${request.namespace}/${target.pod} not found`, 'pod');
        throw error;
      });
    const id = randomUUID();
    const forward: Forward = {
      info: {
        id,
        cluster: cluster.name,
        namespace: request.namespace,
        pod: target.pod,
        ...(request.service === undefined ? {} : { service: request.service }),
        port: request.port,
        targetPort: target.targetPort,
        localAddress,
        localPort: 0,
        state: 'active',
        connections: 0,
        startedAt: (this.#options.now?.() ?? new Date()).toISOString(),
      },
      server: process.getBuiltinModule('node:net').createServer(),
      sockets: new Set(),
      cluster,
    };
    forward.server.on('connection', (socket) => {
      this.#accept(forward, socket, access);
    });
    await new Promise<void>((resolve, reject) => {
      forward.server.once('error', (error: NodeJS.ErrnoException) => {
        reject(
          error.code === 'EADDRINUSE'
            ? new InputError('localPort', `local port ${String(request.localPort)} is already in use`)
            : error,
        );
      });
      forward.server.listen({ host: localAddress, port: request.localPort ?? 0 }, resolve);
    });
    const address = forward.server.address();
    forward.info = { ...forward.info, localPort: typeof address === 'object' && address ? address.port : 0 };
    forward.server.on('error', (error) => {
      this.#fail(forward, `listener error: ${error.message}`);
    });
    this.#forwards.set(id, forward);
    return { ...forward.info };
  }

  /** Stops and removes a forward. */
  stop(id: string): void {
    const forward = this.#forwards.get(id);
    if (forward === undefined) throw new NotFoundError(`no port-forward with id "${id}"`, 'id');
    this.#shutdown(forward);
    this.#forwards.delete(id);
  }

  /** Ends every forward of a cluster (the cluster was removed or redefined). */
  closeCluster(name: string): void {
    for (const [id, forward] of this.#forwards)
      if (forward.cluster.name === name) {
        this.#shutdown(forward);
        this.#forwards.delete(id);
      }
  }

  /** Ends everything (server shutdown). */
  close(): void {
    for (const forward of this.#forwards.values()) this.#shutdown(forward);
    this.#forwards.clear();
  }

  #shutdown(forward: Forward): void {
    forward.server.close();
    for (const socket of forward.sockets) socket.destroy();
    forward.sockets.clear();
  }

  #fail(forward: Forward, reason: string): void {
    forward.info = { ...forward.info, state: 'failed', error: reason };
    this.#shutdown(forward);
  }

  #record(forward: Forward, error: string): void {
    forward.info = { ...forward.info, error };
  }

  /** After a tunnel failure: if the pod is gone, the forward fails for good. */
  #checkPod(forward: Forward, access: ClusterAccess): void {
    const { namespace, pod } = forward.info;
    access
      .getJson(
        forward.cluster,
        `/api/v1/namespaces/${encodeURIComponent(namespace)}/pods/${encodeURIComponent(pod)}`,
      )
      .catch((error: unknown) => {
        if (statusOf(error) === 404) this.#fail(forward, `pod ${namespace}/${pod} no longer exists`);
      });
  }

  #accept(forward: Forward, socket: Socket, access: ClusterAccess): void {
    forward.sockets.add(socket);
    forward.info = { ...forward.info, connections: forward.info.connections + 1 };
    socket.pause();
    socket.on('error', () => socket.destroy());
    socket.once('close', () => {
      forward.sockets.delete(socket);
    });
    const { namespace, pod, targetPort } = forward.info;
    const path = `/api/v1/namespaces/${encodeURIComponent(namespace)}/pods/${encodeURIComponent(pod)}/portforward?ports=${String(targetPort)}`;
    access.openWebSocket(forward.cluster, path, portForwardProtocol).then(
      (ws) => {
        this.#splice(forward, socket, ws, access);
      },
      (error: unknown) => {
        this.#record(
          forward,
          `could not reach the cluster: ${error instanceof Error ? error.message : String(error)}`,
        );
        socket.destroy();
      },
    );
  }

  #splice(forward: Forward, socket: Socket, ws: WebSocket, access: ClusterAccess): void {
    const decoder = new PortForwardDecoder();
    socket.once('close', () => {
      ws.close();
    });
    if (socket.destroyed) ws.terminate();
    ws.on('open', () => {
      socket.on('data', (data: Buffer) => {
        ws.send(encodeData(data));
      });
      socket.resume();
    });
    ws.on('message', (data: Buffer) => {
      const message = decoder.decode(data);
      if (!message || message.payload.length === 0) return;
      if (message.channel === 0) socket.write(message.payload);
      else if (message.channel === 1) {
        this.#record(forward, message.payload.toString('utf8'));
        socket.destroy();
      }
    });
    ws.on('unexpected-response', (_request, response) => {
      const status = response.statusCode ?? 0;
      this.#record(forward, `the cluster refused the port-forward: HTTP ${String(status)}`);
      response.resume();
      socket.destroy();
      ws.terminate();
      if (status === 404) this.#checkPod(forward, access);
    });
    ws.on('error', (error) => {
      this.#record(forward, `port-forward connection failed: ${error.message}`);
      socket.destroy();
      this.#checkPod(forward, access);
    });
    ws.on('close', () => {
      socket.end();
    });
  }
}

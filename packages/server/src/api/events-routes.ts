/**
 * `GET /api/clusters/events`: Server-Sent Events of registry changes. The first event is a `snapshot`;
 * then `added`, `updated`, `removed`, `renamed`, `status` and `source-errors` as they happen. A comment
 * line every 15 s keeps proxies from closing an idle stream. A reconnecting client simply gets a new
 * snapshot (no `Last-Event-ID` replay). Streams end cleanly when the server closes.
 */
import type { ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { ClusterEvent } from '@wheelhouse/api-types';
import type { ClusterRegistry, RegistryEvent } from '../clusters/cluster-registry.ts';
import type { ReachabilityMonitor } from '../clusters/reachability.ts';
import type { PrivateClusters } from '../clusters/user-clusters.ts';
import type { Clock } from '../util/clock.ts';
import { toClusterSummary } from './cluster-summary.ts';

/** Dependencies of {@link registerEventsRoutes}. */
export interface EventsRoutesOptions {
  readonly registry: ClusterRegistry;
  readonly reachability: ReachabilityMonitor | undefined;
  readonly clock: Clock;
  /** In-cluster mode with dynamic clusters: the requesting user's own clusters and their events. */
  readonly privateClusters?: PrivateClusters | undefined;
  /** Plugin changes, sent as `event: plugins` (see `PluginsChangedEvent`). */
  readonly plugins?: { subscribe(listener: () => void): () => void } | undefined;
  /** Heartbeat interval (default 15 s). */
  readonly heartbeatMs?: number;
}

/** A slow client whose unsent data exceeds this is disconnected (it will reconnect and get a snapshot). */
const MAX_BUFFERED_BYTES = 1024 * 1024;

/** Maps a registry event to its public form. */
export function toClusterEvent(registry: ClusterRegistry, event: RegistryEvent): ClusterEvent {
  switch (event.type) {
    case 'added':
    case 'updated':
      return {
        type: event.type,
        cluster: toClusterSummary(event.cluster, registry.status(event.cluster.name)),
      };
    case 'removed':
      return { type: 'removed', name: event.cluster.name };
    case 'renamed':
      return {
        type: 'renamed',
        from: event.from,
        cluster: toClusterSummary(event.cluster, registry.status(event.cluster.name)),
      };
    case 'status':
      return { type: 'status', name: event.name, status: event.status };
    case 'source-errors':
      return { type: 'source-errors', source: event.source, errors: event.errors };
  }
}

/** One SSE frame. */
export function formatServerSentEvent(id: number, event: ClusterEvent): string {
  return `id: ${id}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}

/** Registers the stream (relative to the base-URL scope). */
export function registerEventsRoutes(scope: FastifyInstance, options: EventsRoutesOptions): void {
  const { registry, clock } = options;
  const open = new Set<() => void>();
  scope.addHook('preClose', (done) => {
    for (const close of [...open]) close();
    done();
  });
  scope.get('/api/clusters/events', (request, reply) => {
    reply.hijack();
    const response = reply.raw;
    for (const [name, value] of Object.entries(reply.getHeaders())) {
      if (value !== undefined) response.setHeader(name, value);
    }
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store, no-transform',
      'x-accel-buffering': 'no',
    });
    let id = 0;
    const send = (event: ClusterEvent): void => {
      id += 1;
      write(response, formatServerSentEvent(id, event));
    };
    response.write('retry: 3000\n\n');
    const shared = registry.list().map((cluster) => toClusterSummary(cluster, registry.status(cluster.name)));
    const own = options.privateClusters?.list(request) ?? [];
    send({
      type: 'snapshot',
      clusters: own.length === 0 ? shared : [...shared, ...own].sort((a, b) => (a.name < b.name ? -1 : 1)),
      sourceErrors: registry.sourceErrors(),
    });
    const unsubscribeShared = registry.subscribe((event) => {
      send(toClusterEvent(registry, event));
    });
    const unsubscribeOwn = options.privateClusters?.subscribe(request, send);
    const unsubscribePlugins = options.plugins?.subscribe(() => {
      write(response, 'event: plugins\ndata: {"type":"plugins"}\n\n');
    });
    const unsubscribe = (): void => {
      unsubscribeShared();
      unsubscribeOwn?.();
      unsubscribePlugins?.();
    };
    const release = options.reachability?.watch();
    const heartbeat = clock.setInterval(() => {
      write(response, ': heartbeat\n\n');
    }, options.heartbeatMs ?? 15_000);
    const close = (): void => {
      if (!open.delete(close)) return;
      unsubscribe();
      release?.();
      clock.clear(heartbeat);
      if (!response.writableEnded) response.end();
    };
    open.add(close);
    request.raw.on('close', close);
    response.on('close', close);
  });
}

function write(response: ServerResponse, chunk: string): void {
  if (response.writableEnded || response.destroyed) return;
  if (response.writableLength > MAX_BUFFERED_BYTES) {
    response.destroy();
    return;
  }
  response.write(chunk);
}

import type { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClusterEvent } from '@wheelhouse/api-types';
import { createApp } from '../app.ts';
import { ClusterRegistry } from '../clusters/cluster-registry.ts';
import { createSessionToken } from '../security/session-token.ts';
import { fakeCluster, testConfig } from '../testing/test-config.ts';
import type { Clock } from '../util/clock.ts';

const TOKEN = 'events-session-token-0123';
let app: FastifyInstance | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** Reads SSE frames from a stream as they arrive. */
function frames(stream: Readable): { next: () => Promise<string> } {
  let buffer = '';
  const waiting: ((frame: string) => void)[] = [];
  const ready: string[] = [];
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    buffer += chunk;
    let end = buffer.indexOf('\n\n');
    while (end !== -1) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const resolve = waiting.shift();
      if (resolve === undefined) ready.push(frame);
      else resolve(frame);
      end = buffer.indexOf('\n\n');
    }
  });
  return {
    next: () => {
      const frame = ready.shift();
      return frame === undefined ? new Promise((resolve) => waiting.push(resolve)) : Promise.resolve(frame);
    },
  };
}

function parse(frame: string): { event: string | undefined; data: ClusterEvent } {
  const field = (name: string) =>
    frame
      .split('\n')
      .find((line) => line.startsWith(`${name}: `))
      ?.slice(name.length + 2);
  return { event: field('event'), data: JSON.parse(field('data') ?? 'null') as ClusterEvent };
}

describe('GET /api/clusters/events', () => {
  it('sends a snapshot, then registry changes, heartbeats, and ends cleanly on close', async () => {
    const registry = new ClusterRegistry();
    registry.add('dynamic', [fakeCluster('first')]);
    const beats: (() => void)[] = [];
    const clock: Clock = {
      now: () => 0,
      setTimeout: () => ({ handle: 0 }),
      setInterval: (callback) => {
        beats.push(callback);
        return { handle: beats.length };
      },
      clear: () => undefined,
    };
    app = createApp({ config: testConfig(), registry, sessionToken: createSessionToken(TOKEN), clock });
    const response = await app.inject({
      url: '/api/clusters/events',
      headers: { host: 'localhost:4770', authorization: `Bearer ${TOKEN}` },
      payloadAsStream: true,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    const stream = response.stream();
    const reader = frames(stream);
    expect(await reader.next()).toBe('retry: 3000');
    const snapshot = parse(await reader.next());
    expect(snapshot.event).toBe('snapshot');
    expect(snapshot.data).toMatchObject({
      type: 'snapshot',
      clusters: [{ name: 'first' }],
      sourceErrors: [],
    });

    registry.add('dynamic', [fakeCluster('second', { namespace: 'ns' })]);
    const added = parse(await reader.next());
    expect(added).toEqual({
      event: 'added',
      data: {
        type: 'added',
        cluster: {
          name: 'second',
          source: 'dynamic',
          server: 'https://second.example:6443',
          authType: 'token',
          namespace: 'ns',
          persisted: false,
          status: { state: 'unknown' },
        },
      },
    });
    registry.rename('first', 'renamed');
    expect(parse(await reader.next()).data).toMatchObject({
      type: 'renamed',
      from: 'first',
      cluster: { name: 'renamed' },
    });
    registry.remove('second');
    expect(parse(await reader.next()).data).toEqual({ type: 'removed', name: 'second' });

    for (const beat of beats) beat();
    expect(await reader.next()).toBe(': heartbeat');

    const ended = new Promise((resolve) => stream.on('end', resolve));
    await app.close();
    app = undefined;
    await ended;
  });

  it('requires the session like every other API route', async () => {
    app = createApp({
      config: testConfig(),
      registry: new ClusterRegistry(),
      sessionToken: createSessionToken(TOKEN),
    });
    const response = await app.inject({ url: '/api/clusters/events', headers: { host: 'localhost' } });
    expect(response.statusCode).toBe(401);
  });
});

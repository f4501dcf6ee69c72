/**
 * 8 concurrent clients × 200 mixed add / rename / delete operations (half of them persisted) against one
 * server: at the end `/api/config`, the proxy and clusters.yaml agree with what the clients were told.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { skipIntegration, testClusters } from './clusters.ts';
import { call, caData, dynamicNames } from './dynamic-clusters-support.ts';
import { startWheelhouse, type Wheelhouse } from './wheelhouse.ts';

const CLIENTS = 8;
const OPERATIONS = 200;

describe.skipIf(skipIntegration())('dynamic clusters: concurrency', () => {
  const clusters = testClusters();
  let wheelhouse: Wheelhouse | undefined;
  afterAll(async () => {
    await wheelhouse?.stop();
  });

  it('keeps the registry, the proxy and the file in agreement', async () => {
    if (!clusters) return;
    const server = await startWheelhouse();
    wheelhouse = server;
    const ca = caData(clusters.alpha);
    /** What each client believes exists: name → persisted. */
    const expected = new Map<string, boolean>();
    const client = async (id: number): Promise<number> => {
      const mine = new Map<string, boolean>();
      let counter = 0;
      let accepted = 0;
      for (let op = 0; op < OPERATIONS; op += 1) {
        const names = [...mine.keys()];
        const pick = names[(op * 7 + id) % Math.max(names.length, 1)];
        const kind =
          names.length < 3 || pick === undefined ? 'add' : (['add', 'rename', 'delete'] as const)[op % 3];
        if (kind === 'add' || pick === undefined) {
          const name = `c${id}-${counter++}`;
          const persist = op % 2 === 0;
          const body = {
            name,
            server: clusters.alpha.server,
            certificateAuthorityData: ca,
            token: clusters.alpha.viewerToken,
            persist,
          };
          const answer = await call(server, 'POST', '/api/clusters', body);
          expect(answer.status, JSON.stringify(answer.body)).toBe(201);
          mine.set(name, persist);
        } else if (kind === 'rename') {
          const to = `c${id}-${counter++}`;
          const answer = await call(server, 'PATCH', `/api/clusters/${pick}`, { name: to });
          expect(answer.status, JSON.stringify(answer.body)).toBe(200);
          mine.set(to, mine.get(pick) ?? false);
          mine.delete(pick);
        } else {
          const answer = await call(server, 'DELETE', `/api/clusters/${pick}`);
          expect(answer.status).toBe(204);
          mine.delete(pick);
        }
        accepted += 1;
      }
      for (const [name, persisted] of mine) expected.set(name, persisted);
      return accepted;
    };
    const done = await Promise.all(Array.from({ length: CLIENTS }, (_, id) => client(id)));
    expect(done.reduce((a, b) => a + b, 0)).toBe(CLIENTS * OPERATIONS);

    const listed = await dynamicNames(server);
    expect(listed).toEqual([...expected.keys()].sort());
    const file = parse(readFileSync(join(server.configDir, 'clusters.yaml'), 'utf8')) as {
      contexts: { name: string }[];
    };
    const persisted = [...expected].filter(([, saved]) => saved).map(([name]) => name);
    expect(file.contexts.map((c) => c.name).sort()).toEqual(persisted.sort());
    const statuses = await Promise.all(
      listed.map(async (name) => (await server.fetch(`/clusters/${name}/version`)).status),
    );
    expect(new Set(statuses)).toEqual(new Set([200]));
    expect((await server.fetch('/clusters/c0-0/version')).status).toBe(listed.includes('c0-0') ? 200 : 404);
  });
});

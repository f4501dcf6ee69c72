/**
 * Dynamic clusters over time, against real control planes: rename and delete while a watch is open,
 * persistence across a restart, a corrupt clusters.yaml, and kill -9 of a server in a write loop.
 */
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { skipIntegration, testClusters } from './clusters.ts';
import { call, caData, config, dynamicNames, readToEnd, readUntil } from './dynamic-clusters-support.ts';
import { startWheelhouse, type Wheelhouse } from './wheelhouse.ts';

describe.skipIf(skipIntegration())('dynamic clusters: lifecycle', () => {
  const clusters = testClusters();
  const started: Wheelhouse[] = [];
  const start = async (configDir?: string, args: string[] = []): Promise<Wheelhouse> => {
    const wheelhouse = await startWheelhouse({ args, ...(configDir === undefined ? {} : { configDir }) });
    started.push(wheelhouse);
    return wheelhouse;
  };
  afterAll(async () => {
    await Promise.all(started.map((w) => w.stop()));
  });
  const alphaFields = (name: string, extra: object = {}) => ({
    name,
    server: clusters?.alpha.server,
    certificateAuthorityData: clusters === undefined ? '' : caData(clusters.alpha),
    token: clusters?.alpha.viewerToken,
    ...extra,
  });

  const openWatch = async (wheelhouse: Wheelhouse, name: string) => {
    const response = await wheelhouse.fetch(`/clusters/${name}/api/v1/namespaces/shop/pods?watch=1`);
    expect(response.status).toBe(200);
    if (response.body === null) throw new Error('no body');
    const reader = response.body.getReader();
    await readUntil(reader, (text) => text.includes('"type":"ADDED"'), { text: '' });
    return reader;
  };

  it('renames and deletes while a watch is open: the watch ends, the old name is gone', async () => {
    if (!clusters) return;
    const wheelhouse = await start();
    expect((await call(wheelhouse, 'POST', '/api/clusters', alphaFields('w1'))).status).toBe(201);
    const watch = await openWatch(wheelhouse, 'w1');
    const renamed = await call(wheelhouse, 'PATCH', '/api/clusters/w1', { name: 'w2' });
    expect(renamed).toMatchObject({ status: 200, body: { name: 'w2', source: 'dynamic' } });
    expect(await readToEnd(watch)).toBeDefined();
    const old = await wheelhouse.fetch('/clusters/w1/api/v1/namespaces/shop/pods');
    expect(old.status).toBe(404);
    expect(await old.json()).toMatchObject({ title: 'Cluster not found' });
    expect((await wheelhouse.fetch('/clusters/w2/api/v1/namespaces/shop/pods')).status).toBe(200);

    const second = await openWatch(wheelhouse, 'w2');
    expect((await call(wheelhouse, 'DELETE', '/api/clusters/w2')).status).toBe(204);
    expect(await readToEnd(second)).toBeDefined();
    expect((await wheelhouse.fetch('/clusters/w2/version')).status).toBe(404);
    expect(await dynamicNames(wheelhouse)).toEqual([]);
  });

  it('keeps persisted clusters across a restart, and only those', async () => {
    if (!clusters) return;
    const dir = mkdtempSync(join(tmpdir(), 'wh-persist-'));
    const first = await start(dir);
    expect((await call(first, 'POST', '/api/clusters', alphaFields('kept', { persist: true }))).status).toBe(
      201,
    );
    expect((await call(first, 'POST', '/api/clusters', alphaFields('memory-only'))).status).toBe(201);
    const file = join(dir, 'clusters.yaml');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    await first.stop();
    const second = await start(dir);
    const after = await config(second);
    expect(after.clusters.filter((c) => c.source === 'dynamic')).toMatchObject([
      { name: 'kept', persisted: true },
    ]);
    expect(after.sourceErrors.filter((e) => e.source === 'dynamic')).toEqual([]);
    expect((await second.fetch('/clusters/kept/api/v1/namespaces/shop/pods')).status).toBe(200);
  });

  it('moves a corrupt clusters.yaml aside and reports it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wh-corrupt-'));
    writeFileSync(join(dir, 'clusters.yaml'), 'clusters: [{name: a, cluster: {server: https://a}}\n', {
      mode: 0o600,
    });
    const wheelhouse = await start(dir);
    const sourceErrors = (await config(wheelhouse)).sourceErrors.filter((e) => e.source === 'dynamic');
    expect(sourceErrors).toMatchObject([{ source: 'dynamic', file: join(dir, 'clusters.yaml') }]);
    expect(sourceErrors[0]?.message).toMatch(/corrupt.*moved to .*clusters\.yaml\.corrupt-/);
    expect(readdirSync(dir).filter((name) => name.startsWith('clusters.yaml.corrupt-'))).toHaveLength(1);
    expect(wheelhouse.output()).toMatch(/clusters\.yaml is corrupt/);
  });

  it('leaves a valid file (old or new content) when killed with SIGKILL in a write loop', async () => {
    if (!clusters) return;
    const dir = mkdtempSync(join(tmpdir(), 'wh-kill-'));
    for (let round = 0; round < 3; round += 1) {
      const wheelhouse = await start(dir);
      const known = new Set(await dynamicNames(wheelhouse));
      const state = { stop: false };
      let writes = 0;
      const loop = (async () => {
        for (let i = 0; !state.stop; i += 1) {
          const name = `k${round}-${i % 5}`;
          const path = known.has(name) ? `/api/clusters/${name}` : '/api/clusters';
          const answer = await call(
            wheelhouse,
            known.has(name) ? 'DELETE' : 'POST',
            path,
            known.has(name) ? undefined : alphaFields(name, { persist: true }),
          ).catch(() => undefined);
          if (answer === undefined) return;
          if (answer.status === 201) known.add(name);
          if (answer.status === 204) known.delete(name);
          writes += 1;
        }
      })();
      // Kill at a moment unrelated to the request cycle, once a few writes have happened (however slow
      // the machine is).
      const progress = { looping: true };
      void loop.finally(() => (progress.looping = false));
      while (writes < 4 && progress.looping) await new Promise((resolve) => setTimeout(resolve, 20));
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 400 + round * 150));
      wheelhouse.process.kill('SIGKILL');
      state.stop = true;
      await loop;
      await new Promise<void>((resolve) => {
        const child = wheelhouse.process;
        if (child.exitCode !== null || child.signalCode !== null) resolve();
        else
          child.once('exit', () => {
            resolve();
          });
      });
      started.splice(started.indexOf(wheelhouse), 1);
      expect(writes).toBeGreaterThan(3);
      const text = readFileSync(join(dir, 'clusters.yaml'), 'utf8');
      const document = parse(text) as {
        clusters: { name: string }[];
        users: { name: string }[];
        contexts: { name: string }[];
      };
      const names = document.clusters.map((c) => c.name);
      expect(document.contexts.map((c) => c.name)).toEqual(names);
      expect(document.users.map((u) => u.name)).toEqual(names);
      expect(readdirSync(dir).filter((name) => name.includes('.corrupt-'))).toEqual([]);
    }
    const last = await start(dir);
    const after = await config(last);
    expect(after.sourceErrors.filter((e) => e.source === 'dynamic')).toEqual([]);
    const fileNames = (
      parse(readFileSync(join(dir, 'clusters.yaml'), 'utf8')) as { clusters: { name: string }[] }
    ).clusters.map((c) => c.name);
    expect(await dynamicNames(last)).toEqual([...fileNames].sort());
  });
});

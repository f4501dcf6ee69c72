/**
 * A real 10k-object list (~23 MiB) streams through the proxy intact. Whether the proxy buffers is proven
 * deterministically by the 100 MB backpressure test (packages/server/src/proxy/kube-proxy-streaming.test.ts);
 * the RSS target (growth ≤ 32 MiB) is measured by `npm run bench` (scenario big-lists), because RSS on a
 * busy machine moves by tens of MiB for reasons that are not the proxy's (allocator, V8 semi-spaces). This
 * test prints the RSS it saw so a regression is visible in the log. The same list as a Table, asked for
 * without `managedFields` (X-Wheelhouse-Omit, what the web app sends), checks the proxy's cut against the
 * real API server's bytes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipIntegration, testClusters } from './clusters.ts';
import { directClient, inParallel, type DirectClient } from './direct-client.ts';
import { startWheelhouse, type Wheelhouse } from './wheelhouse.ts';

const COUNT = 10_000;
const NAMESPACE = 'big-list';
const MiB = 1024 * 1024;

describe.skipIf(skipIntegration())('a 10k-object list through the proxy', () => {
  const clusters = testClusters();
  let admin: DirectClient;
  let wheelhouse: Wheelhouse;

  beforeAll(async () => {
    if (!clusters) return;
    admin = directClient(clusters.beta);
    await admin.request('POST', '/api/v1/namespaces', { metadata: { name: NAMESPACE } });
    const payload = 'x'.repeat(2048); // ~2.3 KB per object: a ~25 MB list
    await inParallel(COUNT, 32, async (i) => {
      const { status, body } = await admin.request('POST', `/api/v1/namespaces/${NAMESPACE}/configmaps`, {
        metadata: { name: `cm-${String(i)}` },
        data: { payload },
      });
      if (status !== 201) throw new Error(`create cm-${String(i)}: ${String(status)} ${body}`);
    });
    wheelhouse = await startWheelhouse({ kubeconfig: [clusters.beta.adminKubeconfig] });
  }, 600_000);

  afterAll(async () => {
    await wheelhouse.stop();
    await admin.request('DELETE', `/api/v1/namespaces/${NAMESPACE}`);
    await admin.close();
  });

  it('streams every object of a 10k list, intact', async () => {
    const path = `/clusters/beta/api/v1/namespaces/${NAMESPACE}/configmaps`;
    // Warm up: pools, TLS session, JIT.
    for (let i = 0; i < 3; i++) await (await wheelhouse.fetch(`${path}?limit=50`)).arrayBuffer();
    const count = (await (await wheelhouse.fetch(`${path}?limit=1`)).json()) as {
      metadata: { remainingItemCount?: number };
    };
    expect((count.metadata.remainingItemCount ?? 0) + 1).toBe(COUNT + 1); // + kube-root-ca.crt

    const baseline = wheelhouse.rss();
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, wheelhouse.rss());
    }, 10);
    let bytes = 0;
    const chunks: Buffer[] = [];
    try {
      const response = await wheelhouse.fetch(path, { headers: { 'accept-encoding': 'identity' } });
      expect(response.status).toBe(200);
      if (!response.body) throw new Error('no body');
      for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
        bytes += chunk.byteLength;
        chunks.push(Buffer.from(chunk));
        peak = Math.max(peak, wheelhouse.rss());
      }
    } finally {
      clearInterval(sampler);
    }
    expect(bytes).toBeGreaterThan(COUNT * 2048);
    const list = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
      items: { metadata: { name: string }; data?: { payload?: string } }[];
    };
    const names = new Set(list.items.map((item) => item.metadata.name));
    expect(list.items).toHaveLength(COUNT + 1);
    for (let i = 0; i < COUNT; i++) expect(names.has(`cm-${String(i)}`)).toBe(true);
    expect(
      list.items.every(
        (item) => item.metadata.name === 'kube-root-ca.crt' || item.data?.payload?.length === 2048,
      ),
    ).toBe(true);
    const growth = peak - baseline;
    console.info(
      `10k list: ${(bytes / MiB).toFixed(1)} MiB streamed; server RSS ${(baseline / MiB).toFixed(1)} → peak ${(peak / MiB).toFixed(1)} MiB (+${(growth / MiB).toFixed(1)} MiB)`,
    );
  });

  it('leaves managedFields out of a Table of the 10k list when asked, and nothing else', async () => {
    const path = `/clusters/beta/api/v1/namespaces/${NAMESPACE}/configmaps?limit=20000`;
    const accept = 'application/json;as=Table;g=meta.k8s.io;v=v1, application/json';
    type Table = {
      kind: string;
      columnDefinitions: { name: string }[];
      rows: { cells: unknown[]; object: { metadata: Record<string, unknown> } }[];
    };
    const read = async (headers: Record<string, string>): Promise<{ table: Table; bytes: number }> => {
      const response = await wheelhouse.fetch(path, { headers: { accept, ...headers } });
      expect(response.status).toBe(200);
      const text = await response.text();
      return { table: JSON.parse(text) as Table, bytes: Buffer.byteLength(text) };
    };
    const whole = await read({});
    const cut = await read({ 'x-wheelhouse-omit': 'managedFields' });
    expect(cut.table.kind).toBe('Table');
    expect(cut.table.rows).toHaveLength(COUNT + 1);
    expect(whole.table.rows.every((row) => Array.isArray(row.object.metadata['managedFields']))).toBe(true);
    // The two answers are seconds apart: the Age cell may differ by a second, and is left out of the comparison.
    const age = whole.table.columnDefinitions.findIndex((column) => column.name === 'Age');
    const mine = (table: Table) =>
      table.rows
        .filter((row) => row.object.metadata['name'] !== 'kube-root-ca.crt')
        .map((row) => ({ ...row, cells: row.cells.filter((_cell, index) => index !== age) }));
    const expected = mine(whole.table).map((row) => {
      const metadata = { ...row.object.metadata };
      delete metadata['managedFields'];
      return { ...row, object: { ...row.object, metadata } };
    });
    expect(age).toBeGreaterThan(0);
    expect(mine(cut.table)).toEqual(expected);
    console.info(
      `10k Table: ${(whole.bytes / MiB).toFixed(1)} MiB, without managedFields ${(cut.bytes / MiB).toFixed(1)} MiB`,
    );
  });
});

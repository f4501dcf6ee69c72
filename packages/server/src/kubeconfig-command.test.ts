import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildProxyKubeconfig, clientBaseUrl, runKubeconfigCommand } from './kubeconfig-command.ts';
import { makeTempDir } from './testing/test-config.ts';

const TOKEN = 'kubeconfig-token-0123456789';

function io(fetchImpl?: typeof fetch) {
  const out = { stdout: '', stderr: '' };
  return {
    out,
    io: {
      env: {},
      stdout: (text: string) => (out.stdout += text),
      stderr: (text: string) => (out.stderr += text),
      ...(fetchImpl === undefined ? {} : { fetch: fetchImpl }),
    },
  };
}

describe('wheelhouse kubeconfig', () => {
  it('builds one context per cluster pointing at the proxy with the session token', () => {
    const config = buildProxyKubeconfig([{ name: 'dev', namespace: 'team' }, { name: 'prod' }], {
      serverUrl: 'http://127.0.0.1:4770/wh',
      token: TOKEN,
    });
    expect(config).toMatchObject({
      clusters: [
        {
          name: 'wheelhouse-dev',
          cluster: { server: `http://127.0.0.1:4770/wh/kubectl/${TOKEN}/clusters/dev` },
        },
        {
          name: 'wheelhouse-prod',
          cluster: { server: `http://127.0.0.1:4770/wh/kubectl/${TOKEN}/clusters/prod` },
        },
      ],
      users: [{ name: 'wheelhouse', user: {} }],
      contexts: [
        {
          name: 'wheelhouse-dev',
          context: { cluster: 'wheelhouse-dev', user: 'wheelhouse', namespace: 'team' },
        },
        { name: 'wheelhouse-prod', context: { cluster: 'wheelhouse-prod', user: 'wheelhouse' } },
      ],
      'current-context': 'wheelhouse-dev',
    });
    expect(clientBaseUrl('0.0.0.0', 1, '')).toBe('http://127.0.0.1:1');
    expect(clientBaseUrl('::1', 2, '/x')).toBe('http://[::1]:2/x');
  });

  it('says clearly that it needs the token', async () => {
    const { out, io: commandIo } = io();
    expect(await runKubeconfigCommand([], commandIo)).toBe(2);
    expect(out.stderr).toContain('--token');
    expect(out.stderr).toContain('WHEELHOUSE_TOKEN');
  });

  it('lists the clusters registered in the running server', async () => {
    const seen: { url: string; auth: string | null }[] = [];
    const fakeFetch: typeof fetch = (input, init) => {
      seen.push({
        url: input instanceof Request ? input.url : input.toString(),
        auth: new Headers(init?.headers).get('authorization'),
      });
      return Promise.resolve(Response.json({ clusters: [{ name: 'added-at-runtime', namespace: 'ns' }] }));
    };
    const { out, io: commandIo } = io(fakeFetch);
    expect(await runKubeconfigCommand(['--token', TOKEN, '--port', '5000'], commandIo)).toBe(0);
    expect(seen).toEqual([{ url: 'http://127.0.0.1:5000/api/config', auth: `Bearer ${TOKEN}` }]);
    const printed = parse(out.stdout) as { clusters: { cluster: { server: string } }[] };
    expect(printed.clusters[0]?.cluster.server).toBe(
      `http://127.0.0.1:5000/kubectl/${TOKEN}/clusters/added-at-runtime`,
    );
  });

  it('falls back to the kubeconfig files when no server answers, with the same names', async () => {
    const { dir, cleanup } = await makeTempDir();
    try {
      const file = path.join(dir, 'config');
      await writeFile(
        file,
        'clusters:\n- name: c\n  cluster: {server: "https://c"}\ncontexts:\n- name: Kind Dev\n  context: {cluster: c}\n',
      );
      const refused: typeof fetch = () => Promise.reject(new TypeError('fetch failed'));
      const { out, io: commandIo } = io(refused);
      expect(await runKubeconfigCommand(['--token', TOKEN, '--kubeconfig', file], commandIo)).toBe(0);
      expect(out.stderr).toContain('no server at http://127.0.0.1:4770');
      expect(out.stdout).toContain(`http://127.0.0.1:4770/kubectl/${TOKEN}/clusters/kind-dev`);
    } finally {
      await cleanup();
    }
  });

  it('fails when the server rejects the token', async () => {
    const rejecting: typeof fetch = () => Promise.resolve(new Response(null, { status: 401 }));
    const { out, io: commandIo } = io(rejecting);
    expect(await runKubeconfigCommand(['--token', TOKEN], commandIo)).toBe(1);
    expect(out.stderr).toContain('rejected the token');
  });
});

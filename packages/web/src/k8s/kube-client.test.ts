import { describe, expect, it } from 'vitest';
import { kubeGet, kubeGetTable, tableAccept, type KubeFetch } from './kube-client.ts';

/** A fetch that records each request's headers and answers with `body`. */
function recording(body: unknown): { fetch: KubeFetch; headers: Headers[] } {
  const headers: Headers[] = [];
  const fetch: KubeFetch = (_path, init) => {
    headers.push(new Headers(init.headers));
    return Promise.resolve(new Response(JSON.stringify(body), { status: 200 }));
  };
  return { fetch, headers };
}

describe('kube-client request headers', () => {
  it('asks for Tables without the rows’ managedFields', async () => {
    const { fetch, headers } = recording({ kind: 'Table', columnDefinitions: [], rows: [] });
    await kubeGetTable('/clusters/dev/api/v1/pods', { fetch });
    expect(headers[0]?.get('accept')).toBe(tableAccept);
    expect(headers[0]?.get('x-wheelhouse-omit')).toBe('managedFields');
  });

  it('leaves full objects whole', async () => {
    const { fetch, headers } = recording({ kind: 'Pod' });
    await kubeGet('/clusters/dev/api/v1/namespaces/a/pods/b', { fetch });
    expect(headers[0]?.get('accept')).toBe('application/json');
    expect(headers[0]?.has('x-wheelhouse-omit')).toBe(false);
  });
});

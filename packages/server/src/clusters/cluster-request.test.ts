import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { CERT_A, CERT_B, KEY_A, b64 } from '../testing/test-certs.ts';
import { parseAddClustersBody, parseRenameBody } from './cluster-request.ts';

function kubeconfig(overrides: { user?: object; cluster?: object; contexts?: object[] } = {}): string {
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: 'c1', cluster: { server: 'https://k8s.example:6443', ...overrides.cluster } }],
    users: [{ name: 'u1', user: { token: 'secret-token', ...overrides.user } }],
    contexts: overrides.contexts ?? [
      { name: 'Dev Context', context: { cluster: 'c1', user: 'u1', namespace: 'apps' } },
      { name: 'ops', context: { cluster: 'c1' } },
    ],
  });
}

function firstError(body: unknown): { field: string; message: string } | undefined {
  return parseAddClustersBody(body).errors[0];
}

describe('parseAddClustersBody: kubeconfig', () => {
  it('takes every context by default, named after the context', () => {
    const { value, errors } = parseAddClustersBody({ kubeconfig: kubeconfig(), persist: true });
    expect(errors).toEqual([]);
    expect(value?.shape).toBe('kubeconfig');
    expect(value?.persist).toBe(true);
    expect(value?.definitions.map((d) => [d.name, d.contextName, d.namespace, d.user?.['token']])).toEqual([
      ['dev-context', 'Dev Context', 'apps', 'secret-token'],
      ['ops', 'ops', undefined, undefined],
    ]);
  });

  it('takes chosen contexts with chosen names; JSON text works too', () => {
    const json = JSON.stringify({
      clusters: [{ name: 'c1', cluster: { server: 'http://127.0.0.1:8080' } }],
      contexts: [
        { name: 'a', context: { cluster: 'c1' } },
        { name: 'b', context: { cluster: 'c1' } },
      ],
    });
    const { value } = parseAddClustersBody({ kubeconfig: json, contexts: ['b'], names: { b: 'bee' } });
    expect(value?.definitions.map((d) => d.name)).toEqual(['bee']);
  });

  it.each([
    ['invalid YAML', { kubeconfig: 'a: [1, 2' }, 'kubeconfig', /invalid YAML/],
    ['not a mapping', { kubeconfig: '- 1\n- 2' }, 'kubeconfig', /top level must be a mapping/],
    ['no contexts', { kubeconfig: 'clusters: []' }, 'kubeconfig', /no contexts/],
    [
      'a missing cluster',
      { kubeconfig: kubeconfig({ contexts: [{ name: 'x', context: { cluster: 'nope' } }] }) },
      'kubeconfig',
      /unknown cluster "nope"/,
    ],
    [
      'a missing user',
      { kubeconfig: kubeconfig({ contexts: [{ name: 'x', context: { cluster: 'c1', user: 'ghost' } }] }) },
      'kubeconfig',
      /unknown user "ghost"/,
    ],
    [
      'a file:// server',
      { kubeconfig: kubeconfig({ cluster: { server: 'file:///etc' } }) },
      'kubeconfig',
      /https or http/,
    ],
    [
      'invalid base64 CA',
      { kubeconfig: kubeconfig({ cluster: { 'certificate-authority-data': 'not base64!' } }) },
      'kubeconfig',
      /certificate-authority-data is not valid base64/,
    ],
    [
      'a certificate that does not match its key',
      {
        kubeconfig: kubeconfig({
          user: { token: undefined, 'client-certificate-data': b64(CERT_B), 'client-key-data': b64(KEY_A) },
        }),
      },
      'kubeconfig',
      /does not match/,
    ],
    [
      'an unknown context',
      { kubeconfig: kubeconfig(), contexts: ['ops', 'nope'] },
      'contexts[1]',
      /no context "nope"/,
    ],
    [
      'a duplicate context',
      { kubeconfig: kubeconfig(), contexts: ['ops', 'ops'] },
      'contexts[1]',
      /listed twice/,
    ],
    [
      'an invalid name',
      { kubeconfig: kubeconfig(), names: { ops: 'Bad/Name' } },
      'names.ops',
      /not a valid cluster name/,
    ],
    [
      'a name for a context not added',
      { kubeconfig: kubeconfig(), contexts: ['ops'], names: { x: 'y' } },
      'names.x',
      /not being added/,
    ],
    [
      'an unknown field',
      { kubeconfig: kubeconfig(), server: 'https://x' },
      'server',
      /unknown field "server" \(not with "kubeconfig"\)/,
    ],
    ['a non-boolean persist', { kubeconfig: kubeconfig(), persist: 'yes' }, 'persist', /true or false/],
    [
      'a bad onConflict',
      { kubeconfig: kubeconfig(), onConflict: 'merge' },
      'onConflict',
      /"fail" or "rename"/,
    ],
  ])('refuses %s', (_what, body, field, message) => {
    const error = firstError(body);
    expect(error?.field).toBe(field);
    expect(error?.message).toMatch(message);
  });

  it('refuses YAML alias bombs', () => {
    let text = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 9; i += 1)
      text += `a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(', ')}]\n`;
    expect(firstError({ kubeconfig: text })?.message).toMatch(/too many YAML aliases/);
  });

  it('never quotes secrets in messages', () => {
    const error = firstError({ kubeconfig: kubeconfig({ user: { token: 42 } }) });
    expect(error?.message).toMatch(/token must be a string/);
    expect(
      JSON.stringify(parseAddClustersBody({ kubeconfig: 'token: hunter2\n  bad: [' }).errors),
    ).not.toContain('hunter2');
  });
});

describe('parseAddClustersBody: fields', () => {
  it('builds a kubeconfig-shaped definition, accepting PEM text or base64', () => {
    const { value, errors } = parseAddClustersBody({
      name: 'prod',
      server: 'https://10.0.0.1:6443/prefix',
      certificateAuthorityData: CERT_A,
      clientCertificateData: b64(CERT_A),
      clientKeyData: KEY_A,
      namespace: 'web',
      verify: true,
      onConflict: 'rename',
    });
    expect(errors).toEqual([]);
    expect(value).toMatchObject({ shape: 'fields', verify: true, persist: false, onConflict: 'rename' });
    expect(value?.definitions[0]).toMatchObject({
      name: 'prod',
      namespace: 'web',
      cluster: { server: 'https://10.0.0.1:6443/prefix', 'certificate-authority-data': CERT_A },
      user: { 'client-certificate-data': b64(CERT_A), 'client-key-data': KEY_A },
    });
  });

  it.each([
    ['an empty name', { name: '', server: 'https://a' }, 'name', /non-empty/],
    ['a name with a slash', { name: 'a%2Fb', server: 'https://a' }, 'name', /not a valid cluster name/],
    ['a dot-dot name', { name: '..', server: 'https://a' }, 'name', /not a valid cluster name/],
    ['a unicode name', { name: 'ｐrod', server: 'https://a' }, 'name', /not a valid cluster name/],
    ['no server', { name: 'a' }, 'server', /server is missing/],
    ['a server with credentials', { name: 'a', server: 'https://u:p@a' }, 'server', /user name or password/],
    ['an unknown field', { name: 'a', server: 'https://a', extra: 1 }, 'extra', /unknown field/],
    [
      'a key without certificate',
      { name: 'a', server: 'https://a', clientKeyData: KEY_A },
      'clientCertificateData',
      /is missing/,
    ],
    [
      'invalid base64 key',
      { name: 'a', server: 'https://a', clientCertificateData: b64(CERT_A), clientKeyData: '%%%' },
      'clientKeyData',
      /base64/,
    ],
    [
      'a mismatched pair',
      { name: 'a', server: 'https://a', clientCertificateData: CERT_B, clientKeyData: KEY_A },
      'clientKeyData',
      /does not match/,
    ],
    [
      'skip-verify with a CA',
      { name: 'a', server: 'https://a', insecureSkipTLSVerify: true, certificateAuthorityData: CERT_A },
      'insecureSkipTLSVerify',
      /cannot be combined/,
    ],
    ['a body that is not an object', [1], 'body', /JSON object/],
  ])('refuses %s', (_what, body, field, message) => {
    const error = firstError(body);
    expect(error?.field).toBe(field);
    expect(error?.message).toMatch(message);
  });
});

describe('parseRenameBody', () => {
  it('accepts a valid name only', () => {
    expect(parseRenameBody({ name: 'new-name' })).toEqual({ value: 'new-name', errors: [] });
    expect(parseRenameBody({ name: '' }).errors[0]?.field).toBe('name');
    expect(parseRenameBody({ name: 'a/../b' }).errors[0]?.message).toMatch(/not a valid/);
    expect(parseRenameBody({ name: 'a', server: 'x' }).errors[0]?.field).toBe('server');
  });
});

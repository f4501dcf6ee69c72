import { describe, expect, it } from 'vitest';
import { authTypeOf, mergeKubeconfigs, parseKubeconfig } from './kubeconfig-file.ts';

const section = (name: string, body: string) => (body === '[]' ? `${name}: []\n` : `${name}:\n${body}\n`);
const yaml = (clusters: string, users: string, contexts: string) =>
  `apiVersion: v1\nkind: Config\n${section('clusters', clusters)}${section('users', users)}${section('contexts', contexts)}`;

describe('parseKubeconfig', () => {
  it('reads clusters, users and contexts', () => {
    const text = yaml(
      '- name: c1\n  cluster:\n    server: https://c1.example:6443/\n    certificate-authority: ca.pem',
      '- name: u1\n  user:\n    token: secret-token',
      '- name: ctx\n  context:\n    cluster: c1\n    user: u1\n    namespace: team-a',
    );
    const { value, errors } = parseKubeconfig('/k/config', text);
    expect(errors).toEqual([]);
    expect(value.clusters[0]).toMatchObject({
      name: 'c1',
      server: 'https://c1.example:6443',
      caFile: '/k/ca.pem',
    });
    expect(value.users[0]).toMatchObject({ user: { name: 'u1', token: 'secret-token' }, authType: 'token' });
    expect(value.contexts[0]).toMatchObject({ name: 'ctx', cluster: 'c1', user: 'u1', namespace: 'team-a' });
  });

  it('reports malformed YAML as one error without quoting the file', () => {
    const { value, errors } = parseKubeconfig(
      '/k/config',
      'users:\n- name: u\n  user: {token: super-secret\n',
    );
    expect(value.contexts).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^invalid YAML: .*line \d+/);
    expect(errors[0]).not.toContain('super-secret');
  });

  it('keeps the good entries when one is bad', () => {
    const text = yaml(
      '- name: good\n  cluster:\n    server: https://good\n- name: bad\n  cluster: {}',
      '- user: {token: t}',
      '- name: ctx\n  context: {cluster: good}\n- name: broken',
    );
    const { value, errors } = parseKubeconfig('/k/config', text);
    expect(value.clusters.map((c) => c.name)).toEqual(['good']);
    expect(value.contexts.map((c) => c.name)).toEqual(['ctx']);
    expect(errors).toEqual([
      'clusters[1]: cluster.server is missing',
      'users[0]: name is missing',
      'contexts[1]: context is missing',
    ]);
  });

  it('rejects documents that are not mappings and accepts empty files', () => {
    expect(parseKubeconfig('/k', '- a\n- b\n').errors).toEqual([
      'not a kubeconfig: the top level must be a mapping',
    ]);
    expect(parseKubeconfig('/k', '').errors).toEqual([]);
    expect(parseKubeconfig('/k', 'clusters: 3\n').errors).toEqual(['clusters must be a list']);
  });

  it.each(['tokenFile', 'token-file'])(
    'turns %s into a re-reading token-file authenticator with an absolute path',
    (key) => {
      const { value } = parseKubeconfig('/k/config', yaml('[]', `- name: u\n  user:\n    ${key}: tok`, '[]'));
      expect(value.users[0]?.authType).toBe('tokenFile');
      expect(value.users[0]?.user.authProvider).toEqual({
        name: 'tokenFile',
        config: { tokenFile: '/k/tok' },
      });
    },
  );

  it('reports duplicate names within a file and keeps the first', () => {
    const text = yaml(
      '- name: c\n  cluster: {server: https://one}\n- name: c\n  cluster: {server: https://two}',
      '[]',
      '[]',
    );
    const { value, errors } = parseKubeconfig('/k', text);
    expect(value.clusters.map((c) => c.server)).toEqual(['https://one']);
    expect(errors).toEqual(['duplicate cluster name "c"; the first one is used']);
  });
});

describe('mergeKubeconfigs', () => {
  const file = (name: string, text: string) => parseKubeconfig(name, text).value;

  it('lets the first file win for a cluster, user or context name (kubectl rule)', () => {
    const first = file(
      '/a',
      yaml(
        '- name: shared\n  cluster: {server: https://from-a}',
        '- name: u\n  user: {token: a}',
        '- name: ctx\n  context: {cluster: shared, user: u}',
      ),
    );
    const second = file(
      '/b',
      yaml(
        '- name: shared\n  cluster: {server: https://from-b}',
        '- name: u\n  user: {token: b}',
        '- name: ctx\n  context: {cluster: shared, user: u, namespace: b}\n- name: only-b\n  context: {cluster: shared, user: u}',
      ),
    );
    const { value, errors } = mergeKubeconfigs([first, second]);
    expect(errors).toEqual([]);
    expect(value.map((c) => [c.contextName, c.file, c.cluster.server, c.user?.token, c.namespace])).toEqual([
      ['ctx', '/a', 'https://from-a', 'a', undefined],
      ['only-b', '/b', 'https://from-a', 'a', undefined],
    ]);
  });

  it('resolves references across files and reports dangling ones against the context file', () => {
    const clusters = file('/clusters', yaml('- name: c\n  cluster: {server: https://c}', '[]', '[]'));
    const contexts = file(
      '/contexts',
      yaml(
        '[]',
        '[]',
        '- name: ok\n  context: {cluster: c}\n- name: no-cluster\n  context: {cluster: missing}\n- name: no-user\n  context: {cluster: c, user: ghost}',
      ),
    );
    const { value, errors } = mergeKubeconfigs([clusters, contexts]);
    expect(value.map((c) => [c.contextName, c.user, c.authType])).toEqual([['ok', undefined, 'none']]);
    expect(errors).toEqual([
      { file: '/contexts', message: 'context "no-cluster" refers to unknown cluster "missing"' },
      { file: '/contexts', message: 'context "no-user" refers to unknown user "ghost"' },
    ]);
  });
});

describe('authTypeOf', () => {
  it.each([
    [{ exec: { command: 'x' } }, 'exec'],
    [{ 'auth-provider': { name: 'oidc' } }, 'authProvider'],
    [{ token: 't' }, 'token'],
    [{ 'token-file': '/t' }, 'tokenFile'],
    [{ tokenFile: '/t' }, 'tokenFile'],
    [{ 'client-certificate-data': 'x', 'client-key-data': 'y' }, 'clientCertificate'],
    [{ username: 'u', password: 'p' }, 'basic'],
    [{}, 'none'],
  ])('%j → %s', (user, expected) => {
    expect(authTypeOf(user)).toBe(expected);
  });
});

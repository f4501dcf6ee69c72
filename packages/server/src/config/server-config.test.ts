import { describe, expect, it } from 'vitest';
import { main } from '../main.ts';
import { formatConfigError, parseBaseUrl, parseServerConfig } from './server-config.ts';

const linux = { homedir: '/home/ada', platform: 'linux' as const, cwd: '/work' };

describe('parseServerConfig', () => {
  it('has local-mode defaults', () => {
    const { value, errors } = parseServerConfig([], {}, linux);
    expect(errors).toEqual([]);
    expect(value).toMatchObject({
      mode: 'local',
      port: 4770,
      host: '127.0.0.1',
      kubeconfigPaths: ['/home/ada/.kube/config'],
      baseUrl: '',
      configDir: '/home/ada/.config/wheelhouse',
      pluginsDir: '/home/ada/.config/wheelhouse/plugins',
      inClusterDir: '/var/run/secrets/kubernetes.io/serviceaccount',
      token: undefined,
      logLevel: 'info',
      open: false,
      dynamicClusters: true,
      persistClusters: true,
    });
  });

  it('reads flags in both --flag value and --flag=value forms, and env as fallback', () => {
    const { value } = parseServerConfig(
      ['--port=8080', '--host', 'localhost', '--base-url', '/wheelhouse/', '--log-level=debug', '--open'],
      { WHEELHOUSE_PORT: '9999', WHEELHOUSE_TOKEN: 'abcdefghijklmnop' },
      linux,
    );
    expect(value).toMatchObject({
      port: 8080,
      host: 'localhost',
      baseUrl: '/wheelhouse',
      logLevel: 'debug',
      open: true,
      token: 'abcdefghijklmnop',
    });
  });

  it('takes kubeconfig paths from repeated flags and path lists, then $KUBECONFIG', () => {
    const flags = parseServerConfig(
      ['--kubeconfig', 'a:b', '--kubeconfig', '/c', '--kubeconfig', 'a'],
      {},
      linux,
    );
    expect(flags.value?.kubeconfigPaths).toEqual(['/work/a', '/work/b', '/c']);
    const env = parseServerConfig([], { KUBECONFIG: '/x/one::/x/two' }, linux);
    expect(env.value?.kubeconfigPaths).toEqual(['/x/one', '/x/two']);
    const windows = parseServerConfig(
      [],
      { KUBECONFIG: 'C:\\k\\one;C:\\k\\two' },
      { ...linux, platform: 'win32', cwd: 'C:\\' },
    );
    expect(windows.value?.kubeconfigPaths).toEqual(['C:\\k\\one', 'C:\\k\\two']);
  });

  it('uses the OS config directory', () => {
    const config = (platform: NodeJS.Platform, env: Record<string, string> = {}) =>
      parseServerConfig([], env, {
        homedir: platform === 'win32' ? 'C:\\Users\\ada' : '/Users/ada',
        platform,
        cwd: '/',
      }).value?.configDir;
    expect(config('darwin')).toBe('/Users/ada/Library/Application Support/wheelhouse');
    expect(config('linux', { XDG_CONFIG_HOME: '/xdg' })).toBe('/xdg/wheelhouse');
    expect(config('win32', { APPDATA: 'C:\\Users\\ada\\AppData\\Roaming' })).toBe(
      'C:\\Users\\ada\\AppData\\Roaming\\wheelhouse',
    );
  });

  it('turns dynamic clusters and persistence off in-cluster, and lets flags override', () => {
    const inCluster = parseServerConfig(['--in-cluster'], {}, linux).value;
    expect(inCluster).toMatchObject({ mode: 'in-cluster', dynamicClusters: false, persistClusters: false });
    expect(inCluster?.kubeconfigPaths).toEqual([]);
    const enabled = parseServerConfig(['--in-cluster', '--dynamic-clusters'], {}, linux).value;
    expect(enabled?.dynamicClusters).toBe(true);
    const local = parseServerConfig(
      ['--no-persist-clusters'],
      { WHEELHOUSE_DYNAMIC_CLUSTERS: 'false' },
      linux,
    ).value;
    expect(local).toMatchObject({ dynamicClusters: false, persistClusters: false });
  });

  it.each([
    [['--port', 'http'], '--port', 'not a port number'],
    [['--port', '70000'], '--port', 'not a port number'],
    [['--log-level', 'loud'], '--log-level', 'is not one of'],
    [['--base-url', 'wheelhouse'], '--base-url', 'must be a path'],
    [['--base-url', '/a/../b'], '--base-url', 'must be a path'],
    [['--token', 'short'], '--token', '16 to 512'],
    [['--port'], '--port', 'needs a value'],
    [['--frobnicate'], '--frobnicate', 'unknown flag'],
    [['serve'], 'serve', 'unexpected argument'],
    [['--open=maybe'], '--open', 'expected true or false'],
    [
      ['--unsafe-use-service-account-token'],
      '--unsafe-use-service-account-token',
      'only applies with --in-cluster',
    ],
    [['--in-cluster', '--token', 'abcdefghijklmnopq'], '--token', 'not used with --in-cluster'],
  ])('rejects %j naming %s', (argv, flag, message) => {
    const { value, errors } = parseServerConfig(argv, {}, linux);
    expect(value).toBeUndefined();
    expect(errors).toHaveLength(1);
    expect(errors[0]?.flag).toBe(flag);
    expect(errors[0]?.message).toContain(message);
  });

  it('names the environment variable when a bad value came from it', () => {
    const { errors } = parseServerConfig([], { WHEELHOUSE_PORT: 'abc' }, linux);
    expect(errors.map(formatConfigError)).toEqual([
      'wheelhouse: --port: WHEELHOUSE_PORT: "abc" is not a port number (0-65535)',
    ]);
  });

  it('normalises base URLs', () => {
    expect(parseBaseUrl('/')).toEqual({ value: '' });
    expect(parseBaseUrl('/a/b/')).toEqual({ value: '/a/b' });
    expect('error' in parseBaseUrl('/a b')).toBe(true);
  });
});

describe('main (flags only)', () => {
  it('prints one line per bad flag and returns exit code 2', async () => {
    const lines: string[] = [];
    const code = await main(['--port', 'nope'], {
      env: {},
      stderr: (text) => lines.push(text),
      stdout: () => undefined,
    });
    expect(code).toBe(2);
    expect(lines).toEqual(['wheelhouse: --port: "nope" is not a port number (0-65535)\n']);
  });

  it('prints the usage for --help and returns 0', async () => {
    let out = '';
    const code = await main(['--help'], {
      env: {},
      stdout: (text) => (out += text),
      stderr: () => undefined,
    });
    expect(code).toBe(0);
    for (const flag of [
      '--port',
      '--host',
      '--kubeconfig',
      '--in-cluster',
      '--base-url',
      '--config-dir',
      '--plugins-dir',
      '--token',
      '--log-level',
      '--open',
      '--in-cluster-dir',
      '--unsafe-use-service-account-token',
      '--no-dynamic-clusters',
      '--no-persist-clusters',
    ]) {
      expect(out).toContain(flag);
    }
    expect(out).toContain('WHEELHOUSE_PORT');
  });
});

import { describe, expect, it } from 'vitest';
import { createServerPolicy, normalizeAddress, parseAllowedServers } from './allowed-servers.ts';
import type { ResolvedAddress } from './allowed-servers.ts';

const dns: Record<string, ResolvedAddress[]> = {
  'api.corp.example': [{ address: '10.1.2.3', family: 4 }],
  'rebind.example': [{ address: '169.254.169.254', family: 4 }],
  'mixed.example': [
    { address: '10.1.2.4', family: 4 },
    { address: '127.0.0.1', family: 4 },
  ],
  'public.example': [{ address: '203.0.113.7', family: 4 }],
};
const resolve = (host: string): Promise<readonly ResolvedAddress[]> => {
  const found = dns[host];
  return found === undefined ? Promise.reject(new Error('ENOTFOUND')) : Promise.resolve(found);
};

function policy(rules: string[], mode: 'local' | 'in-cluster' = 'in-cluster') {
  const parsed = parseAllowedServers(rules);
  expect(parsed.errors).toEqual([]);
  return createServerPolicy({ rules: parsed.value, mode, resolve });
}

describe('parseAllowedServers', () => {
  it('reads globs, IPs and CIDRs, comma or space separated', () => {
    const { value, errors } = parseAllowedServers(['*.corp.example, 10.0.0.0/8', 'fd00::/8 api.example']);
    expect(errors).toEqual([]);
    expect(value.map((rule) => [rule.type, rule.text])).toEqual([
      ['host', '*.corp.example'],
      ['address', '10.0.0.0/8'],
      ['address', 'fd00::/8'],
      ['host', 'api.example'],
    ]);
    expect(parseAllowedServers(['10.0.0.0/33', 'a b/c', 'https://x']).errors).toHaveLength(3);
  });
});

describe('createServerPolicy', () => {
  it('is off in local mode without rules', async () => {
    const open = policy([], 'local');
    expect(open.active).toBe(false);
    expect(await open.check('https://169.254.169.254')).toEqual({ ok: true });
  });

  it('in-cluster without rules: anything but link-local, metadata and local addresses', async () => {
    const p = policy([]);
    expect(await p.check('https://public.example')).toEqual({ ok: true });
    for (const server of [
      'http://169.254.169.254/latest',
      'https://[fe80::1]:6443',
      'https://[fd00:ec2::254]',
      'https://metadata.google.internal',
      'https://METADATA.google.internal.',
      'https://rebind.example',
      'https://127.0.0.1:6443',
      'https://localhost.invalid',
      'https://[::ffff:169.254.169.254]',
      'http://2852039166/',
      'https://mixed.example',
    ]) {
      expect((await p.check(server)).ok, server).toBe(false);
    }
    expect(await p.check('https://169.254.169.254')).toMatchObject({
      message: /link-local, metadata or local/,
    });
  });

  it('with rules: a host glob or addresses inside a CIDR, and still no metadata unless listed', async () => {
    const p = policy(['*.corp.example', '203.0.113.0/24']);
    expect(await p.check('https://api.corp.example:6443')).toEqual({ ok: true });
    expect(await p.check('https://public.example')).toEqual({ ok: true });
    expect(await p.check('https://10.9.9.9')).toMatchObject({
      ok: false,
      message: /not in --allowed-servers/,
    });
    expect((await policy(['*']).check('https://rebind.example')).ok).toBe(false);
    expect((await policy(['169.254.169.254']).check('https://rebind.example')).ok).toBe(true);
    expect((await policy(['metadata.google.internal']).check('https://metadata.google.internal')).ok).toBe(
      false,
    );
    expect((await policy(['127.0.0.1']).check('https://127.0.0.1:6443')).ok).toBe(true);
  });

  it('checks again at connection time (DNS rebinding)', async () => {
    const p = policy(['*.example']);
    const lookup = (host: string, all: boolean) =>
      new Promise((resolve) => {
        p.lookup(host, { all }, (error, address) => {
          resolve(error === null ? address : `refused: ${error.message}`);
        });
      });
    expect(await lookup('public.example', false)).toBe('203.0.113.7');
    expect(await lookup('public.example', true)).toEqual([{ address: '203.0.113.7', family: 4 }]);
    expect(await lookup('rebind.example', false)).toMatch(/refused: server not allowed/);
  });

  it('normalises IPv4-mapped IPv6 addresses', () => {
    expect(normalizeAddress('::ffff:a9fe:a9fe')).toEqual({ address: '169.254.169.254', family: 4 });
    expect(normalizeAddress('[::ffff:10.0.0.1]')).toEqual({ address: '10.0.0.1', family: 4 });
    expect(normalizeAddress('fe80::1')).toEqual({ address: 'fe80::1', family: 6 });
  });
});

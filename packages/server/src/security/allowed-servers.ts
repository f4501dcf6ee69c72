/**
 * Which API servers a dynamic cluster may point at (`--allowed-servers`), so that a shared server cannot be
 * used to reach into its own pod network (SSRF).
 *
 * Rules are host-name globs (`*.example.com`, `k8s.corp`; `*` matches any characters, dots included),
 * IP addresses and CIDRs (`10.0.0.0/8`, `fd00::/8`). When the policy is active (in-cluster mode, or any
 * rule given):
 * 1. Link-local addresses (169.254.0.0/16, fe80::/10) and the cloud metadata endpoints (169.254.169.254,
 *    fd00:ec2::254, `metadata.google.internal`) are refused unless listed by an IP/CIDR rule (addresses) or
 *    an exact host rule (names). In-cluster mode also refuses loopback and unspecified addresses (the pod
 *    itself, Wheelhouse included) unless listed.
 * 2. With rules, the server must match one: its host name matches a host rule, or every address it
 *    resolves to lies in an IP/CIDR rule.
 * Names are resolved and every resolved address is checked. The same check runs again inside every
 * connection's DNS lookup ({@link ServerPolicy.lookup}), so a name that resolves differently later (DNS
 * rebinding) is still refused.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import net from 'node:net';
import type { LookupFunction } from 'node:net';

/** One `--allowed-servers` rule. */
export type ServerRule =
  | { readonly type: 'address'; readonly text: string; readonly list: net.BlockList }
  | { readonly type: 'host'; readonly text: string; readonly pattern: RegExp; readonly exact: boolean };

/** A resolved address. */
export interface ResolvedAddress {
  readonly address: string;
  readonly family: number;
}

/** Resolves a host name to all its addresses. */
export type ResolveHost = (host: string) => Promise<readonly ResolvedAddress[]>;

const METADATA_HOSTS = new Set(['metadata.google.internal']);

/** Parses rules (each entry may hold several, separated by commas or spaces). */
export function parseAllowedServers(entries: readonly string[]): { value: ServerRule[]; errors: string[] } {
  const value: ServerRule[] = [];
  const errors: string[] = [];
  for (const text of entries.flatMap((entry) => entry.split(/[\s,]+/)).filter((item) => item !== '')) {
    const rule = parseRule(text.toLowerCase());
    if (rule === undefined) errors.push(`"${text}" is not a host name, glob, IP address or CIDR`);
    else value.push(rule);
  }
  return { value, errors };
}

function parseRule(text: string): ServerRule | undefined {
  const [address, prefixText] = text.split('/', 2);
  const family = net.isIP(address ?? '');
  if (family !== 0 && address !== undefined) {
    const max = family === 4 ? 32 : 128;
    const prefix = prefixText === undefined ? max : Number(prefixText);
    if (
      !Number.isInteger(prefix) ||
      prefix < 0 ||
      prefix > max ||
      (prefixText !== undefined && !/^\d+$/.test(prefixText))
    )
      return undefined;
    const list = new net.BlockList();
    list.addSubnet(address, prefix, family === 4 ? 'ipv4' : 'ipv6');
    return { type: 'address', text, list };
  }
  if (!/^[a-z0-9*]([a-z0-9*.-]*[a-z0-9*])?$/.test(text)) return undefined;
  const source = text
    .split('*')
    .map((part) => part.replace(/[.-]/g, '\\$&'))
    .join('.*');
  return { type: 'host', text, pattern: new RegExp(`^${source}$`), exact: !text.includes('*') };
}

/** IPv4-mapped IPv6 (`::ffff:a.b.c.d`, `::ffff:a9fe:a9fe`) → IPv4; anything else unchanged. */
export function normalizeAddress(address: string): ResolvedAddress {
  const lower = address.toLowerCase().replace(/^\[|\]$/g, '');
  const dotted = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted?.[1] !== undefined) return { address: dotted[1], family: 4 };
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (hex?.[1] !== undefined && hex[2] !== undefined) {
    const high = parseInt(hex[1], 16);
    const low = parseInt(hex[2], 16);
    return { address: [high >> 8, high & 255, low >> 8, low & 255].join('.'), family: 4 };
  }
  return { address: lower, family: net.isIP(lower) === 6 ? 6 : 4 };
}

function internalList(denyLoopback: boolean): net.BlockList {
  const list = new net.BlockList();
  list.addSubnet('169.254.0.0', 16, 'ipv4');
  list.addSubnet('fe80::', 10, 'ipv6');
  list.addAddress('fd00:ec2::254', 'ipv6');
  if (denyLoopback) {
    list.addSubnet('127.0.0.0', 8, 'ipv4');
    list.addSubnet('0.0.0.0', 8, 'ipv4');
    list.addAddress('::1', 'ipv6');
    list.addAddress('::', 'ipv6');
  }
  return list;
}

/** Options of {@link createServerPolicy}. */
export interface ServerPolicyOptions {
  readonly rules: readonly ServerRule[];
  readonly mode: 'local' | 'in-cluster';
  readonly resolve?: ResolveHost;
}

/** The server allow-list. */
export interface ServerPolicy {
  /** False in local mode without rules: every server may be added and nothing is resolved. */
  readonly active: boolean;
  /** Checks a server URL (resolving its host); the message says why it is refused. */
  check(server: string): Promise<{ readonly ok: true } | { readonly ok: false; readonly message: string }>;
  /** A `lookup` for connections to dynamic clusters that refuses addresses the policy refuses. */
  readonly lookup: LookupFunction;
}

type Verdict = (host: string, addresses: readonly ResolvedAddress[]) => string | undefined;
type AddressesOf = (host: string) => Promise<readonly ResolvedAddress[]>;

/** Why `host` resolving to `addresses` is refused under `rules`, or undefined when it is allowed. */
function createVerdict(rules: readonly ServerRule[], internal: net.BlockList): Verdict {
  const addressRules = rules.filter((rule) => rule.type === 'address');
  const hostRules = rules.filter((rule) => rule.type === 'host');
  const listed = (a: ResolvedAddress): boolean =>
    addressRules.some((rule) => rule.list.check(a.address, a.family === 6 ? 'ipv6' : 'ipv4'));
  return (host, addresses) => {
    const name = host.toLowerCase().replace(/\.$/, '');
    if (METADATA_HOSTS.has(name) && !hostRules.some((rule) => rule.exact && rule.text === name))
      return `"${name}" is a cloud metadata endpoint`;
    const normalized = addresses.map((a) => normalizeAddress(a.address));
    const blocked = normalized.find(
      (a) => internal.check(a.address, a.family === 6 ? 'ipv6' : 'ipv4') && !listed(a),
    );
    if (blocked !== undefined) return `${blocked.address} is a link-local, metadata or local address`;
    if (rules.length === 0) return undefined;
    if (net.isIP(name) === 0 && hostRules.some((rule) => rule.pattern.test(name))) return undefined;
    if (normalized.length > 0 && normalized.every(listed)) return undefined;
    return 'it is not in --allowed-servers';
  };
}

/** A connection `lookup` that resolves, applies the verdict, and only then hands out addresses. */
function createLookup(addressesOf: AddressesOf, verdict: Verdict): LookupFunction {
  return (hostname, lookupOptions, callback) => {
    addressesOf(hostname).then(
      (addresses) => {
        const why = verdict(hostname, addresses);
        const family = familyNumber(lookupOptions.family);
        const usable = addresses.filter((a) => family === 0 || a.family === family);
        const first = usable[0];
        if (why !== undefined || first === undefined) {
          const error = Object.assign(new Error(`server not allowed: ${why ?? 'no address'}`), {
            code: 'ERR_SERVER_NOT_ALLOWED',
          });
          callback(error, '', 0);
        } else if (lookupOptions.all === true) {
          callback(
            null,
            usable.map((a) => ({ address: a.address, family: a.family })),
          );
        } else callback(null, first.address, first.family);
      },
      (error: unknown) => {
        callback(error as NodeJS.ErrnoException, '', 0);
      },
    );
  };
}

/** Builds the policy. */
export function createServerPolicy(options: ServerPolicyOptions): ServerPolicy {
  const resolve: ResolveHost =
    options.resolve ?? ((host) => dnsLookup(host, { all: true, order: 'verbatim' }));
  const verdict = createVerdict(options.rules, internalList(options.mode === 'in-cluster'));
  const addressesOf: AddressesOf = async (host) =>
    net.isIP(host) === 0 ? resolve(host) : [normalizeAddress(host)];
  const active = options.mode === 'in-cluster' || options.rules.length > 0;
  return {
    active,
    async check(server) {
      if (!active) return { ok: true };
      const host = new URL(server).hostname.replace(/^\[|\]$/g, '');
      let addresses: readonly ResolvedAddress[];
      try {
        addresses = await addressesOf(host);
      } catch {
        return { ok: false, message: `the server "${host}" does not resolve` };
      }
      const why = verdict(host, addresses);
      return why === undefined
        ? { ok: true }
        : { ok: false, message: `the server "${host}" may not be added: ${why}` };
    },
    lookup: createLookup(addressesOf, verdict),
  };
}

function familyNumber(family: number | string | undefined): number {
  if (family === 'IPv4' || family === 4) return 4;
  if (family === 'IPv6' || family === 6) return 6;
  return 0;
}

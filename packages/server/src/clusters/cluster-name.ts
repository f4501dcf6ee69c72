/**
 * Cluster names: URL-safe, unique, derived from kubeconfig context names.
 *
 * The rule (also in docs/api.md):
 * 1. Lowercase the context name; replace every run of characters outside `a-z 0-9 . _ -` with `-`.
 * 2. Trim characters other than `a-z 0-9` from both ends; cut to 63 characters; an empty result becomes
 *    `cluster`. So a name matches {@link CLUSTER_NAME_PATTERN} and is never `.` or `..`.
 * 3. When several contexts map to the same name, the one whose context name already equals it keeps it;
 *    otherwise the first in kubeconfig merge order keeps it. Every other one gets `-` and the first 6 hex
 *    digits of the SHA-256 of its original context name (more digits if even that clashes). The suffix
 *    depends only on the context's own name, so adding or removing other contexts does not rename it.
 */
import { createHash } from 'node:crypto';

/** What a valid cluster name looks like (1–63 characters). */
export const CLUSTER_NAME_PATTERN = /^[a-z0-9](?:[a-z0-9._-]{0,61}[a-z0-9])?$/;

const MAX_LENGTH = 63;

/** Whether `name` is a valid cluster name. */
export function isValidClusterName(name: string): boolean {
  return CLUSTER_NAME_PATTERN.test(name);
}

/** Steps 1–2 of the rule: a valid name derived from any string. */
export function sanitizeClusterName(contextName: string): string {
  const replaced = contextName.toLowerCase().replace(/[^a-z0-9._-]+/g, '-');
  return trimEnds(trimEnds(replaced).slice(0, MAX_LENGTH)) || 'cluster';
}

function trimEnds(name: string): string {
  return name.replace(/^[^a-z0-9]+/, '').replace(/[^a-z0-9]+$/, '');
}

/**
 * The whole rule: unique names for `contextNames` (in merge order), same order. `reserved` names (held by
 * other sources) are avoided like clashes.
 */
export function assignClusterNames(
  contextNames: readonly string[],
  reserved: ReadonlySet<string> = new Set(),
): string[] {
  const bases = contextNames.map(sanitizeClusterName);
  const winners = new Map<string, number>();
  bases.forEach((base, index) => {
    if (reserved.has(base)) return;
    const current = winners.get(base);
    const exact = contextNames[index] === base;
    if (current === undefined || (exact && contextNames[current] !== base)) winners.set(base, index);
  });
  const taken = new Set<string>([...reserved, ...winners.keys()]);
  return bases.map((base, index) => {
    if (winners.get(base) === index) return base;
    const name = suffixed(base, contextNames[index] ?? '', taken);
    taken.add(name);
    return name;
  });
}

function suffixed(base: string, contextName: string, taken: ReadonlySet<string>): string {
  const digest = createHash('sha256').update(contextName).digest('hex');
  for (let length = 6; length <= digest.length; length += 2) {
    const suffix = `-${digest.slice(0, length)}`;
    const candidate = `${trimEnds(base.slice(0, MAX_LENGTH - suffix.length))}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
  for (let counter = 2; ; counter += 1) {
    const candidate = `${trimEnds(base.slice(0, MAX_LENGTH - 8))}-${counter}`;
    if (!taken.has(candidate)) return candidate;
  }
}

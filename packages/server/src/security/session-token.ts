/**
 * The local-mode session token: 32 random bytes (base64url) made at start, or the operator's `--token`.
 * Whoever holds it is the user: it is exchanged for an httpOnly cookie at login and also accepted as a
 * bearer token (kubectl through the proxy). Comparison is constant-time.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** The session token of this server process. */
export interface SessionToken {
  /** The token itself: print it once (login URL), never log it. */
  readonly value: string;
  /** Constant-time check of a candidate. */
  matches(candidate: string | undefined): boolean;
}

/** Makes the session token: `fixed` when given, else 32 random bytes as base64url. */
export function createSessionToken(
  fixed?: string,
  random: (size: number) => Buffer = randomBytes,
): SessionToken {
  const value = fixed ?? random(32).toString('base64url');
  // Comparing digests gives equal lengths (timingSafeEqual requires it) and hides the token's length.
  const expected = digest(value);
  return {
    value,
    matches: (candidate) => candidate !== undefined && timingSafeEqual(digest(candidate), expected),
  };
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

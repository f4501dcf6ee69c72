/**
 * In-cluster mode with dynamic clusters: each browser (user) holds a random 256-bit key in an httpOnly,
 * SameSite=Strict cookie. The server never stores it. From it, per request, HKDF-SHA-256 derives:
 * - the user id (128 bits, hex): which clusters are this user's; it reveals nothing about the key;
 * - the encryption key (256 bits): the server keeps each of the user's cluster definitions only as
 *   AES-256-GCM ciphertext under it (see clusters/user-clusters.ts), and decrypts it for one request.
 * Without the cookie the ciphertext is useless, to the server's memory, its logs and other users alike.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { isSecureRequest, readCookie, setCookieHeader } from './cookies.ts';

/** Name of the cookie holding the user's key. */
export const USER_KEY_COOKIE = 'wheelhouse-user-key';

/** Keys derived from one user's cookie. */
export interface UserKey {
  /** Stable, non-secret id of the user's clusters. */
  readonly id: string;
  /** AES-256-GCM key of the user's cluster definitions. */
  readonly encryptionKey: Buffer;
}

/** A sealed value: AES-256-GCM, 96-bit random IV, 128-bit tag. */
export interface Sealed {
  readonly iv: Buffer;
  readonly ciphertext: Buffer;
  readonly tag: Buffer;
}

const COOKIE_VALUE = /^[A-Za-z0-9_-]{43}$/;
const SALT = Buffer.from('wheelhouse-user-key-v1');
const issued = new WeakMap<IncomingMessage, string>();

/** The keys of a cookie value, or undefined if it is not a well-formed key. */
export function deriveUserKey(value: string | undefined): UserKey | undefined {
  if (value === undefined || !COOKIE_VALUE.test(value)) return undefined;
  const secret = Buffer.from(value, 'base64url');
  const id = Buffer.from(hkdfSync('sha256', secret, SALT, 'user-id', 16)).toString('hex');
  const encryptionKey = Buffer.from(hkdfSync('sha256', secret, SALT, 'cluster-definitions', 32));
  return { id, encryptionKey };
}

/** The user's keys for a request: its cookie, or the key issued to it by the hook. */
export function userKeyOf(request: FastifyRequest | IncomingMessage): UserKey | undefined {
  const raw = 'raw' in request ? request.raw : request;
  return deriveUserKey(issued.get(raw) ?? readCookie(raw.headers, USER_KEY_COOKIE));
}

/**
 * Gives every API request without a key cookie a new key (Set-Cookie, path `BASE`, so the proxy routes get
 * it too), so that the events stream and the first `POST /api/clusters` of a browser share one key.
 */
export function registerUserKeyHook(app: FastifyInstance, options: { baseUrl: string }): void {
  app.addHook('onRequest', async (request, reply) => {
    const pathname = request.url.split('?', 1)[0] ?? '';
    if (!pathname.startsWith(`${options.baseUrl}/api/`)) return;
    if (deriveUserKey(readCookie(request.headers, USER_KEY_COOKIE)) !== undefined) return;
    const value = randomBytes(32).toString('base64url');
    issued.set(request.raw, value);
    const secure = isSecureRequest(request.headers, request.protocol === 'https');
    reply.header(
      'set-cookie',
      setCookieHeader({ name: USER_KEY_COOKIE, value, path: options.baseUrl, secure }),
    );
  });
}

/** Encrypts `plaintext`, bound to `context` (additional authenticated data). */
export function seal(key: UserKey, plaintext: string, context: string): Sealed {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key.encryptionKey, iv);
  cipher.setAAD(Buffer.from(context));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return { iv, ciphertext, tag: cipher.getAuthTag() };
}

/** Decrypts a sealed value; undefined if the key or context is wrong or the data was altered. */
export function unseal(key: UserKey, sealed: Sealed, context: string): string | undefined {
  try {
    const decipher = createDecipheriv('aes-256-gcm', key.encryptionKey, sealed.iv);
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(sealed.tag);
    return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}

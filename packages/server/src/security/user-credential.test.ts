import { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { recordRequestAuth, resolveUserCredential } from './user-credential.ts';

function request(headers: Record<string, string>): IncomingMessage {
  const message = new IncomingMessage(new Socket());
  message.headers = headers;
  return message;
}

describe('resolveUserCredential', () => {
  it('refuses requests the guard has not seen', () => {
    expect(() => resolveUserCredential(request({}), 'a')).toThrow(/request guard/);
  });

  it('never returns the session token given as a bearer token', () => {
    const req = request({ authorization: 'Bearer session', cookie: 'wheelhouse-cluster-token-a=user-a' });
    recordRequestAuth(req, { sessionVia: 'bearer' });
    expect(resolveUserCredential(req, 'a')).toEqual({ type: 'bearer', token: 'user-a' });
    expect(resolveUserCredential(req, 'b')).toBeUndefined();
  });

  it('prefers a non-session Authorization header over the cluster cookie', () => {
    const req = request({ authorization: 'Bearer user-header', cookie: 'wheelhouse-cluster-token-a=user-a' });
    recordRequestAuth(req, { sessionVia: 'none' });
    expect(resolveUserCredential(req, 'a')).toEqual({ type: 'bearer', token: 'user-header' });
  });

  it('reads the per-cluster cookie of exactly that cluster', () => {
    const req = request({ cookie: 'wheelhouse-cluster-token-a.b=for-a.b; wheelhouse-cluster-token-a=for-a' });
    recordRequestAuth(req, { sessionVia: 'none' });
    expect(resolveUserCredential(req, 'a')).toEqual({ type: 'bearer', token: 'for-a' });
    expect(resolveUserCredential(req, 'a.b')).toEqual({ type: 'bearer', token: 'for-a.b' });
    expect(resolveUserCredential(req, 'c')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { ClusterClosedError, describeUpstreamError } from './upstream-error.ts';

function coded(code: string, cause?: unknown): Error {
  return Object.assign(new Error(code, { cause }), { code });
}

describe('describeUpstreamError', () => {
  it.each([
    ['ENOTFOUND', 'dns'],
    ['EAI_AGAIN', 'dns'],
    ['ECONNREFUSED', 'refused'],
    ['UND_ERR_CONNECT_TIMEOUT', 'timeout'],
    ['UND_ERR_HEADERS_TIMEOUT', 'timeout'],
    ['SELF_SIGNED_CERT_IN_CHAIN', 'tls-unknown-authority'],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'tls-unknown-authority'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'tls-hostname-mismatch'],
    ['CERT_HAS_EXPIRED', 'tls'],
    ['ERR_SSL_WRONG_VERSION_NUMBER', 'tls'],
  ])('classifies %s as %s', (code, reason) => {
    expect(describeUpstreamError(coded(code))).toMatchObject({ reason, code });
  });

  it('looks through causes and aggregate errors', () => {
    const aggregate = new AggregateError([coded('ECONNREFUSED'), coded('ECONNREFUSED')]);
    expect(describeUpstreamError(coded('UND_ERR_SOCKET_X', aggregate))).toMatchObject({ reason: 'refused' });
    expect(describeUpstreamError(new TypeError('fetch failed', { cause: coded('ENOTFOUND') }))).toMatchObject(
      {
        reason: 'dns',
      },
    );
  });

  it('recognises a removed cluster and unknown errors', () => {
    expect(describeUpstreamError(new ClusterClosedError('c')).reason).toBe('cluster-closed');
    expect(describeUpstreamError(new Error('odd')).reason).toBe('unknown');
  });
});

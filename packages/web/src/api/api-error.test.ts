import { describe, expect, it } from 'vitest';
import { apiErrorFromResponse, toApiError } from './api-error.ts';

describe('apiErrorFromResponse', () => {
  it('reads problem+json with field and verify reason', async () => {
    const body = {
      type: 'urn:wheelhouse:problem:verification-failed',
      title: 'x',
      status: 422,
      detail: 'refused',
      field: 'server',
      reason: 'refused',
      context: 'dev',
    };
    const error = await apiErrorFromResponse(new Response(JSON.stringify(body), { status: 422 }));
    expect([error.status, error.message, error.field, error.problem]).toEqual([
      422,
      'refused',
      'server',
      { reason: 'refused', context: 'dev' },
    ]);
  });

  it('reads a Kubernetes Status and plain text', async () => {
    const status = await apiErrorFromResponse(
      new Response(JSON.stringify({ kind: 'Status', message: 'forbidden: no' }), { status: 403 }),
    );
    expect(status.message).toBe('forbidden: no');
    const text = await apiErrorFromResponse(new Response('bad gateway', { status: 502 }));
    expect([text.status, text.message]).toEqual([502, 'bad gateway']);
  });

  it('marks 401 as unauthorized and network failures as status 0', () => {
    expect(toApiError(new TypeError('Failed to fetch')).status).toBe(0);
  });
});

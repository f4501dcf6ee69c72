import fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import type { HttpError } from './errors.ts';
import { ConflictError, InputError, NotFoundError, PayloadTooLargeError, UpstreamError } from './errors.ts';
import { registerProblemHandler, toProblem } from './problem.ts';

const cases: [HttpError, number, string, string | undefined][] = [
  [new InputError('spec.server', 'must be a URL'), 400, 'invalid-input', 'spec.server'],
  [new NotFoundError('no cluster "x"', 'name'), 404, 'not-found', 'name'],
  [new ConflictError('taken', 'name'), 409, 'conflict', 'name'],
  [new PayloadTooLargeError('too big', 'kubeconfig'), 413, 'payload-too-large', 'kubeconfig'],
  [new UpstreamError('exec plugin failed'), 502, 'upstream', undefined],
];

describe('toProblem', () => {
  it.each(cases)('maps %s', (error, status, kind, field) => {
    const { problem, internal } = toProblem(error, '/api/x');
    expect(internal).toBe(false);
    expect(problem).toEqual({
      type: `urn:wheelhouse:problem:${kind}`,
      title: expect.any(String) as string,
      status,
      detail: error.message,
      instance: '/api/x',
      ...(field === undefined ? {} : { field }),
    });
  });

  it('hides unexpected errors behind a generic 500', () => {
    const { problem, internal } = toProblem(new Error('secret internals'));
    expect(internal).toBe(true);
    expect(problem).toMatchObject({ status: 500, type: 'urn:wheelhouse:problem:internal' });
    expect(JSON.stringify(problem)).not.toContain('secret internals');
  });
});

describe('registerProblemHandler', () => {
  it('maps Fastify validation errors, bad JSON and oversized bodies', async () => {
    const app = fastify({ bodyLimit: 64 });
    registerProblemHandler(app);
    app.post(
      '/things',
      {
        schema: {
          body: {
            type: 'object',
            required: ['spec'],
            properties: {
              spec: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
            },
          },
        },
      },
      () => ({ ok: true }),
    );
    const missing = await app.inject({ method: 'POST', url: '/things', payload: { spec: {} } });
    expect(missing.statusCode).toBe(400);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    expect(missing.json()).toMatchObject({
      field: 'spec.name',
      type: 'urn:wheelhouse:problem:invalid-input',
    });
    const badJson = await app.inject({
      method: 'POST',
      url: '/things',
      payload: '{',
      headers: { 'content-type': 'application/json' },
    });
    expect(badJson.statusCode).toBe(400);
    const large = await app.inject({
      method: 'POST',
      url: '/things',
      payload: { spec: { name: 'x'.repeat(100) } },
    });
    expect(large.statusCode).toBe(413);
    expect(large.json()).toMatchObject({ type: 'urn:wheelhouse:problem:payload-too-large' });
    await app.close();
  });
});

import fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  defaultSerializerFactory,
  defaultValidatorFactory,
  lazySerializerFactory,
  lazyValidatorFactory,
  once,
} from './lazy-schema-compilers.ts';

const bodySchema = {
  type: 'object',
  required: ['name'],
  properties: { name: { type: 'string', maxLength: 3 } },
  additionalProperties: false,
};
const replySchema = { type: 'object', properties: { name: { type: 'string' } } };

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** An app whose compilers count how often they compile. */
async function build() {
  const compiled = { loaded: 0, validators: 0, serializers: 0 };
  app = fastify({
    schemaController: {
      compilersFactory: {
        buildValidator: lazyValidatorFactory(() => {
          compiled.loaded += 1;
          return (schemas, options) => {
            const compile = defaultValidatorFactory()(schemas, options);
            return (route) => {
              compiled.validators += 1;
              return compile(route);
            };
          };
        }),
        buildSerializer: lazySerializerFactory(() => {
          compiled.loaded += 1;
          return (schemas, options) => {
            const compile = defaultSerializerFactory()(schemas, options);
            return (route) => {
              compiled.serializers += 1;
              return compile(route);
            };
          };
        }),
      },
    },
  });
  app.post('/names', { schema: { body: bodySchema, response: { 200: replySchema } } }, (request) => ({
    ...(request.body as object),
    secret: 'not in the reply schema',
  }));
  await app.ready();
  return { app, compiled };
}

describe('lazy schema compilers', () => {
  it('once builds on the first call only', () => {
    const make = vi.fn(() => ({}));
    const get = once(make);
    expect(make).not.toHaveBeenCalled();
    expect(get()).toBe(get());
    expect(make).toHaveBeenCalledTimes(1);
  });

  it('load and compile nothing at ready(), then each schema once, on the first request that needs it', async () => {
    const { app, compiled } = await build();
    expect(compiled).toEqual({ loaded: 0, validators: 0, serializers: 0 });
    for (let i = 0; i < 3; i += 1)
      await app.inject({ method: 'POST', url: '/names', payload: { name: 'ab' } });
    expect(compiled).toEqual({ loaded: 2, validators: 1, serializers: 1 });
  });

  it('validate exactly like the eager compilers, with the error naming the field', async () => {
    const { app } = await build();
    const bad = await app.inject({ method: 'POST', url: '/names', payload: { name: 'abcd' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ message: string }>().message).toBe('body/name must NOT have more than 3 characters');
    const missing = await app.inject({ method: 'POST', url: '/names', payload: {} });
    expect(missing.json<{ message: string }>().message).toBe("body must have required property 'name'");
    const good = await app.inject({ method: 'POST', url: '/names', payload: { name: 'ab' } });
    expect(good.statusCode).toBe(200);
  });

  it('serialize through the response schema (properties outside it are dropped)', async () => {
    const { app } = await build();
    const reply = await app.inject({ method: 'POST', url: '/names', payload: { name: 'ab' } });
    expect(reply.json()).toEqual({ name: 'ab' });
  });
});

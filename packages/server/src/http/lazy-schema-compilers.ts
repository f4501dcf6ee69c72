/**
 * Route schemas compiled on first use instead of at start. Fastify compiles every route's validator (Ajv
 * code generation) and response serializer (fast-json-stringify) while it boots; that was most of the
 * server's CPU before `/readyz` answered (BENCHMARKS.md, start and weight). The compilers here are
 * Fastify's own, wrapped so each schema compiles the first time a request needs it — same validation,
 * same errors, paid once per route by the first caller.
 *
 * The compilers themselves (Ajv, fast-json-stringify: over half of the server bundle) are required on first
 * use too, and the bundle leaves them out (bundle/build.ts), so a start does not even read them.
 */
import type ajvCompilerModule from '@fastify/ajv-compiler';
import type serializerCompilerModule from '@fastify/fast-json-stringify-compiler';
import type { FastifyServerOptions } from 'fastify';
import { createRequire } from 'node:module';

type CompilersFactory = NonNullable<
  NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']
>;
type ValidatorFactory = NonNullable<CompilersFactory['buildValidator']>;
type SerializerFactory = NonNullable<CompilersFactory['buildSerializer']>;
type Validator = ReturnType<ReturnType<ValidatorFactory>>;

/** Memoizes `build` (called at most once, on the first call of the returned getter). */
export function once<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}

const require = createRequire(import.meta.url);

/** Fastify's default validator factory (Ajv), loaded now. */
export function defaultValidatorFactory(): ValidatorFactory {
  return (require('@fastify/ajv-compiler') as typeof ajvCompilerModule)();
}

/** Fastify's default serializer factory (fast-json-stringify), loaded now. */
export function defaultSerializerFactory(): SerializerFactory {
  return (require('@fastify/fast-json-stringify-compiler') as typeof serializerCompilerModule)();
}

/** Wraps a validator factory (default: Fastify's, loaded on first use) so each route schema compiles on its first request. */
export function lazyValidatorFactory(
  inner: () => ValidatorFactory = defaultValidatorFactory,
): ValidatorFactory {
  return (externalSchemas, options) => {
    const compile = once(() => inner()(externalSchemas, options));
    return (route) => {
      const validator = once(() => compile()(route));
      // Fastify reads `errors` from the function it called, after a `false` answer.
      function lazy(this: unknown, data: unknown): ReturnType<Validator> {
        const real = validator();
        const result = real.call(this, data);
        lazy.errors = real.errors;
        return result;
      }
      lazy.errors = undefined as Validator['errors'];
      return lazy as Validator;
    };
  };
}

/** Wraps a serializer factory (default: Fastify's, loaded on first use) so each response schema compiles on its first reply. */
export function lazySerializerFactory(
  inner: () => SerializerFactory = defaultSerializerFactory,
): SerializerFactory {
  return (externalSchemas, options) => {
    const compile = once(() => inner()(externalSchemas, options));
    return (route) => {
      const serializer = once(() => compile()(route));
      return (data: unknown) => serializer()(data);
    };
  };
}

/** The `schemaController` option for `fastify()`. */
export function lazySchemaController(): NonNullable<FastifyServerOptions['schemaController']> {
  return {
    compilersFactory: { buildValidator: lazyValidatorFactory(), buildSerializer: lazySerializerFactory() },
  };
}

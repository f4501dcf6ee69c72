import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { ClusterRegistry } from './clusters/cluster-registry.ts';
import { registerKubeProxy } from './proxy/register-kube-proxy.ts';
import { createSessionToken } from './security/session-token.ts';
import { testConfig } from './testing/test-config.ts';

let app: FastifyInstance | undefined;

/** The full app (dynamic clusters on, proxy included) with the start-time schema check switched back on. */
function build(): FastifyInstance {
  const config = testConfig(['--dynamic-clusters']);
  app = createApp({
    config,
    registry: new ClusterRegistry(),
    sessionToken: createSessionToken('test-session-token-0123456789'),
    registerKubeProxy,
    validateSchemas: true,
  });
  return app;
}

afterEach(async () => {
  await app?.close();
  app = undefined;
});

// The server skips Ajv's meta-schema check at start (it cost ~200 ms); this is where it runs instead.
describe('route schemas', () => {
  it('are all valid JSON Schema', async () => {
    await expect(build().ready()).resolves.toBeDefined();
  });

  it('are checked here: an invalid schema fails ready()', async () => {
    const instance = build();
    instance.post('/invalid', { schema: { body: { type: 'string', maxLength: -1 } } }, () => 'never');
    await expect(instance.ready()).rejects.toThrow(/schema is invalid/);
  });
});

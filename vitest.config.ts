import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` runs in memory; `integration` talks to real control planes that
 * test/global-setup.ts starts once per run (tools/testcluster).
 */
export const config = defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'tools/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['packages/*/src/**/*.int.test.ts', 'tools/**/*.int.test.ts', 'test/**/*.int.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

// Vitest loads the default export of its config file.
// eslint-disable-next-line no-restricted-syntax
export default config;

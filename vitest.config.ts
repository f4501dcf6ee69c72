import { defineConfig } from 'vitest/config';

/**
 * Projects: `unit` runs in memory; `web` runs the web app's tests in happy-dom; `integration` talks to real
 * control planes that test/global-setup.ts starts once per run (tools/testcluster); `e2e` drives the built
 * web app in Chromium against the real server and those clusters (e2e/).
 *
 * Order and overlap (groups run one after another; the files of one group share its workers):
 * 1. unit and web, in memory.
 * 2. integration and e2e, two files at a time: each file starts its own Wheelhouse (and browser), and most of
 *    a file's time is spent waiting on the clusters, the server or the browser, so two overlap well on two
 *    cores. Files here only touch objects of their own (own namespaces, own names) or read.
 * 3. `e2e-exclusive`, one file at a time after everything else: specs that change what other specs read
 *    (scaling and rolling back the seeded Deployment, draining a node) or load a cluster heavily (10k pods).
 */
const exclusiveSpecs = ['e2e/specs/resources-big-list.spec.ts', 'e2e/specs/workloads-actions.spec.ts'];

/** In-memory tests: generous, as they share two cores with lint and typecheck (tools/test-command.ts). */
const memoryTestTimeout = 20_000;

/**
 * The in-memory projects run their files without isolation: each worker imports React, MUI, Fastify… once
 * instead of once per file, and sets happy-dom up once. Measured on 2026-12-03: web 55 → 7.4 s, unit 25 →
 * 8.5 s, passing in shuffled orders too. A test must therefore restore what it changes at module level
 * (stubs, timers, stores) — as vi.restoreAllMocks / afterEach hooks already do.
 */
const memoryIsolation = { isolate: false } as const;

const clusterProject = {
  globalSetup: ['test/global-setup.ts'],
  testTimeout: 120_000,
  hookTimeout: 300_000,
};

export const config = defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'tools/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**', 'packages/web/**'],
          maxWorkers: 2,
          testTimeout: memoryTestTimeout,
          ...memoryIsolation,
        },
      },
      {
        test: {
          name: 'web',
          include: ['packages/web/src/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['packages/web/src/test/setup.ts'],
          maxWorkers: 2,
          testTimeout: memoryTestTimeout,
          ...memoryIsolation,
        },
      },
      {
        test: {
          ...clusterProject,
          name: 'integration',
          include: ['packages/*/src/**/*.int.test.ts', 'tools/**/*.int.test.ts', 'test/**/*.int.test.ts'],
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          ...clusterProject,
          name: 'e2e',
          include: ['e2e/specs/**/*.spec.ts'],
          exclude: exclusiveSpecs,
          globalSetup: [...clusterProject.globalSetup, 'e2e/build-web.ts'],
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          ...clusterProject,
          name: 'e2e-exclusive',
          include: exclusiveSpecs,
          globalSetup: [...clusterProject.globalSetup, 'e2e/build-web.ts'],
          maxWorkers: 1,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});

// Vitest loads the default export of its config file.
// eslint-disable-next-line no-restricted-syntax
export default config;

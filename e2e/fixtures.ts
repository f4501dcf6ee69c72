/**
 * E2E fixtures: the real Wheelhouse server (test/wheelhouse.ts) against the real test clusters of the global
 * setup, and a Chromium page already logged in through the session-token URL.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { testClusters } from '../test/clusters.ts';
import { startWheelhouse, type StartOptions, type Wheelhouse } from '../test/wheelhouse.ts';
import { launchBrowser } from './browser.ts';

/** A running server plus a browser to drive it. */
export interface App {
  readonly wheelhouse: Wheelhouse;
  readonly browser: Browser;
  /** A new logged-in page (own context, so its own cookies and storage). */
  open(options?: { colorScheme?: 'light' | 'dark'; width?: number; height?: number }): Promise<Page>;
  /** Saves a screenshot of every open page under .e2e-artifacts/ (call when a test fails). */
  capture(name: string): Promise<void>;
  stop(): Promise<void>;
}

/** A kubeconfig with no contexts, for first-use tests. */
export function emptyKubeconfig(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wheelhouse-e2e-'));
  const file = join(dir, 'empty.kubeconfig');
  writeFileSync(file, 'apiVersion: v1\nkind: Config\nclusters: []\ncontexts: []\nusers: []\n');
  return file;
}

/** The admin kubeconfig text of a test cluster. */
export function adminKubeconfig(name: 'alpha' | 'beta'): { path: string; text: string } {
  const clusters = testClusters();
  if (!clusters) throw new Error('test clusters are not running');
  const path = clusters[name].adminKubeconfig;
  return { path, text: readFileSync(path, 'utf8') };
}

/** Starts Wheelhouse with `options` and a headless Chromium. */
export async function startApp(options: StartOptions = {}): Promise<App> {
  const wheelhouse = await startWheelhouse(options);
  const browser = await launchBrowser();
  const contexts: BrowserContext[] = [];
  return {
    wheelhouse,
    browser,
    async open({ colorScheme = 'light', width = 1280, height = 800 } = {}) {
      const context = await browser.newContext({ colorScheme, viewport: { width, height } });
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(`${wheelhouse.url}/?token=${wheelhouse.token}`);
      return page;
    },
    async capture(name) {
      const dir = join(import.meta.dirname, '..', '.e2e-artifacts');
      mkdirSync(dir, { recursive: true });
      const pages = contexts.flatMap((c) => c.pages());
      await Promise.allSettled(
        pages.map((p, i) => p.screenshot({ path: join(dir, `${name}-${String(i)}.png`), fullPage: true })),
      );
    },
    async stop() {
      await Promise.allSettled(contexts.map((c) => c.close()));
      await browser.close();
      await wheelhouse.stop();
    },
  };
}

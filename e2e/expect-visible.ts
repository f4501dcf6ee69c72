/** Waiting helpers for specs (playwright-core has no `expect`; Vitest's runs after the wait). */
import type { Locator } from 'playwright-core';

/** Waits until the locator is visible (default 15 s) and resolves; rejects with a clear message otherwise. */
export async function visible(locator: Locator, timeout = 15_000): Promise<Locator> {
  await locator.first().waitFor({ state: 'visible', timeout });
  return locator;
}

/** Waits until the locator is gone. */
export async function gone(locator: Locator, timeout = 15_000): Promise<void> {
  await locator.first().waitFor({ state: 'detached', timeout });
}

/** Waiting helpers for specs (playwright-core has no `expect`; Vitest's runs after the wait). */
import type { Locator } from 'playwright-core';

/**
 * How long a spec waits for the page by default. Generous: two spec files run at a time, beside lint and
 * typecheck, on two cores, and a wait ends as soon as the page is ready.
 */
const DEFAULT_WAIT_MS = 30_000;

/** Waits until the locator is visible and resolves; rejects with a clear message otherwise. */
export async function visible(locator: Locator, timeout = DEFAULT_WAIT_MS): Promise<Locator> {
  await locator.first().waitFor({ state: 'visible', timeout });
  return locator;
}

/** Waits until the locator is gone. */
export async function gone(locator: Locator, timeout = DEFAULT_WAIT_MS): Promise<void> {
  await locator.first().waitFor({ state: 'detached', timeout });
}

/**
 * Page object of the issue-7 views: a pod's logs and terminal pages (`/c/C/pods/NS/NAME/{logs,terminal}`),
 * an object's details page with its action buttons and tabs, and the cluster overview's node actions.
 */
import type { Locator, Page } from 'playwright-core';

export class WorkloadPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  async goto(path: string): Promise<void> {
    await this.page.goto(new URL(path, this.page.url()).href);
  }

  async openLogs(cluster: string, namespace: string, pod: string): Promise<void> {
    await this.goto(`/c/${cluster}/pods/${namespace}/${pod}/logs`);
  }

  async openTerminal(cluster: string, namespace: string, pod: string): Promise<void> {
    await this.goto(`/c/${cluster}/pods/${namespace}/${pod}/terminal`);
  }

  /** A details page of the resource browser: `apps/v1/deployments/shop/api`. */
  async openDetails(cluster: string, path: string, tab?: string): Promise<void> {
    await this.goto(`/c/${cluster}/r/${path}${tab ? `?tab=${tab}` : ''}`);
  }

  get logLines(): Locator {
    return this.page.getByRole('log', { name: 'Log lines' });
  }

  /** The "N lines" counter of the log viewer. */
  async logCount(): Promise<number> {
    const text = (await this.page.getByTestId('log-count').textContent()) ?? '';
    return Number(/([\d,]+) line/.exec(text)?.[1]?.replace(/,/g, '') ?? '0');
  }

  get logState(): Locator {
    return this.page.getByTestId('log-state');
  }

  get terminal(): Locator {
    return this.page.getByTestId('terminal');
  }

  get terminalState(): Locator {
    return this.page.getByTestId('terminal-state');
  }

  /** The visible text of the terminal's rows. */
  async terminalText(): Promise<string> {
    return (await this.page.locator('.xterm-rows').textContent()) ?? '';
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** The node row of the cluster overview. */
  nodeRow(name: string): Locator {
    return this.page.getByTestId(`node-${name}`);
  }

  snackbar(text: string | RegExp): Locator {
    return this.page.getByRole('alert').filter({ hasText: text });
  }
}

/** Page object of a cluster's overview (`/c/NAME`). */
import type { Locator, Page } from 'playwright-core';

export class ClusterPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  get namespaces(): Locator {
    return this.page.getByRole('table', { name: 'Namespaces' });
  }

  namespace(name: string): Locator {
    return this.namespaces.getByRole('cell', { name, exact: true });
  }
}

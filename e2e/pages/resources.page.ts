/** Page object of the resource browser: sidebar groups, list pages (`/c/C/r/...`) and details pages. */
import type { Locator, Page } from 'playwright-core';

export class ResourcesPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  /** Opens a list page by URL path (e.g. `/c/alpha/r/core/v1/pods?ns=shop`). */
  async open(path: string): Promise<void> {
    await this.page.goto(new URL(path, this.page.url()).href);
  }

  /** The sidebar navigation of the cluster. */
  get sidebar(): Locator {
    return this.page.getByRole('navigation', { name: 'Cluster navigation' }).first();
  }

  /** The links of one sidebar group (Workloads, Network…). */
  groupLinks(title: string): Locator {
    return this.sidebar.getByRole('list', { name: title }).getByRole('link');
  }

  /** The list table of a kind (`Pods list`). */
  table(label: string): Locator {
    return this.page.getByRole('table', { name: `${label} list` });
  }

  /** Rows of a table, header included. */
  rows(table: Locator): Locator {
    return table.getByRole('row');
  }

  /** The row whose name link is `name`. */
  row(table: Locator, name: string): Locator {
    return table.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  /** The "N objects" / "N of M shown" text under the title. */
  get count(): Locator {
    return this.page.getByTestId('list-count');
  }

  get filter(): Locator {
    return this.page.getByRole('textbox', { name: 'Filter' });
  }

  get labelSelector(): Locator {
    return this.page.getByRole('textbox', { name: 'Label selector' });
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** A titled section of a details page (Metadata, Replicas, Pods, Data…). */
  section(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }
}

/** Page object of the home page (`/`): the cluster list and its row actions. */
import type { Locator, Page } from 'playwright-core';

export class HomePage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  /** The table row of one cluster. */
  row(name: string): Locator {
    return this.page.getByTestId(`cluster-row-${name}`);
  }

  get firstUseHeading(): Locator {
    return this.page.getByRole('heading', { name: 'Welcome to Wheelhouse' });
  }

  async goto(): Promise<void> {
    await this.page.goto(new URL('/', this.page.url()).href);
  }

  async addCluster(): Promise<void> {
    await this.page.getByRole('link', { name: 'Add cluster' }).first().click();
  }

  async openCluster(name: string): Promise<void> {
    await this.row(name).getByRole('link', { name }).click();
  }

  async rename(from: string, to: string): Promise<void> {
    await this.page.getByRole('button', { name: `Actions for ${from}` }).click();
    await this.page.getByRole('menuitem', { name: 'Rename…' }).click();
    const field = this.page.getByLabel('New name');
    await field.fill(to);
    await this.page.getByRole('button', { name: 'Rename', exact: true }).click();
  }

  async remove(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Actions for ${name}` }).click();
    await this.page.getByRole('menuitem', { name: 'Remove' }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  }

  /** The snackbar text. */
  get snackbar(): Locator {
    return this.page.getByRole('alert').last();
  }
}

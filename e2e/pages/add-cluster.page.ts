/** Page object of the add-cluster page (`/add`). */
import type { Locator, Page } from 'playwright-core';

export class AddClusterPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Add a cluster' });
  }

  /** Chooses a kubeconfig file through the file input. */
  async upload(path: string): Promise<void> {
    await this.page.getByTestId('kubeconfig-file').setInputFiles(path);
  }

  async paste(text: string): Promise<void> {
    await this.page.getByLabel('Or paste a kubeconfig').fill(text);
  }

  context(name: string): Locator {
    return this.page.getByTestId(`context-${name}`);
  }

  async setVerify(on: boolean): Promise<void> {
    await this.page.getByLabel('Test connection first').setChecked(on);
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Add|Test connections? and add)/ }).click();
  }

  /** "Test connection": a dry run that adds nothing. */
  async testConnection(): Promise<void> {
    await this.page.getByRole('button', { name: 'Test connection', exact: true }).click();
  }

  get connectionOk(): Locator {
    return this.page.getByTestId('test-connection-ok');
  }

  get diagnosis(): Locator {
    return this.page.getByTestId('verify-diagnosis');
  }
}

/** Page object of the Plugins page (`/settings/plugins`) and of plugin parts elsewhere in the app. */
import type { Locator, Page } from 'playwright-core';

export class PluginsPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  async goto(): Promise<void> {
    await this.page.goto(new URL('/settings/plugins', this.page.url()).href);
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Plugins', level: 1 });
  }

  /** The card of one plugin. */
  card(name: string): Locator {
    return this.page.getByTestId(`plugin-card-${name}`);
  }

  /** The status chip of one plugin (`Loaded`, `Off`, `Failed`, `Cannot load`…). */
  status(name: string): Locator {
    return this.page.getByTestId(`plugin-status-${name}`);
  }

  /** The on/off switch of a plugin, labelled by what it does now (`Turn Pod counter off` while on). */
  toggle(displayName: string, currentlyOn: boolean): Locator {
    return this.page.getByRole('switch', { name: `Turn ${displayName} ${currentlyOn ? 'off' : 'on'}` });
  }

  /** The pod counter of the pod-counter example, in the app bar. */
  get podCounter(): Locator {
    return this.page.getByTestId('pod-counter');
  }
}

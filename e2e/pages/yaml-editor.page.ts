/** Page object of the YAML editor (`/c/NAME/edit/…`), its diff, conflict and delete dialogs. */
import type { Locator, Page } from 'playwright-core';
import { visible } from '../expect-visible.ts';

export class YamlEditorPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  /** Opens the editor of one object; `path` is `core/v1/configmaps/NS/NAME`. */
  async goto(cluster: string, path: string): Promise<void> {
    await this.page.goto(new URL(`/c/${cluster}/edit/${path}`, this.page.url()).href);
    await visible(this.editor, 60_000);
  }

  /** The Monaco editor (its role is `code`). */
  get editor(): Locator {
    return this.page.getByRole('code').first();
  }

  /** The diff view (a region named after what it compares). */
  diff(name: string | RegExp): Locator {
    return this.page.getByRole('region', { name });
  }

  /**
   * Replaces the editor's text as a user pasting would (typing multi-line YAML would be re-indented by
   * the editor). The browser context needs the clipboard permissions.
   */
  async replaceText(text: string): Promise<void> {
    await this.editor.click();
    await this.page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(text)})`);
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('ControlOrMeta+V');
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** The snackbar (or any alert) containing `text`. */
  alert(text: string | RegExp): Locator {
    return this.page.getByRole('alert').filter({ hasText: text });
  }
}

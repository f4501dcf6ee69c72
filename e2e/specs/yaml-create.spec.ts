/**
 * "Create from YAML" against the real seeded cluster: several documents are dry-run first, then created;
 * one bad document names itself and its field, and nothing is created.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipIntegration } from '../../test/clusters.ts';
import { visible } from '../expect-visible.ts';
import { adminKubeconfig, startApp, type App } from '../fixtures.ts';
import { YamlEditorPage } from '../pages/yaml-editor.page.ts';

const base = '/clusters/alpha/api/v1/namespaces/shop/configmaps';
const defaultBase = '/clusters/alpha/api/v1/namespaces/default/configmaps';
/** The overview page is busy on a loaded machine; Monaco is a few MB to parse. */
const slow = 180_000;

describe.skipIf(skipIntegration())('create from YAML', () => {
  let app: App;

  const status = async (path: string): Promise<number> => (await app.wheelhouse.fetch(path)).status;
  const remove = async (...names: string[]): Promise<void> => {
    await Promise.all(
      names.flatMap((name) =>
        [base, defaultBase].map((path) => app.wheelhouse.fetch(`${path}/${name}`, { method: 'DELETE' })),
      ),
    );
  };
  const openDialog = async (): Promise<{ page: Page; editor: YamlEditorPage }> => {
    const page = await app.open();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(new URL('/c/alpha', page.url()).href);
    await page.getByRole('button', { name: 'Create objects from YAML' }).click({ timeout: slow });
    const editor = new YamlEditorPage(page);
    await visible(editor.dialog.getByRole('heading', { name: 'Create from YAML' }), slow);
    await visible(editor.editor, slow);
    return { page, editor };
  };

  beforeAll(async () => {
    app = await startApp({ kubeconfig: [adminKubeconfig('alpha').path] });
  });
  afterAll(async () => {
    await (app as App | undefined)?.stop();
  });

  it('creates two documents after a dry run of both, the one without a namespace in "default"', async () => {
    await remove('e2e-create-a', 'e2e-create-b');
    const { editor } = await openDialog();
    await editor.replaceText(
      [
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata:',
        '  name: e2e-create-a',
        'data:',
        '  one: "1"',
        '---',
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata:',
        '  name: e2e-create-b',
        '  namespace: shop',
        'data:',
        '  two: "2"',
        '',
      ].join('\n'),
    );
    await editor.dialog.getByRole('button', { name: 'Check and create' }).click();
    // The snackbar ("Created 2 objects") hides after 4 s; the dialog's own results stay.
    await visible(editor.dialog.getByRole('button', { name: 'Create more' }), 60_000);
    const results = editor.dialog.getByRole('list', { name: 'Create from YAML' });
    await visible(results.getByText('Document 1: ConfigMap default/e2e-create-a'));
    await visible(results.getByText('Document 2: ConfigMap shop/e2e-create-b'));
    expect(await status(`${defaultBase}/e2e-create-a`)).toBe(200);
    expect(await status(`${base}/e2e-create-b`)).toBe(200);
  }, 600_000);

  it('names the bad document and its field, and creates nothing', async () => {
    await remove('e2e-create-c', 'e2e-create-bad');
    const { editor } = await openDialog();
    await editor.replaceText(
      [
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata: { name: e2e-create-c, namespace: shop }',
        '---',
        'apiVersion: v1',
        'kind: Service',
        'metadata: { name: e2e-create-bad, namespace: shop }',
        'spec:',
        '  ports:',
        '    - port: 700000',
        '',
      ].join('\n'),
    );
    await editor.dialog.getByRole('button', { name: 'Check and create' }).click();
    await visible(
      editor.dialog.getByText('Nothing was created: fix the documents marked below and try again.'),
    );
    const results = editor.dialog.getByRole('list', { name: 'Create from YAML' });
    await visible(results.getByText('Document 1: ConfigMap shop/e2e-create-c'));
    await visible(results.getByText('Accepted by the dry run'));
    await visible(results.getByText('Document 2: Service shop/e2e-create-bad'));
    await visible(results.getByText(/^spec\.ports\[0\]\.port: /));
    expect(await status(`${base}/e2e-create-c`)).toBe(404);
  }, 600_000);
});

/**
 * The YAML editor against the real seeded cluster: edit → diff → dry run → apply; a 409 conflict explained
 * and re-applied; delete with confirmation; the view-only user sees the actions disabled with the reason;
 * screenshots for docs/images/.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { repoRoot } from '../../tools/testcluster/node/testcluster.ts';
import { skipIntegration, testClusters } from '../../test/clusters.ts';
import { gone, visible } from '../expect-visible.ts';
import { adminKubeconfig, startApp, type App } from '../fixtures.ts';
import { YamlEditorPage } from '../pages/yaml-editor.page.ts';

const imagesDir = join(repoRoot, 'docs', 'images');
const configMaps = '/clusters/alpha/api/v1/namespaces/shop/configmaps';

interface ConfigMap {
  apiVersion: string;
  kind: string;
  metadata: { name: string; resourceVersion?: string; managedFields?: unknown; [key: string]: unknown };
  data?: Record<string, string>;
}

describe.skipIf(skipIntegration())('YAML editor', () => {
  let app: App;

  const api = async (path: string, init: RequestInit = {}): Promise<{ status: number; body: unknown }> => {
    const headers = new Headers(init.headers);
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
    const response = await app.wheelhouse.fetch(path, { ...init, headers });
    return { status: response.status, body: await response.json() };
  };
  const createConfigMap = async (name: string, data: Record<string, string>): Promise<void> => {
    await api(`${configMaps}/${name}`, { method: 'DELETE' });
    const created = await api(configMaps, {
      method: 'POST',
      body: JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name }, data }),
    });
    expect(created.status).toBe(201);
  };
  const getConfigMap = async (name: string): Promise<{ status: number; body: ConfigMap }> => {
    const { status, body } = await api(`${configMaps}/${name}`);
    return { status, body: body as ConfigMap };
  };
  /** The object as the editor shows it (managedFields hidden), with `change` applied to its data. */
  const editedYaml = async (name: string, change: Record<string, string>): Promise<string> => {
    const { body } = await getConfigMap(name);
    delete body.metadata.managedFields;
    return stringify({ ...body, data: { ...body.data, ...change } }, { lineWidth: 0 });
  };
  const open = async (colorScheme: 'light' | 'dark' = 'light'): Promise<Page> => {
    const page = await app.open({ colorScheme, width: 1280, height: 800 });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    return page;
  };

  beforeAll(async () => {
    const viewer = testClusters()?.alpha.viewerKubeconfig ?? '';
    app = await startApp({ kubeconfig: [adminKubeconfig('alpha').path, viewer] });
  });
  afterAll(async () => {
    await (app as App | undefined)?.stop();
  });

  it('edits a ConfigMap: diff, dry run (nothing saved), apply', async () => {
    await createConfigMap('e2e-edit', { color: 'blue', size: 'M' });
    const editor = new YamlEditorPage(await open());
    await editor.goto('alpha', 'core/v1/configmaps/shop/e2e-edit');
    await visible(editor.page.getByText('color: blue'));
    await editor.replaceText(await editedYaml('e2e-edit', { color: 'red', added: 'yes' }));
    await editor.button('Review changes').click();
    await visible(editor.diff(/^Changes: the object as loaded/));
    await editor.button('Dry run').click();
    await visible(editor.page.getByText(/The API server accepts these changes/));
    expect((await getConfigMap('e2e-edit')).body.data).toEqual({ color: 'blue', size: 'M' });
    await editor.button('Apply').click();
    await visible(editor.alert('Applied changes to ConfigMap e2e-edit'));
    expect((await getConfigMap('e2e-edit')).body.data).toEqual({ color: 'red', size: 'M', added: 'yes' });
  });

  it('explains a 409 conflict and re-applies the user’s changes over the current object', async () => {
    await createConfigMap('e2e-conflict', { color: 'blue', size: 'M' });
    const editor = new YamlEditorPage(await open());
    await editor.goto('alpha', 'core/v1/configmaps/shop/e2e-conflict');
    await visible(editor.page.getByText('color: blue'));
    await editor.replaceText(await editedYaml('e2e-conflict', { color: 'red' }));
    // Someone else changes the object between load and apply.
    const patched = await api(`${configMaps}/e2e-conflict`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/merge-patch+json' },
      body: JSON.stringify({ data: { size: 'L' } }),
    });
    expect(patched.status).toBe(200);
    await editor.button('Review changes').click();
    await editor.button('Apply').click();
    const dialog = await visible(
      editor.dialog.filter({ hasText: 'Someone else changed ConfigMap e2e-conflict' }),
    );
    await visible(dialog.getByText(/your changes were not applied/));
    expect((await getConfigMap('e2e-conflict')).body.data).toEqual({ color: 'blue', size: 'L' });
    await dialog.getByRole('button', { name: 'Reload and re-apply my changes' }).click();
    await visible(editor.page.getByText(/Your changes are now on top of the current object/));
    await visible(editor.diff(/^The current object in the cluster/));
    await editor.button('Apply').click();
    await visible(editor.alert('Applied changes to ConfigMap e2e-conflict'));
    expect((await getConfigMap('e2e-conflict')).body.data).toEqual({ color: 'red', size: 'L' });
  });

  it('deletes after a confirmation naming the object, with the chosen propagation', async () => {
    await createConfigMap('e2e-delete', { a: 'b' });
    const editor = new YamlEditorPage(await open());
    await editor.goto('alpha', 'core/v1/configmaps/shop/e2e-delete');
    await editor.button('Delete').click();
    const dialog = await visible(editor.dialog.filter({ hasText: 'Delete ConfigMap “e2e-delete”?' }));
    await visible(dialog.getByText(/in namespace “shop” from cluster alpha/));
    await dialog.getByRole('radio', { name: /^Foreground/ }).check();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await visible(editor.alert(/ConfigMap e2e-delete/));
    await gone(editor.dialog);
    expect((await getConfigMap('e2e-delete')).status).toBe(404);
  });

  it('shows the view-only user Delete disabled and the editor read-only, with the reason', async () => {
    const editor = new YamlEditorPage(await open());
    await editor.goto('alpha-viewer', 'core/v1/configmaps/shop/frontend-config');
    await visible(editor.page.getByText('Read only: You may not update configmaps in namespace “shop”.'));
    const remove = editor.button('Delete');
    await visible(remove);
    expect(await remove.isDisabled()).toBe(true);
    expect(await editor.button(/No changes to apply|Review changes/).isDisabled()).toBe(true);
    await remove.locator('xpath=..').hover();
    await visible(
      editor.page
        .getByRole('tooltip')
        .filter({ hasText: 'You may not delete configmaps in namespace “shop”.' }),
    );
  });

  it('takes the documentation screenshots of the editor, diff and conflict dialog', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const suffix = colorScheme === 'dark' ? '-dark' : '';
      await createConfigMap('web-settings', { color: 'blue', replicas: '3', 'feature.search': 'off' });
      const editor = new YamlEditorPage(await open(colorScheme));
      await editor.goto('alpha', 'core/v1/configmaps/shop/web-settings');
      await visible(editor.page.getByText('color: blue'));
      await editor.page.waitForTimeout(500);
      await editor.page.screenshot({ path: join(imagesDir, `yaml-editor${suffix}.png`) });
      await editor.replaceText(await editedYaml('web-settings', { color: 'green', 'feature.search': 'on' }));
      await editor.button('Review changes').click();
      await visible(editor.diff(/^Changes: the object as loaded/));
      await editor.page.waitForTimeout(800);
      await editor.page.screenshot({ path: join(imagesDir, `yaml-diff${suffix}.png`) });
      await api(`${configMaps}/web-settings`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/merge-patch+json' },
        body: JSON.stringify({ data: { replicas: '5' } }),
      });
      await editor.button('Apply').click();
      await visible(editor.dialog.filter({ hasText: 'Someone else changed' }));
      await editor.page.waitForTimeout(400);
      await editor.page.screenshot({ path: join(imagesDir, `yaml-conflict${suffix}.png`) });
    }
  });
});

/**
 * Example plugin: list columns. `value` is plain data (sorted, filtered and shown as text), so it stays fast
 * on lists of thousands of rows. Lists carry each object's metadata (labels, owners…), which is what these
 * columns read.
 */
import { definePlugin } from '@wheelhouse/plugin-sdk';
import type { KubeObject } from '@wheelhouse/plugin-sdk';

/** The app an object belongs to, from the recommended label, else the `app` label. */
export function appLabel(object: KubeObject): string | undefined {
  const labels = object.metadata.labels ?? {};
  return labels['app.kubernetes.io/name'] ?? labels['app'];
}

/** The controller that owns an object, as `Kind/name`. */
export function owner(object: KubeObject): string | undefined {
  const references = object.metadata.ownerReferences ?? [];
  const controller = references.find((reference) => reference.controller === true) ?? references[0];
  return controller === undefined ? undefined : `${controller.kind}/${controller.name}`;
}

/** The plugin. */
export const plugin = definePlugin({
  name: 'table-column',
  setup(ctx) {
    ctx.tableColumns.add({
      kind: { group: 'apps', kind: 'Deployment' },
      id: 'app',
      header: 'App',
      value: appLabel,
    });
    ctx.tableColumns.add({ kind: 'Pod', id: 'owner', header: 'Owner', value: owner });
  },
});

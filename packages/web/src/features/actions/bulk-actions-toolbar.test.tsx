import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DiscoveredResource } from '../../k8s/discovery.ts';
import type { ObjectRef } from '../../k8s/resource-ref.ts';
import { renderWithApp } from '../../test/render.tsx';
import { bulkAccessChecks } from './bulk-action-button.tsx';
import { BulkActionsToolbar, offeredBulkActions } from './bulk-actions-toolbar.tsx';

const deployments: DiscoveredResource = {
  group: 'apps',
  version: 'v1',
  resource: 'deployments',
  kind: 'Deployment',
  namespaced: true,
  verbs: ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'],
  shortNames: ['deploy'],
  categories: ['all'],
  singular: 'deployment',
};
const ref = (name: string, namespace = 'shop'): ObjectRef => ({
  cluster: 'dev',
  type: deployments,
  namespace,
  name,
});

interface Call {
  readonly method: string;
  readonly url: string;
}

/** Answers access reviews with `allowed(namespace)`, and writes with 200 unless `fail` names the object. */
function stubCluster(options: {
  readonly allowed?: (namespace: string | undefined) => boolean;
  readonly fail?: (url: string) => string | undefined;
}): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    await Promise.resolve();
    const method = init.method ?? 'GET';
    if (url.endsWith('/selfsubjectaccessreviews')) {
      const body = JSON.parse(init.body as string) as {
        spec: { resourceAttributes: { namespace?: string } };
      };
      const allowed = options.allowed?.(body.spec.resourceAttributes.namespace) ?? true;
      return new Response(JSON.stringify({ status: { allowed } }), { status: 201 });
    }
    calls.push({ method, url });
    const failure = options.fail?.(url);
    if (failure !== undefined)
      return new Response(
        JSON.stringify({ kind: 'Status', status: 'Failure', message: failure, code: 403 }),
        {
          status: 403,
        },
      );
    return new Response('{}', { status: 200 });
  });
  return calls;
}

beforeEach(() => {
  // The object list is virtualized: give elements a size so its rows render in happy-dom.
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('bulk actions', () => {
  it('offer the kind’s bulk actions plus Delete, minus what discovery rules out', () => {
    expect(offeredBulkActions(deployments).map((a) => a.id)).toEqual(['scale', 'restart', 'delete']);
    const pods = { ...deployments, group: '', resource: 'pods', kind: 'Pod' };
    expect(offeredBulkActions(pods).map((a) => a.id)).toEqual(['evict-pod', 'delete-pod']);
    const readOnly = { ...deployments, group: 'metrics.k8s.io', resource: 'pods', verbs: ['get', 'list'] };
    expect(offeredBulkActions(readOnly)).toEqual([]);
  });

  it('ask one access question per cluster and namespace', () => {
    const checks = bulkAccessChecks({ access: { verb: 'patch', subresource: 'scale' } }, [
      ref('a'),
      ref('b'),
      ref('c', 'data'),
    ]);
    expect(checks).toEqual([
      {
        cluster: 'dev',
        check: {
          verb: 'patch',
          group: 'apps',
          resource: 'deployments',
          subresource: 'scale',
          namespace: 'shop',
        },
      },
      {
        cluster: 'dev',
        check: {
          verb: 'patch',
          group: 'apps',
          resource: 'deployments',
          subresource: 'scale',
          namespace: 'data',
        },
      },
    ]);
  });

  it('confirm with the objects listed, show progress, keep failures on screen with the reason, retry them', async () => {
    let failB = true;
    const calls = stubCluster({
      fail: (url) => (failB && url.endsWith('/b') ? 'deployments.apps "b" is forbidden: quota' : undefined),
    });
    const onClear = vi.fn();
    renderWithApp(
      <BulkActionsToolbar type={deployments} refs={[ref('a'), ref('b'), ref('c')]} onClear={onClear} />,
    );
    const toolbar = screen.getByRole('toolbar', { name: 'Bulk actions' });
    expect(within(toolbar).getByTestId('selection-count').textContent).toBe('3 selected');
    fireEvent.click(await within(toolbar).findByRole('button', { name: 'Restart' }));

    const dialog = await screen.findByRole('dialog', { name: 'Restart 3 workloads?' });
    const list = within(dialog).getByRole('list', { name: 'The 3 objects' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['ashop', 'bshop', 'cshop']);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Restart' }));

    await within(dialog).findByText('1 of 3 failed. The list shows why.');
    expect(within(dialog).getByRole('status').textContent).toBe('3 of 3 done');
    const items = within(list).getAllByRole('listitem');
    // Failed objects come first, with the API server's message.
    expect(items[0]?.textContent).toContain('Failed: deployments.apps "b" is forbidden: quota');
    expect(items.slice(1).map((item) => item.getAttribute('data-status'))).toEqual(['done', 'done']);
    expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(3);
    // The snackbar sits behind the modal dialog (hidden from the accessibility tree while it is open).
    await waitFor(() => {
      expect(screen.getAllByRole('alert', { hidden: true }).map((alert) => alert.textContent)).toContain(
        'Restart failed: deployments.apps "b" is forbidden: quota (2 of 3 succeeded)',
      );
    });
    expect(onClear).not.toHaveBeenCalled();

    failB = false;
    fireEvent.click(within(dialog).getByRole('button', { name: 'Retry 1' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).toBeNull();
    });
    expect(calls.filter((c) => c.method === 'PATCH').map((c) => c.url.split('/').pop())).toEqual([
      'a',
      'b',
      'c',
      'b',
    ]);
    expect(onClear).toHaveBeenCalledOnce();
  });

  it('delete with Background propagation, and stay disabled with the reason where the user may not', async () => {
    const calls = stubCluster({ allowed: (namespace) => namespace !== 'data' });
    const { unmount } = renderWithApp(
      <BulkActionsToolbar type={deployments} refs={[ref('a'), ref('z', 'data')]} onClear={() => undefined} />,
    );
    const remove = await screen.findByRole('button', { name: 'Delete' });
    await waitFor(() => {
      expect((remove as HTMLButtonElement).disabled).toBe(true);
    });
    fireEvent.mouseOver(remove.parentElement as HTMLElement);
    expect((await screen.findByRole('tooltip')).textContent).toBe(
      'You may not delete deployments in namespace “data”.',
    );
    unmount();

    renderWithApp(
      <BulkActionsToolbar type={deployments} refs={[ref('a'), ref('b')]} onClear={() => undefined} />,
    );
    const enabled = await screen.findByRole('button', { name: 'Delete' });
    await waitFor(() => {
      expect((enabled as HTMLButtonElement).disabled).toBe(false);
    });
    fireEvent.click(enabled);
    const dialog = await screen.findByRole('dialog', { name: 'Delete 2 deployments?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await screen.findByText('Deleted 2 deployments');
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'DELETE /clusters/dev/apis/apps/v1/namespaces/shop/deployments/a',
      'DELETE /clusters/dev/apis/apps/v1/namespaces/shop/deployments/b',
    ]);
  });
});

import Dialog from '@mui/material/Dialog';
import DialogTitle from '@mui/material/DialogTitle';
import { act, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { NotificationProvider, useNotify, type Notify } from './notifications.tsx';

/** Hands the provider's notify function to the test. */
function Capture({ onNotify }: { readonly onNotify: (notify: Notify) => void }) {
  onNotify(useNotify());
  return null;
}

/** Renders a provider around `page`; returns the provider's notify function. */
function renderProvider(page?: ReactNode): Notify {
  let notify: Notify = () => undefined;
  render(
    <NotificationProvider>
      <Capture
        onNotify={(n) => {
          notify = n;
        }}
      />
      {page}
    </NotificationProvider>,
  );
  return (message, severity) => {
    notify(message, severity);
  };
}

describe('NotificationProvider', () => {
  it('announces a notice while a modal dialog is open', async () => {
    const notify = renderProvider(
      <Dialog open aria-labelledby="drain-title">
        <DialogTitle id="drain-title">Drain node</DialogTitle>
      </Dialog>,
    );
    // The dialog hides its siblings from assistive technology; the notice opens after it.
    expect(screen.getByRole('dialog', { name: 'Drain node' })).toBeTruthy();
    act(() => {
      notify('Node drained', 'success');
    });
    // getByRole skips elements inside aria-hidden subtrees: the alert must be reachable.
    await waitFor(() => {
      expect(screen.getByRole('alert').textContent).toContain('Node drained');
    });
  });

  it('shows queued notices one at a time, oldest first', async () => {
    const notify = renderProvider();
    expect(screen.queryByRole('alert')).toBeNull();
    act(() => {
      notify('first');
      notify('second', 'error');
    });
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual(['first']);
    act(() => {
      screen.getByRole('button', { name: 'Close' }).click();
    });
    await waitFor(() => {
      expect(screen.getByRole('alert').textContent).toContain('second');
    });
  });
});

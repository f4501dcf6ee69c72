import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LiveIndicator } from './live-indicator.tsx';

const idle = { loading: false, paging: false, reconnecting: false, polling: false };

describe('LiveIndicator', () => {
  it('says Live only while a watch follows the list', () => {
    const { rerender } = render(<LiveIndicator {...idle} />);
    expect(screen.getByRole('status').textContent).toBe('Live');
    rerender(<LiveIndicator {...idle} polling />);
    expect(screen.getByRole('status').textContent).toBe('Refreshed every 5 s');
    rerender(<LiveIndicator {...idle} polling reconnecting />);
    expect(screen.getByRole('status').textContent).toBe('Reconnecting…');
    rerender(<LiveIndicator {...idle} loading />);
    expect(screen.queryByRole('status')).toBeNull();
  });
});

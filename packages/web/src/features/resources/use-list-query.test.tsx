import { act, fireEvent, screen } from '@testing-library/react';
import { useLocation, useNavigate } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../test/render.tsx';
import { useListQuery } from './use-list-query.ts';

function Harness() {
  const [query, update] = useListQuery();
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <>
      <output data-testid="query">{`${query.sort?.descending ? '-' : ''}${query.sort?.column ?? ''}|${query.text}`}</output>
      <output data-testid="url">{location.search}</output>
      <button
        onClick={() => {
          // Two changes before the router renders: the second builds on the first.
          update({ text: 'web' });
          update((current) => ({ sort: { column: 'name', descending: current.text === 'web' } }));
        }}
      >
        change
      </button>
      <button
        onClick={() => {
          void navigate('/?q=api');
        }}
      >
        navigate
      </button>
    </>
  );
}

const shown = (id: string) => screen.getByTestId(id).textContent;

describe('useListQuery', () => {
  it('shows a change at once, writes it to the URL, and follows a later navigation', async () => {
    renderWithApp(<Harness />, { path: '/?sort=age' });
    expect(shown('query')).toBe('age|');
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'change' }));
    });
    expect(shown('query')).toBe('-name|web');
    await screen.findByText('?sort=-name&q=web');
    expect(shown('query')).toBe('-name|web');
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'navigate' }));
    });
    await screen.findByText('?q=api');
    expect(shown('query')).toBe('|api');
  });
});

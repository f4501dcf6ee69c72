import { screen } from '@testing-library/react';
import { useTranslation } from '@wheelhouse/plugin-sdk';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../test/render.tsx';
import { ExtensionBoundary } from './extension-boundary.tsx';
import { addPluginTranslations } from './plugin-i18n.ts';

function Throws(): never {
  throw new Error('cannot read properties of undefined');
}

function Greeting() {
  const t = useTranslation();
  return <p>{t('hello', { who: 'Ada' })}</p>;
}

describe('ExtensionBoundary', () => {
  it('shows an error card for a throwing extension and keeps the rest of the page', async () => {
    renderWithApp(
      <>
        <ExtensionBoundary plugin="broken">
          <Throws />
        </ExtensionBoundary>
        <p>the app still works</p>
      </>,
    );
    expect((await screen.findByRole('alert')).textContent).toContain(
      'The plugin "broken" failed: cannot read properties of undefined',
    );
    expect(screen.getByText('the app still works')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('gives plugin components their own translations through the SDK', async () => {
    addPluginTranslations('greeter', { en: { hello: 'Hello, {{who}}!' }, de: { hello: 'Hallo, {{who}}!' } });
    renderWithApp(
      <ExtensionBoundary plugin="greeter">
        <Greeting />
      </ExtensionBoundary>,
    );
    expect(await screen.findByText('Hello, Ada!')).toBeTruthy();
  });
});

import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeConfig, renderWithApp } from '../../test/render.tsx';
import { HomePage } from './home-page.tsx';

describe('HomePage', () => {
  it('shows the first-use screen when there is no cluster', async () => {
    renderWithApp(<HomePage />, { config: makeConfig() });
    expect(await screen.findByRole('heading', { name: 'Welcome to Wheelhouse' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Add cluster' }).getAttribute('href')).toBe('/add');
  });

  it('says how to add clusters when dynamic clusters are off', async () => {
    renderWithApp(<HomePage />, {
      config: makeConfig({ features: { dynamicClusters: false, persistClusters: false } }),
    });
    expect(await screen.findByText(/does not allow adding them/)).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Add cluster' })).toBeNull();
  });

  it('lists clusters with source, status reason and version', async () => {
    renderWithApp(<HomePage />, {
      config: makeConfig({
        clusters: [
          {
            name: 'dev',
            source: 'kubeconfig',
            file: '/home/ada/.kube/config',
            contextName: 'kind-dev',
            server: 'https://127.0.0.1:6443',
            authType: 'clientCertificate',
            status: { state: 'reachable', version: 'v1.36.0' },
          },
          {
            name: 'prod',
            source: 'dynamic',
            server: 'https://prod.example',
            authType: 'token',
            status: { state: 'unreachable', reason: 'dns', message: 'getaddrinfo ENOTFOUND prod.example' },
          },
        ],
      }),
    });
    const dev = await screen.findByTestId('cluster-row-dev');
    expect(within(dev).getByText('Reachable')).toBeTruthy();
    expect(within(dev).getByText('v1.36.0')).toBeTruthy();
    expect(within(dev).getByText(/context kind-dev/)).toBeTruthy();
    const prod = screen.getByTestId('cluster-row-prod');
    expect(within(prod).getByText('Unreachable')).toBeTruthy();
    expect(within(prod).getByText(/Host name does not resolve/)).toBeTruthy();
    expect(within(prod).getByText('Added at run time')).toBeTruthy();
  });
});

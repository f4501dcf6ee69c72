import type { ConfigResponse } from '@wheelhouse/api-types';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppThemeProvider } from '../app/color-mode.tsx';
import { queryKeys } from '../api/query-keys.ts';
import { NotificationProvider } from '../ui/notifications.tsx';

/** A config as the server would send it, with overrides. */
export function makeConfig(overrides: Partial<ConfigResponse> = {}): ConfigResponse {
  return {
    version: '0.1.0',
    mode: 'local',
    baseUrl: '',
    features: { dynamicClusters: true, persistClusters: true },
    clusters: [],
    sourceErrors: [],
    ...overrides,
  };
}

/** Renders `element` at `path` with the app's providers and `config` already in the query cache. */
export function renderWithApp(
  element: ReactNode,
  options: { config?: ConfigResponse; path?: string; route?: string } = {},
): RenderResult & { queryClient: QueryClient } {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  if (options.config) queryClient.setQueryData(queryKeys.config, options.config);
  const router = createMemoryRouter(
    [
      { path: options.route ?? '/', element },
      { path: '*', element: null },
    ],
    {
      initialEntries: [options.path ?? '/'],
    },
  );
  const result = render(
    <QueryClientProvider client={queryClient}>
      <AppThemeProvider>
        <NotificationProvider>
          <RouterProvider router={router} />
        </NotificationProvider>
      </AppThemeProvider>
    </QueryClientProvider>,
  );
  return { ...result, queryClient };
}

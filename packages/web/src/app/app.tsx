import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { NotificationProvider } from '../ui/notifications.tsx';
import { AppThemeProvider } from './color-mode.tsx';
import { createAppRouter } from './router.tsx';

/** Creates the app's query client: no retries on client errors, no refetch storms on focus. */
export function createAppQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        refetchOnWindowFocus: false,
        retry: (count, error) =>
          count < 2 &&
          !(error instanceof Error && 'status' in error && error.status !== 0 && Number(error.status) < 500),
      },
    },
  });
}

/** The whole app: providers around the router. */
export function App() {
  const [queryClient] = useState(createAppQueryClient);
  const [router] = useState(createAppRouter);
  return (
    <QueryClientProvider client={queryClient}>
      <AppThemeProvider>
        <NotificationProvider>
          <RouterProvider router={router} />
        </NotificationProvider>
      </AppThemeProvider>
    </QueryClientProvider>
  );
}

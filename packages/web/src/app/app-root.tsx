import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import { useClusterEvents } from '../api/use-cluster-events.ts';
import { useConfig } from '../api/use-config.ts';
import { AppShell } from './app-shell.tsx';
import { LoginRequiredPage, ServerErrorPage } from './error-pages.tsx';
import { LiveStateContext } from './live-state.tsx';

/**
 * Root route: loads `/api/config`, keeps it live through the events stream, and shows the login page when
 * the browser has no session (401) or a clear error when the server cannot answer.
 */
export function AppRoot() {
  const config = useConfig();
  const live = useClusterEvents(config.isSuccess);
  if (config.isError) {
    if (config.error instanceof Error && 'status' in config.error && config.error.status === 401) {
      return <LoginRequiredPage />;
    }
    return <ServerErrorPage message={config.error.message} onRetry={() => void config.refetch()} />;
  }
  return (
    <LiveStateContext value={live}>
      {config.isPending && (
        <Box sx={{ position: 'fixed', top: 0, left: 0, right: 0, zIndex: 2000 }}>
          <LinearProgress aria-label="loading" />
        </Box>
      )}
      <AppShell />
    </LiveStateContext>
  );
}

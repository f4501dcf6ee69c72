import Alert, { type AlertColor } from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

/** Shows the result of an action in a snackbar. */
export type Notify = (message: string, severity?: AlertColor) => void;

const NotifyContext = createContext<Notify>(() => undefined);

interface Notice {
  readonly id: number;
  readonly message: string;
  readonly severity: AlertColor;
}

/** Holds the snackbar queue; one notice at a time, newest last. */
export function NotificationProvider({ children }: { readonly children: ReactNode }) {
  const [queue, setQueue] = useState<readonly Notice[]>([]);
  const [open, setOpen] = useState(true);
  const notify = useCallback<Notify>((message, severity = 'success') => {
    setQueue((q) => [...q, { id: Date.now() + Math.random(), message, severity }]);
    setOpen(true);
  }, []);
  const current = queue[0];
  const value = useMemo(() => notify, [notify]);
  return (
    <NotifyContext value={value}>
      {children}
      <Snackbar
        key={current?.id}
        open={open && current !== undefined}
        autoHideDuration={current?.severity === 'error' ? 8000 : 4000}
        onClose={(_event, reason) => {
          if (reason !== 'clickaway') setOpen(false);
        }}
        slotProps={{
          transition: {
            onExited: () => {
              setQueue((q) => q.slice(1));
              setOpen(true);
            },
          },
        }}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
      >
        <Alert
          severity={current?.severity ?? 'info'}
          variant="filled"
          onClose={() => {
            setOpen(false);
          }}
          sx={{ minWidth: 280 }}
        >
          {current?.message}
        </Alert>
      </Snackbar>
    </NotifyContext>
  );
}

/** The snackbar function of the nearest {@link NotificationProvider}. */
export function useNotify(): Notify {
  return useContext(NotifyContext);
}

import Alert, { type AlertColor } from '@mui/material/Alert';
import Portal from '@mui/material/Portal';
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

/**
 * Holds the snackbar queue; one notice at a time, newest last. Each notice mounts in its own portal at the
 * end of the body: a modal dialog hides the page's other elements from assistive technology when it opens
 * (aria-hidden on its siblings), so a snackbar inside the app's tree would be silent while a dialog is open,
 * as it is when a dialog reports its result.
 */
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
      {current !== undefined && (
        <Portal key={current.id}>
          <Snackbar
            open={open}
            autoHideDuration={current.severity === 'error' ? 8000 : 4000}
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
              severity={current.severity}
              variant="filled"
              onClose={() => {
                setOpen(false);
              }}
              sx={{ minWidth: 280 }}
            >
              {current.message}
            </Alert>
          </Snackbar>
        </Portal>
      )}
    </NotifyContext>
  );
}

/** The snackbar function of the nearest {@link NotificationProvider}. */
export function useNotify(): Notify {
  return useContext(NotifyContext);
}

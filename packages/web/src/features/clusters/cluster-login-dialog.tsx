import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFetch, clusterPath } from '../../api/api-client.ts';
import type { ApiError } from '../../api/api-error.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { useNotify } from '../../ui/notifications.tsx';

/** Props of {@link ClusterLoginDialog}. */
export interface ClusterLoginDialogProps {
  readonly cluster: string;
  readonly open: boolean;
  readonly onClose: () => void;
}

/**
 * Asks for the user's own bearer token for one cluster and hands it to the server's login endpoint, which
 * keeps it in an httpOnly cookie scoped to that cluster. The token never touches browser storage.
 */
export function ClusterLoginDialog({ cluster, open, onClose }: ClusterLoginDialogProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [token, setToken] = useState('');
  const login = useMutation<unknown, ApiError, string>({
    mutationFn: (value) =>
      apiFetch(`/api/clusters/${clusterPath(cluster)}/login`, { method: 'POST', body: { token: value } }),
    onSuccess: async () => {
      setToken('');
      notify(t('login.cluster.done', { cluster }));
      onClose();
      await queryClient.invalidateQueries({ queryKey: queryKeys.cluster(cluster) });
    },
  });
  const submit = (event: SyntheticEvent): void => {
    event.preventDefault();
    login.mutate(token.trim());
  };
  return (
    <Dialog open={open} onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="cluster-login-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="cluster-login-title">{t('login.cluster.title', { cluster })}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{t('login.cluster.explain')}</DialogContentText>
          <TextField
            autoFocus
            fullWidth
            multiline
            minRows={3}
            label={t('login.cluster.token')}
            value={token}
            onChange={(event) => {
              setToken(event.target.value);
            }}
            error={login.isError}
            helperText={login.error?.message ?? t('login.cluster.hint')}
            slotProps={{
              htmlInput: { spellCheck: false, autoComplete: 'off', style: { fontFamily: 'monospace' } },
            }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={!token.trim()} loading={login.isPending}>
            {t('login.cluster.submit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

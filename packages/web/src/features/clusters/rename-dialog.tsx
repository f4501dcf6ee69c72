import { CLUSTER_NAME_RULE } from '@wheelhouse/api-types';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../ui/notifications.tsx';
import { useRenameCluster } from './use-cluster-mutations.ts';

const nameRule = new RegExp(CLUSTER_NAME_RULE);

/** Renames a dynamic cluster; the server's objection shows under the field. */
export function RenameDialog({
  cluster,
  onClose,
}: {
  readonly cluster: string;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [name, setName] = useState(cluster);
  const rename = useRenameCluster();
  const invalid = name !== '' && !nameRule.test(name);
  const submit = (event: SyntheticEvent): void => {
    event.preventDefault();
    rename.mutate(
      { from: cluster, to: name },
      {
        onSuccess: () => {
          notify(t('rename.done', { from: cluster, to: name }));
          onClose();
        },
      },
    );
  };
  const error = invalid ? t('add.nameRule') : rename.error?.message;
  return (
    <Dialog open onClose={onClose} maxWidth="xs" fullWidth aria-labelledby="rename-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="rename-title">{t('rename.title', { cluster })}</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            fullWidth
            margin="dense"
            label={t('rename.name')}
            value={name}
            onChange={(event) => {
              setName(event.target.value);
            }}
            error={error !== undefined}
            helperText={error ?? t('add.nameRule')}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="submit"
            variant="contained"
            disabled={invalid || name === cluster || !name}
            loading={rename.isPending}
          >
            {t('rename.submit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

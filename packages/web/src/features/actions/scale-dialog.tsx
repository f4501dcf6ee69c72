import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '../../api/api-client.ts';
import { numberField } from '../../k8s/kube-object.ts';
import { objectPath } from '../../k8s/resource-ref.ts';
import type { ActionDialogProps } from './action-types.ts';
import { objectNames } from './operation-dialog.tsx';
import { useBulkRun } from './use-bulk-run.ts';
import { scale } from './workload-operations.ts';

/** Asks for a replica count (showing the current one) and scales each object through `/scale`. */
export function ScaleDialog({ refs, open, onClose }: ActionDialogProps) {
  const { t } = useTranslation();
  const first = refs[0];
  const current = useQuery({
    queryKey: ['scale', first ? objectPath(first) : ''],
    queryFn: ({ signal }) => apiFetch<unknown>(`${first ? objectPath(first) : ''}/scale`, { signal }),
    enabled: open && first !== undefined,
  });
  const currentReplicas = numberField(current.data, 'spec', 'replicas');
  const [text, setText] = useState<string | undefined>(undefined);
  const value = text ?? (currentReplicas === undefined ? '' : String(currentReplicas));
  const replicas = Number(value);
  const invalid = value.trim() === '' || !Number.isInteger(replicas) || replicas < 0;
  const { progress, run } = useBulkRun({
    success: (count) => t('actions.scale.done', { count, name: first?.name ?? '', replicas }),
    failure: (count, message) => t('actions.scale.failed', { count, message }),
  });
  const close = () => {
    setText(undefined);
    onClose();
  };
  return (
    <Dialog
      open={open}
      onClose={progress.running ? undefined : close}
      maxWidth="xs"
      fullWidth
      aria-labelledby="scale-title"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (invalid) return;
          void run(refs, (ref) => scale(ref, replicas)).then((ok) => {
            if (ok) close();
          });
        }}
      >
        <DialogTitle id="scale-title">
          {t('actions.scale.title', { count: refs.length, name: first?.name ?? '' })}
        </DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            {refs.length > 1
              ? t('actions.scale.messageMany', {
                  names: objectNames(refs, (count) => t('actions.andMore', { count })),
                })
              : currentReplicas === undefined
                ? t('common.loading')
                : t('actions.scale.current', { replicas: currentReplicas })}
          </DialogContentText>
          <TextField
            autoFocus
            fullWidth
            type="number"
            label={t('actions.scale.replicas')}
            value={value}
            onChange={(e) => {
              setText(e.target.value);
            }}
            error={value !== '' && invalid}
            helperText={value !== '' && invalid ? t('actions.scale.invalid') : ' '}
            slotProps={{ htmlInput: { min: 0, step: 1 } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={close} disabled={progress.running}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={invalid} loading={progress.running}>
            {t('actions.scale.confirm')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

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
import { BulkOperationDialog } from './bulk-operation-dialog.tsx';
import { objectNames } from './operation-dialog.tsx';
import { useBulkRun } from './use-bulk-run.ts';
import { scale } from './workload-operations.ts';

/** The replica count typed, and whether it is a whole number ≥ 0. */
function parseReplicas(value: string): { readonly replicas: number; readonly invalid: boolean } {
  const replicas = Number(value);
  return { replicas, invalid: value.trim() === '' || !Number.isInteger(replicas) || replicas < 0 };
}

function ReplicasField(props: { readonly value: string; readonly onChange: (value: string) => void }) {
  const { t } = useTranslation();
  const { invalid } = parseReplicas(props.value);
  return (
    <TextField
      autoFocus
      fullWidth
      type="number"
      label={t('actions.scale.replicas')}
      value={props.value}
      onChange={(e) => {
        props.onChange(e.target.value);
      }}
      error={props.value !== '' && invalid}
      helperText={props.value !== '' && invalid ? t('actions.scale.invalid') : ' '}
      slotProps={{ htmlInput: { min: 0, step: 1 } }}
    />
  );
}

/**
 * Asks for a replica count (showing the current one) and scales each object through `/scale`; for several
 * objects, one count for all of them, in a {@link BulkOperationDialog}.
 */
export function ScaleDialog(props: ActionDialogProps) {
  return props.refs.length > 1 ? <ScaleManyDialog {...props} /> : <ScaleOneDialog {...props} />;
}

function ScaleManyDialog(props: ActionDialogProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const { replicas, invalid } = parseReplicas(value);
  const { refs } = props;
  return (
    <BulkOperationDialog
      {...props}
      title={t('actions.scale.title', { count: refs.length, name: refs[0]?.name ?? '' })}
      message={t('actions.scale.messageMany', {
        names: objectNames(refs, (count) => t('actions.andMore', { count })),
      })}
      confirmLabel={t('actions.scale.confirm')}
      destructive={false}
      canConfirm={!invalid}
      run={(ref) => scale(ref, replicas)}
      messages={{
        success: (count) => t('actions.scale.done', { count, name: refs[0]?.name ?? '', replicas }),
        failure: (count, message) => t('actions.scale.failed', { count, message }),
      }}
    >
      <ReplicasField value={value} onChange={setValue} />
    </BulkOperationDialog>
  );
}

function ScaleOneDialog({ refs, open, onClose, onFinished }: ActionDialogProps) {
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
  const { replicas, invalid } = parseReplicas(value);
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
            onFinished?.(ok);
            if (ok) close();
          });
        }}
      >
        <DialogTitle id="scale-title">
          {t('actions.scale.title', { count: refs.length, name: first?.name ?? '' })}
        </DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            {currentReplicas === undefined
              ? t('common.loading')
              : t('actions.scale.current', { replicas: currentReplicas })}
          </DialogContentText>
          <ReplicasField value={value} onChange={setText} />
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

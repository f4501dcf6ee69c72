import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ObjectRef } from '../../k8s/resource-ref.ts';
import type { ActionDialogProps } from './action-types.ts';
import { BulkObjectList } from './bulk-object-list.tsx';
import { useBulkRun } from './use-bulk-run.ts';

/** Props of {@link BulkOperationDialog}. */
export interface BulkOperationDialogProps extends ActionDialogProps {
  readonly title: string;
  readonly message: string;
  readonly confirmLabel: string;
  readonly destructive: boolean;
  /** The request per object. */
  readonly run: (ref: ObjectRef) => Promise<unknown>;
  /** The snackbar's words (see `useBulkRun`). */
  readonly messages: {
    readonly success: (count: number) => string;
    readonly failure: (count: number, message: string) => string;
  };
  /** False while the fields (`children`) are not valid. */
  readonly canConfirm?: boolean;
  /** Fields the action needs (a replica count), above the list. */
  readonly children?: ReactNode;
}

/**
 * An action on several objects: asks first, listing every object; runs with progress ("3 of 12 done") and a
 * Stop button; then closes when all succeeded, or stays open with each object's outcome (failed ones first,
 * with the API server's reason) and offers to retry those not done. The snackbar says the summary either way.
 */
export function BulkOperationDialog(props: BulkOperationDialogProps) {
  const { t } = useTranslation();
  const { refs, open, onClose, onFinished } = props;
  const { progress, run, stop, reset } = useBulkRun(props.messages);
  const started = progress.total > 0;
  const finished = started && !progress.running;
  const notDone = progress.refs.filter((_, index) => {
    const status = progress.states[index]?.status;
    return status === 'failed' || status === 'skipped';
  });
  const start = (targets: readonly ObjectRef[]): void => {
    void run(targets, props.run).then((ok) => {
      onFinished?.(ok);
      if (ok) {
        reset();
        onClose();
      }
    });
  };
  const close = (): void => {
    if (progress.running) return;
    reset();
    onClose();
  };
  return (
    <Dialog
      open={open}
      onClose={close}
      aria-labelledby="bulk-action-title"
      maxWidth="sm"
      fullWidth
      data-testid="bulk-action-dialog"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!started && props.canConfirm !== false) start(refs);
        }}
      >
        <DialogTitle id="bulk-action-title">{props.title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <DialogContentText>{props.message}</DialogContentText>
            {props.children}
            <BulkObjectList refs={started ? progress.refs : refs} states={progress.states} />
            {started && (
              <div>
                <LinearProgress
                  variant="determinate"
                  value={(progress.done / Math.max(1, progress.total)) * 100}
                  color={progress.failures.length > 0 ? 'error' : 'primary'}
                  aria-label={t('actions.bulk.progressLabel')}
                />
                <Typography variant="body2" color="text.secondary" role="status" sx={{ mt: 0.5 }}>
                  {t('actions.bulk.progress', { done: progress.done, total: progress.total })}
                </Typography>
              </div>
            )}
            {finished && progress.failures.length > 0 && (
              <Alert severity="error">
                {t('actions.bulk.failedSummary', { count: progress.failures.length, total: progress.total })}
              </Alert>
            )}
            {finished && progress.stopped && (
              <Alert severity="warning">
                {t('actions.bulk.stoppedSummary', {
                  count: progress.total - progress.done,
                  total: progress.total,
                })}
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          {progress.running ? (
            <Button onClick={stop}>{t('actions.bulk.stop')}</Button>
          ) : (
            <Button onClick={close}>{finished ? t('actions.close') : t('common.cancel')}</Button>
          )}
          {finished ? (
            notDone.length > 0 && (
              <Button
                variant="contained"
                color={props.destructive ? 'error' : 'primary'}
                onClick={() => {
                  start(notDone);
                }}
              >
                {t('actions.bulk.retry', { count: notDone.length })}
              </Button>
            )
          ) : (
            <Button
              type="submit"
              variant="contained"
              color={props.destructive ? 'error' : 'primary'}
              disabled={props.canConfirm === false}
              loading={progress.running}
            >
              {props.confirmLabel}
            </Button>
          )}
        </DialogActions>
      </form>
    </Dialog>
  );
}

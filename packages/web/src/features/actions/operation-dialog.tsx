import { useTranslation } from 'react-i18next';
import type { ObjectRef } from '../../k8s/resource-ref.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import type { ActionDialogProps } from './action-types.ts';
import { useBulkRun } from './use-bulk-run.ts';

/** What a one-request action needs: its words and the request per object. */
export interface OperationSpec {
  /** i18next key prefix with `title`, `message`, `confirm`, `done`, `failed` (count-aware). */
  readonly keys: string;
  readonly destructive: boolean;
  readonly run: (ref: ObjectRef) => Promise<unknown>;
}

/** Names of the objects for a message: up to three, then "and N more". */
export function objectNames(refs: readonly ObjectRef[], more: (count: number) => string): string {
  const names = refs.slice(0, 3).map((r) => r.name);
  return refs.length > 3 ? `${names.join(', ')} ${more(refs.length - 3)}` : names.join(', ');
}

/** A confirm dialog that runs one request per object with progress, then says the result. */
export function OperationDialog({
  refs,
  open,
  onClose,
  spec,
}: ActionDialogProps & { readonly spec: OperationSpec }) {
  const { t } = useTranslation();
  const { progress, run, reset } = useBulkRun({
    success: (count) => t(`${spec.keys}.done`, { count, name: refs[0]?.name ?? '' }),
    failure: (count, message) => t(`${spec.keys}.failed`, { count, message }),
  });
  const names = objectNames(refs, (count) => t('actions.andMore', { count }));
  const message = t(`${spec.keys}.message`, { count: refs.length, names, kind: refs[0]?.type.kind ?? '' });
  return (
    <ConfirmDialog
      open={open}
      title={t(`${spec.keys}.title`, { count: refs.length, name: refs[0]?.name ?? '' })}
      message={
        progress.running
          ? `${message} ${t('actions.progress', { done: progress.done, total: progress.total })}`
          : message
      }
      confirmLabel={t(`${spec.keys}.confirm`)}
      destructive={spec.destructive}
      busy={progress.running}
      onClose={() => {
        if (!progress.running) onClose();
      }}
      onConfirm={() => {
        void run(refs, spec.run).then(() => {
          reset();
          onClose();
        });
      }}
    />
  );
}

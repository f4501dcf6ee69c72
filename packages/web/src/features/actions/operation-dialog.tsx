import { useTranslation } from 'react-i18next';
import type { ObjectRef } from '../../k8s/resource-ref.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import type { ActionDialogProps } from './action-types.ts';
import { BulkOperationDialog } from './bulk-operation-dialog.tsx';
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

/**
 * A confirm dialog that runs one request per object with progress, then says the result. For several objects
 * it is a {@link BulkOperationDialog}: every object listed, its outcome shown, failures kept on screen.
 */
export function OperationDialog(props: ActionDialogProps & { readonly spec: OperationSpec }) {
  return props.refs.length > 1 ? <ManyOperationDialog {...props} /> : <OneOperationDialog {...props} />;
}

function ManyOperationDialog({ spec, ...props }: ActionDialogProps & { readonly spec: OperationSpec }) {
  const { t } = useTranslation();
  const { refs } = props;
  const vars = { count: refs.length, kind: refs[0]?.type.kind ?? '', resource: refs[0]?.type.resource ?? '' };
  const names = objectNames(refs, (count) => t('actions.andMore', { count }));
  return (
    <BulkOperationDialog
      {...props}
      title={t(`${spec.keys}.title`, { ...vars, name: refs[0]?.name ?? '' })}
      message={t(`${spec.keys}.message`, { ...vars, names })}
      confirmLabel={t(`${spec.keys}.confirm`)}
      destructive={spec.destructive}
      run={spec.run}
      messages={{
        success: (count) => t(`${spec.keys}.done`, { ...vars, count, name: refs[0]?.name ?? '' }),
        failure: (count, message) => t(`${spec.keys}.failed`, { ...vars, count, message }),
      }}
    />
  );
}

function OneOperationDialog({
  refs,
  open,
  onClose,
  onFinished,
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
        void run(refs, spec.run).then((ok) => {
          onFinished?.(ok);
          reset();
          onClose();
        });
      }}
    />
  );
}

import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/api-error.ts';
import { kubeRequest } from '../../k8s/kube-request.ts';
import { objectPath, type ObjectRef } from '../../k8s/resource-ref.ts';
import { useNotify } from '../../ui/notifications.tsx';
import { KubeErrorAlert } from './kube-error-alert.tsx';

/** How the garbage collector treats the objects the deleted one owns. */
export const propagationPolicies = ['Background', 'Foreground', 'Orphan'] as const;
/** One of {@link propagationPolicies}. */
export type PropagationPolicy = (typeof propagationPolicies)[number];

/** Props of {@link DeleteObjectDialog}. */
export interface DeleteObjectDialogProps {
  readonly objectRef: ObjectRef;
  readonly open: boolean;
  readonly onClose: () => void;
  /** Called once the API server accepted the deletion. */
  readonly onDeleted?: () => void;
}

interface DeleteAnswer {
  readonly kind?: string;
  readonly metadata?: { readonly deletionTimestamp?: string };
}

/** Asks before deleting one object, naming it and offering the propagation policy. */
export function DeleteObjectDialog({ objectRef, open, onClose, onDeleted }: DeleteObjectDialogProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [policy, setPolicy] = useState<PropagationPolicy>('Background');
  const { kind } = objectRef.type;
  const { name } = objectRef;
  const remove = useMutation<DeleteAnswer, ApiError, PropagationPolicy>({
    mutationFn: (propagationPolicy) =>
      kubeRequest<DeleteAnswer>(objectPath(objectRef), {
        method: 'DELETE',
        body: { apiVersion: 'v1', kind: 'DeleteOptions', propagationPolicy },
      }),
    onSuccess: async (answer) => {
      // An object still carrying a deletionTimestamp waits for finalizers or (Foreground) its dependents.
      const pending = answer.kind !== 'Status' && answer.metadata?.deletionTimestamp !== undefined;
      notify(
        t(pending ? 'yaml.delete.pending' : 'yaml.delete.done', { kind, name }),
        pending ? 'info' : 'success',
      );
      onClose();
      onDeleted?.();
      await queryClient.invalidateQueries({ queryKey: ['cluster', objectRef.cluster, 'object-yaml'] });
    },
  });
  const where =
    objectRef.namespace === undefined ? '' : t('yaml.delete.inNamespace', { namespace: objectRef.namespace });
  const close = (): void => {
    if (remove.isPending) return;
    remove.reset();
    onClose();
  };
  return (
    <Dialog open={open} onClose={close} aria-labelledby="delete-object-title" maxWidth="sm" fullWidth>
      <DialogTitle id="delete-object-title">{t('yaml.delete.title', { kind, name })}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          {t('yaml.delete.message', { kind, name, where, cluster: objectRef.cluster })}
        </DialogContentText>
        <FormControl>
          <FormLabel id="delete-propagation">{t('yaml.delete.propagation')}</FormLabel>
          <RadioGroup
            aria-labelledby="delete-propagation"
            value={policy}
            onChange={(event) => {
              setPolicy(event.target.value as PropagationPolicy);
            }}
          >
            {propagationPolicies.map((value) => (
              <FormControlLabel
                key={value}
                value={value}
                control={<Radio size="small" />}
                label={t(
                  `yaml.delete.${value === 'Background' ? 'background' : value === 'Foreground' ? 'foreground' : 'orphan'}`,
                )}
              />
            ))}
          </RadioGroup>
        </FormControl>
        {remove.error && (
          <KubeErrorAlert error={remove.error} title={t('yaml.delete.failed', { kind, name, message: '' })} />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={close} disabled={remove.isPending}>
          {t('common.cancel')}
        </Button>
        <Button
          variant="contained"
          color="error"
          loading={remove.isPending}
          onClick={() => {
            remove.mutate(policy);
          }}
        >
          {t('yaml.delete.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

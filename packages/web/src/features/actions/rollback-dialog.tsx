import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '../../api/api-client.ts';
import type { ApiError } from '../../api/api-error.ts';
import type { KubeObject, KubeObjectList } from '../../k8s/kube-object.ts';
import { collectionPath, objectPath, type ObjectRef, type ResourceType } from '../../k8s/resource-ref.ts';
import type { ActionDialogProps } from './action-types.ts';
import { kubeWrite, PatchType } from './kube-write.ts';
import {
  controllerRevisions,
  controllerRollbackPatch,
  deploymentRevisions,
  deploymentRollbackPatch,
  type Revision,
} from './revisions.ts';
import { useBulkRun } from './use-bulk-run.ts';

const replicaSets: ResourceType = {
  group: 'apps',
  version: 'v1',
  resource: 'replicasets',
  kind: 'ReplicaSet',
  namespaced: true,
};
const controllerRevisionsType: ResourceType = {
  group: 'apps',
  version: 'v1',
  resource: 'controllerrevisions',
  kind: 'ControllerRevision',
  namespaced: true,
};

/** Reads the workload and its history (ReplicaSets or ControllerRevisions in its namespace). */
export async function loadRevisions(ref: ObjectRef, signal?: AbortSignal): Promise<Revision[]> {
  const owner = await apiFetch<KubeObject>(objectPath(ref), signal ? { signal } : {});
  const deployment = ref.type.resource === 'deployments';
  const list = await apiFetch<KubeObjectList>(
    collectionPath(ref.cluster, deployment ? replicaSets : controllerRevisionsType, ref.namespace),
    signal ? { signal } : {},
  );
  return deployment ? deploymentRevisions(owner, list.items) : controllerRevisions(owner, list.items);
}

/** Rolls `ref` back to `revision`. */
export function rollback(ref: ObjectRef, revision: Revision): Promise<unknown> {
  if (ref.type.resource === 'deployments')
    return kubeWrite(objectPath(ref), {
      method: 'PATCH',
      contentType: PatchType.json,
      body: deploymentRollbackPatch(revision.source),
    });
  return kubeWrite(objectPath(ref), {
    method: 'PATCH',
    contentType: PatchType.strategic,
    body: controllerRollbackPatch(revision.source),
  });
}

/** Lists a workload's revisions with their images and rolls back to the chosen one. */
export function RollbackDialog({ refs, open, onClose }: ActionDialogProps) {
  const { t } = useTranslation();
  const ref = refs[0];
  const revisions = useQuery<Revision[], ApiError>({
    queryKey: ['revisions', ref ? objectPath(ref) : ''],
    queryFn: ({ signal }) => (ref ? loadRevisions(ref, signal) : Promise.resolve([])),
    enabled: open && ref !== undefined,
  });
  const [chosen, setChosen] = useState<number | undefined>(undefined);
  const target = revisions.data?.find((r) => r.revision === chosen);
  const { progress, run } = useBulkRun({
    success: () => t('actions.rollback.done', { name: ref?.name ?? '', revision: chosen ?? 0 }),
    failure: (_count, message) => t('actions.rollback.failed', { message }),
  });
  const close = () => {
    setChosen(undefined);
    onClose();
  };
  return (
    <Dialog
      open={open}
      onClose={progress.running ? undefined : close}
      maxWidth="sm"
      fullWidth
      aria-labelledby="rollback-title"
    >
      <DialogTitle id="rollback-title">{t('actions.rollback.title', { name: ref?.name ?? '' })}</DialogTitle>
      <DialogContent>
        {revisions.isPending && <Skeleton variant="rounded" height={120} aria-label={t('common.loading')} />}
        {revisions.isError && (
          <Alert severity="error">
            {t('actions.rollback.loadFailed', { message: revisions.error.message })}
          </Alert>
        )}
        {revisions.data?.length === 1 && <Alert severity="info">{t('actions.rollback.onlyOne')}</Alert>}
        {revisions.data && revisions.data.length > 0 && (
          <RadioGroup
            value={chosen === undefined ? '' : String(chosen)}
            onChange={(e) => {
              setChosen(Number(e.target.value));
            }}
            aria-label={t('actions.rollback.choose')}
          >
            {revisions.data.map((r) => (
              <FormControlLabel
                key={r.name}
                value={String(r.revision)}
                disabled={r.current}
                control={<Radio />}
                label={
                  <span>
                    <Typography component="span" sx={{ fontWeight: 500 }}>
                      {t('actions.rollback.revision', { revision: r.revision })}
                      {r.current && ` · ${t('actions.rollback.current')}`}
                    </Typography>
                    <Typography
                      component="span"
                      variant="body2"
                      color="text.secondary"
                      sx={{ display: 'block', fontFamily: 'monospace' }}
                    >
                      {r.images.join(', ') || '—'}
                    </Typography>
                  </span>
                }
                sx={{ alignItems: 'flex-start', mb: 1, '& .MuiRadio-root': { pt: 0.5 } }}
              />
            ))}
          </RadioGroup>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={close} disabled={progress.running}>
          {t('common.cancel')}
        </Button>
        <Button
          variant="contained"
          disabled={!target || !ref}
          loading={progress.running}
          onClick={() => {
            if (!target || !ref) return;
            void run([ref], (r) => rollback(r, target)).then((ok) => {
              if (ok) {
                void revisions.refetch();
                close();
              }
            });
          }}
        >
          {t('actions.rollback.confirm', { revision: chosen ?? '' })}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

import Alert, { type AlertColor } from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Skeleton from '@mui/material/Skeleton';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '../../api/api-client.ts';
import type { ApiError } from '../../api/api-error.ts';
import type { KubeObject, KubeObjectList } from '../../k8s/kube-object.ts';
import { collectionPath } from '../../k8s/resource-ref.ts';
import { podsType } from '../../k8s/well-known-types.ts';
import { useNotify } from '../../ui/notifications.tsx';
import type { ActionDialogProps } from './action-types.ts';
import { planDrain, runDrain, type EvictionState } from './drain.ts';
import { evict, setCordoned } from './workload-operations.ts';

const stateColor: Record<EvictionState['type'], 'default' | 'success' | 'warning' | 'error' | 'info'> = {
  waiting: 'default',
  evicting: 'info',
  blocked: 'warning',
  evicted: 'success',
  gone: 'success',
  failed: 'error',
  cancelled: 'default',
};

/** Cordons a node, then evicts its pods one by one with per-pod progress; PDB refusals are retried; cancellable. */
export function DrainDialog({ refs, open, onClose }: ActionDialogProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const node = refs[0];
  const pods = useQuery<KubeObjectList, ApiError>({
    queryKey: ['drain-pods', node?.cluster ?? '', node?.name ?? ''],
    queryFn: ({ signal }) =>
      apiFetch(
        `${collectionPath(node?.cluster ?? '', podsType)}?fieldSelector=${encodeURIComponent(`spec.nodeName=${node?.name ?? ''}`)}`,
        { signal },
      ),
    enabled: open && node !== undefined,
  });
  const plan = planDrain(pods.data?.items ?? []);
  const [states, setStates] = useState<ReadonlyMap<string, EvictionState>>(new Map());
  const [running, setRunning] = useState(false);
  // The result stays in the dialog too: while the dialog is open, the snackbar behind it is outside the modal.
  const [outcome, setOutcome] = useState<{ message: string; severity: AlertColor } | undefined>(undefined);
  const report = (message: string, severity: AlertColor) => {
    setOutcome({ message, severity });
    notify(message, severity);
  };
  const abort = useRef<AbortController | undefined>(undefined);
  const key = (pod: KubeObject) => `${pod.metadata.namespace ?? ''}/${pod.metadata.name}`;

  const start = async () => {
    if (!node) return;
    const controller = new AbortController();
    abort.current = controller;
    setRunning(true);
    try {
      await setCordoned(node, true);
      const results = await runDrain(plan.evict, {
        signal: controller.signal,
        evict: (pod, signal) =>
          evict(
            {
              cluster: node.cluster,
              type: podsType,
              namespace: pod.metadata.namespace ?? '',
              name: pod.metadata.name,
            },
            signal,
          ),
        onProgress: (pod, state) => {
          setStates((previous) => new Map(previous).set(key(pod), state));
        },
      });
      const failed = [...results.values()].filter((s) => s.type === 'failed').length;
      if (controller.signal.aborted) report(t('actions.drain.cancelled', { name: node.name }), 'info');
      else if (failed > 0) report(t('actions.drain.partly', { name: node.name, count: failed }), 'error');
      else report(t('actions.drain.done', { name: node.name, count: results.size }), 'success');
    } catch (error) {
      report(
        t('actions.drain.failed', {
          name: node.name,
          message: error instanceof Error ? error.message : String(error),
        }),
        'error',
      );
    } finally {
      setRunning(false);
      void pods.refetch();
    }
  };
  const finished = states.size > 0 && !running;
  const close = () => {
    setStates(new Map());
    setOutcome(undefined);
    onClose();
  };

  return (
    <Dialog
      open={open}
      onClose={running ? undefined : close}
      maxWidth="sm"
      fullWidth
      aria-labelledby="drain-title"
    >
      <DialogTitle id="drain-title">{t('actions.drain.title', { name: node?.name ?? '' })}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 1 }}>{t('actions.drain.message')}</DialogContentText>
        {pods.isPending && <Skeleton variant="rounded" height={80} aria-label={t('common.loading')} />}
        {pods.isError && (
          <Alert severity="error">{t('actions.drain.podsFailed', { message: pods.error.message })}</Alert>
        )}
        {running && <LinearProgress sx={{ my: 1 }} />}
        {outcome && !running && (
          <Alert severity={outcome.severity} sx={{ my: 1 }}>
            {outcome.message}
          </Alert>
        )}
        {pods.data && plan.evict.length === 0 && states.size === 0 && (
          <Alert severity="info">{t('actions.drain.nothing')}</Alert>
        )}
        <List dense aria-label={t('actions.drain.podList')}>
          {plan.evict.map((pod) => {
            const state = states.get(key(pod)) ?? { type: 'waiting' as const };
            return (
              <ListItem
                key={key(pod)}
                secondaryAction={
                  <Chip
                    size="small"
                    color={stateColor[state.type]}
                    label={t(`actions.drain.state.${state.type}`)}
                  />
                }
              >
                <ListItemText
                  primary={pod.metadata.name}
                  secondary={
                    state.type === 'blocked' || state.type === 'failed'
                      ? state.message
                      : pod.metadata.namespace
                  }
                />
              </ListItem>
            );
          })}
          {[...states.entries()]
            .filter(([k]) => !plan.evict.some((p) => key(p) === k))
            .map(([k, state]) => (
              <ListItem
                key={k}
                secondaryAction={
                  <Chip
                    size="small"
                    color={stateColor[state.type]}
                    label={t(`actions.drain.state.${state.type}`)}
                  />
                }
              >
                <ListItemText primary={k.split('/')[1]} secondary={k.split('/')[0]} />
              </ListItem>
            ))}
          {plan.skip.map(({ pod, reason }) => (
            <ListItem
              key={key(pod)}
              secondaryAction={
                <Chip size="small" variant="outlined" label={t(`actions.drain.skip.${reason}`)} />
              }
            >
              <ListItemText
                primary={pod.metadata.name}
                secondary={pod.metadata.namespace}
                sx={{ opacity: 0.7 }}
              />
            </ListItem>
          ))}
        </List>
      </DialogContent>
      <DialogActions>
        {running ? (
          <Button color="warning" onClick={() => abort.current?.abort()}>
            {t('actions.drain.cancel')}
          </Button>
        ) : (
          <Button onClick={close}>{finished ? t('actions.close') : t('common.cancel')}</Button>
        )}
        {!finished && (
          <Button
            variant="contained"
            color="error"
            loading={running}
            disabled={!pods.data}
            onClick={() => void start()}
          >
            {t('actions.drain.confirm')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}

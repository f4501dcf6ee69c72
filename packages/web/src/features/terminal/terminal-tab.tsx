import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Skeleton from '@mui/material/Skeleton';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import LinkOffIcon from '@mui/icons-material/LinkOff';
import ReplayIcon from '@mui/icons-material/Replay';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '../../api/api-client.ts';
import type { ApiError } from '../../api/api-error.ts';
import { useCan } from '../../k8s/hooks/use-access-review.ts';
import { stringField, type KubeObject } from '../../k8s/kube-object.ts';
import { objectPath, type ObjectRef } from '../../k8s/resource-ref.ts';
import { containersOf, defaultContainer } from '../logs/log-targets.ts';
import { explainRefusal, type Refusal } from './explain-refusal.ts';
import { execPath } from './exec-url.ts';
import type { TerminalEvent } from './terminal-view.tsx';

const TerminalView = lazy(() => import('./terminal-view.tsx').then((m) => ({ default: m.TerminalView })));

/** Props of {@link TerminalTab}. */
export interface TerminalTabProps {
  /** A Pod. */
  readonly objectRef: ObjectRef;
}

type Status =
  | { readonly type: 'idle' | 'connecting' | 'no-shell' }
  | { readonly type: 'connected'; readonly shell: string | undefined }
  | { readonly type: 'ended'; readonly exitCode: number | undefined }
  | { readonly type: 'refused'; readonly refusal: Refusal | undefined };

/**
 * A terminal in a pod's container: a shell (bash, else sh) or attached to the main process. Says clearly when
 * the user may not exec or the container has no shell. Mount it in a Pod's details page.
 */
export function TerminalTab({ objectRef }: TerminalTabProps) {
  const { t } = useTranslation();
  const pod = useQuery<KubeObject, ApiError>({
    queryKey: ['cluster', objectRef.cluster, 'terminal-pod', objectPath(objectRef)],
    queryFn: ({ signal }) => apiFetch(objectPath(objectRef), { signal }),
  });
  const containers = containersOf(pod.data).filter((c) => c.kind !== 'init');
  const [chosen, setChosen] = useState('');
  const [mode, setMode] = useState<'shell' | 'attach'>('shell');
  const [session, setSession] = useState(1);
  const [status, setStatus] = useState<Status>({ type: 'connecting' });
  const container = containers.some((c) => c.name === chosen)
    ? chosen
    : (defaultContainer(pod.data, containers) ?? '');
  const can = useCan(objectRef.cluster, {
    verb: 'create',
    group: '',
    resource: 'pods',
    subresource: mode === 'shell' ? 'exec' : 'attach',
    ...(objectRef.namespace === undefined ? {} : { namespace: objectRef.namespace }),
    name: objectRef.name,
  });

  const restart = () => {
    setStatus({ type: 'connecting' });
    setSession((n) => n + 1);
  };
  const onEvent = (event: TerminalEvent) => {
    if (event.type === 'connected') setStatus({ type: 'connected', shell: event.shell });
    else if (event.type === 'ended') setStatus({ type: 'ended', exitCode: event.close.status?.exitCode });
    else if (event.type === 'no-shell') setStatus({ type: 'no-shell' });
    else {
      setStatus({ type: 'refused', refusal: undefined });
      const path = execPath(
        objectRef,
        mode === 'shell' ? { type: 'exec', container, command: ['sh'] } : { type: 'attach', container },
      );
      void explainRefusal(path).then((refusal) => {
        setStatus({ type: 'refused', refusal });
      });
    }
  };

  if (pod.isPending) return <Skeleton variant="rounded" height={360} aria-label={t('common.loading')} />;
  if (pod.isError)
    return <Alert severity="error">{t('terminal.podFailed', { message: pod.error.message })}</Alert>;
  const phase = stringField(pod.data, 'status', 'phase');
  const denied = can.allowed === false;
  const live = status.type === 'connected' || status.type === 'connecting';

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5, height: '100%', minHeight: 460 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, alignItems: 'center' }}>
        <TextField
          select
          size="small"
          label={t('terminal.container')}
          value={container}
          onChange={(e) => {
            setChosen(e.target.value);
            restart();
          }}
          sx={{ minWidth: 180 }}
        >
          {containers.map((c) => (
            <MenuItem key={c.name} value={c.name}>
              {c.name}
            </MenuItem>
          ))}
        </TextField>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={mode}
          onChange={(_e, value: 'shell' | 'attach' | null) => {
            if (value) {
              setMode(value);
              restart();
            }
          }}
          aria-label={t('terminal.mode')}
        >
          <ToggleButton value="shell">{t('terminal.shell')}</ToggleButton>
          <ToggleButton value="attach">{t('terminal.attach')}</ToggleButton>
        </ToggleButtonGroup>
        {live ? (
          <Button
            startIcon={<LinkOffIcon />}
            onClick={() => {
              setStatus({ type: 'idle' });
            }}
          >
            {t('terminal.disconnect')}
          </Button>
        ) : (
          <Button startIcon={<ReplayIcon />} variant="contained" onClick={restart} disabled={denied}>
            {t('terminal.connect')}
          </Button>
        )}
        <Box sx={{ flex: 1 }} />
        <Chip
          size="small"
          variant="outlined"
          data-testid="terminal-state"
          color={
            status.type === 'connected'
              ? 'success'
              : status.type === 'refused' || status.type === 'no-shell'
                ? 'error'
                : 'default'
          }
          label={statusLabel(status, t)}
        />
      </Box>
      {phase !== undefined && phase !== 'Running' && (
        <Alert severity="info">{t('terminal.notRunning', { phase })}</Alert>
      )}
      {denied && <Alert severity="warning">{t('terminal.forbidden', { reason: can.reason ?? '' })}</Alert>}
      {status.type === 'refused' && !denied && (
        <Alert severity="error">
          {status.refusal === undefined
            ? t('terminal.refusedChecking')
            : status.refusal.status === 403
              ? t('terminal.forbidden', { reason: status.refusal.message })
              : t('terminal.refused', { message: status.refusal.message })}
        </Alert>
      )}
      {status.type === 'no-shell' && <Alert severity="error">{t('terminal.noShell', { container })}</Alert>}
      <Typography variant="caption" color="text.secondary">
        {t('terminal.clipboardHint')}
      </Typography>
      {!denied && (live || status.type === 'ended') && container !== '' && (
        <Suspense fallback={<LinearProgress aria-label={t('terminal.loading')} />}>
          <TerminalView
            key={`${String(session)}/${container}/${mode}`}
            pod={objectRef}
            container={container}
            mode={mode}
            onEvent={onEvent}
          />
        </Suspense>
      )}
    </Box>
  );
}

function statusLabel(status: Status, t: TFunction): string {
  switch (status.type) {
    case 'connected':
      return status.shell
        ? t('terminal.state.connectedShell', { shell: status.shell })
        : t('terminal.state.attached');
    case 'ended':
      return t('terminal.state.ended', { code: status.exitCode ?? 0 });
    default:
      return t(`terminal.state.${status.type}`);
  }
}

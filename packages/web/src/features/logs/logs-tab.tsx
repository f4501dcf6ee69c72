import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import ClearAllIcon from '@mui/icons-material/ClearAll';
import DownloadIcon from '@mui/icons-material/Download';
import PauseIcon from '@mui/icons-material/Pause';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import VerticalAlignBottomIcon from '@mui/icons-material/VerticalAlignBottom';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ObjectRef } from '../../k8s/resource-ref.ts';
import { downloadLines } from './download-lines.ts';
import { allContainers, initialLogSettings, type LogSettings } from './log-settings.ts';
import { LogSearch } from './log-search.tsx';
import { LogStatus, overallState } from './log-status.tsx';
import { containerUnion, defaultContainer } from './log-targets.ts';
import { LogToolbar } from './log-toolbar.tsx';
import { LogView } from './log-view.tsx';
import { NoSelectorError, useLogPods } from './use-log-pods.ts';
import { useLogSession } from './use-log-session.ts';

/** Props of {@link LogsTab}. */
export interface LogsTabProps {
  /** A Pod, or a workload with a pod selector (Deployment, StatefulSet, DaemonSet, ReplicaSet, Job). */
  readonly objectRef: ObjectRef;
}

const stateColor = {
  streaming: 'success',
  connecting: 'default',
  reconnecting: 'warning',
  failed: 'error',
  ended: 'default',
  idle: 'default',
} as const;

/**
 * Live logs of a Pod or of every pod of a workload (merged, each line prefixed with its pod): container and
 * window choice, search with highlighting, wrapping, pause, clear, download. Mount it in a details page.
 */
export function LogsTab({ objectRef }: LogsTabProps) {
  const { t } = useTranslation();
  const pods = useLogPods(objectRef);
  const [settings, setSettings] = useState<LogSettings>(initialLogSettings);
  const [query, setQuery] = useState('');
  const [hitIndex, setHitIndex] = useState<number | undefined>(undefined);
  const [follow, setFollow] = useState(true);
  const podList = useMemo(() => pods.data?.pods ?? [], [pods.data]);
  const containers = useMemo(() => containerUnion(podList), [podList]);
  const container =
    settings.container !== '' &&
    (settings.container === allContainers || containers.some((c) => c.name === settings.container))
      ? settings.container
      : (defaultContainer(podList[0], containers) ?? '');
  const sources = useMemo(
    () =>
      podList.flatMap((pod) => {
        const names = new Set(containerUnion([pod]).map((c) => c.name));
        const chosen = container === allContainers ? [...names] : names.has(container) ? [container] : [];
        return chosen.map((name) => ({ pod: pod.metadata.name, container: name }));
      }),
    [podList, container],
  );
  const session = useLogSession({
    cluster: objectRef.cluster,
    namespace: objectRef.namespace ?? '',
    sources,
    options: {
      follow: true,
      previous: settings.previous,
      ...(settings.tailLines === undefined ? {} : { tailLines: settings.tailLines }),
      ...(settings.sinceSeconds === undefined ? {} : { sinceSeconds: settings.sinceSeconds }),
    },
  });
  const deferredQuery = useDeferredValue(query);
  const hits = useMemo(
    () => session.buffer.search(deferredQuery),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the buffer is mutable; `version` says when it changed
    [session.buffer, session.version, deferredQuery],
  );
  const position = hitIndex === undefined ? undefined : Math.min(hitIndex, hits.length - 1);
  const prefix = container === allContainers ? 'container' : pods.data?.workload ? 'pod' : 'none';

  if (pods.isPending) return <Skeleton variant="rounded" height={320} aria-label={t('common.loading')} />;
  if (pods.isError)
    return (
      <Alert
        severity={pods.error instanceof NoSelectorError ? 'info' : 'error'}
        action={
          <Button color="inherit" onClick={() => void pods.refetch()}>
            {t('common.retry')}
          </Button>
        }
      >
        {pods.error instanceof NoSelectorError
          ? t('logs.noSelector', { kind: objectRef.type.kind, name: objectRef.name })
          : t('logs.podsFailed', { message: pods.error.message })}
      </Alert>
    );
  if (podList.length === 0)
    return (
      <Alert severity="info">{t('logs.noPods', { kind: objectRef.type.kind, name: objectRef.name })}</Alert>
    );

  const state = overallState(session.states);
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5, height: '100%', minHeight: 480 }}>
      <LogToolbar settings={{ ...settings, container }} containers={containers} onChange={setSettings} />
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
        <LogSearch
          query={query}
          onQuery={(q) => {
            setQuery(q);
            setHitIndex(undefined);
            if (q) setFollow(false);
          }}
          hits={hits.length}
          position={position}
          onStep={(direction) => {
            if (hits.length === 0) return;
            setFollow(false);
            setHitIndex(
              position === undefined
                ? direction === 1
                  ? 0
                  : hits.length - 1
                : (position + direction + hits.length) % hits.length,
            );
          }}
        />
        <Button
          startIcon={session.paused ? <PlayArrowIcon /> : <PauseIcon />}
          onClick={() => {
            session.setPaused(!session.paused);
          }}
        >
          {session.paused ? t('logs.resume', { count: session.pending }) : t('logs.pause')}
        </Button>
        <Button
          startIcon={<ClearAllIcon />}
          onClick={() => {
            session.clear();
          }}
        >
          {t('logs.clear')}
        </Button>
        <Button
          startIcon={<DownloadIcon />}
          disabled={session.buffer.length === 0}
          onClick={() => {
            downloadLines(session.buffer.toArray(), {
              name: objectRef.name,
              timestamps: settings.timestamps,
              prefix,
            });
          }}
        >
          {t('logs.download')}
        </Button>
        {!follow && (
          <Button
            startIcon={<VerticalAlignBottomIcon />}
            onClick={() => {
              setFollow(true);
              setHitIndex(undefined);
            }}
          >
            {t('logs.jumpToEnd')}
          </Button>
        )}
        <Box sx={{ flex: 1 }} />
        <Chip
          size="small"
          variant="outlined"
          color={stateColor[state]}
          label={t(`logs.state.${state}`)}
          data-testid="log-state"
        />
        <Typography variant="caption" color="text.secondary" data-testid="log-count">
          {t('logs.lineCount', { count: session.buffer.length })}
          {session.buffer.dropped > 0 && ` · ${t('logs.dropped', { count: session.buffer.dropped })}`}
        </Typography>
      </Box>
      <LogStatus states={session.states} named={sources.length > 1} />
      <LogView
        buffer={session.buffer}
        version={session.version}
        wrap={settings.wrap}
        showTimestamps={settings.timestamps}
        prefix={prefix}
        query={deferredQuery}
        currentHit={position === undefined ? undefined : hits[position]}
        follow={follow}
        onFollowChange={setFollow}
      />
      {session.buffer.length === 0 && state !== 'connecting' && (
        <Typography variant="body2" color="text.secondary">
          {t('logs.empty')}
        </Typography>
      )}
    </Box>
  );
}

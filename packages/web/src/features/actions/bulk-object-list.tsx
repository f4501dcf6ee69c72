import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import HourglassEmptyIcon from '@mui/icons-material/HourglassEmpty';
import NotRunIcon from '@mui/icons-material/DoNotDisturbAlt';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ObjectRef } from '../../k8s/resource-ref.ts';
import type { BulkObjectState } from './run-bulk.ts';

const itemHeight = 48;

function StateIcon({ state }: { readonly state: BulkObjectState }) {
  const sx = { fontSize: 18 } as const;
  switch (state.status) {
    case 'running':
      return <CircularProgress size={16} aria-hidden />;
    case 'done':
      return <CheckCircleIcon color="success" sx={sx} aria-hidden />;
    case 'failed':
      return <ErrorIcon color="error" sx={sx} aria-hidden />;
    case 'skipped':
      return <NotRunIcon color="disabled" sx={sx} aria-hidden />;
    default:
      return <HourglassEmptyIcon color="disabled" sx={sx} aria-hidden />;
  }
}

/** Props of {@link BulkObjectList}. */
export interface BulkObjectListProps {
  readonly refs: readonly ObjectRef[];
  /** Each ref's state (same order); empty before the run. */
  readonly states: readonly BulkObjectState[];
}

/**
 * The objects an action runs on, each with where it lives and its state (waiting, running, done, failed with
 * the API server's message, not run). After a run the failed ones come first. Virtualized: thousands of
 * selected rows list as fast as ten.
 */
export function BulkObjectList({ refs, states }: BulkObjectListProps) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const running = states.some((s) => s.status === 'running' || s.status === 'waiting');
  const order = useMemo(() => {
    const indexes = refs.map((_, index) => index);
    if (running) return indexes;
    const failedFirst = (index: number): number => (states[index]?.status === 'failed' ? 0 : 1);
    return indexes.sort((a, b) => failedFirst(a) - failedFirst(b));
  }, [refs, states, running]);
  const clusters = new Set(refs.map((ref) => ref.cluster)).size;
  const virtualizer = useVirtualizer({
    count: order.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => itemHeight,
    overscan: 8,
  });
  const stateText = (state: BulkObjectState): string =>
    state.status === 'failed'
      ? t('actions.bulk.state.failed', { message: state.message })
      : t(`actions.bulk.state.${state.status}`);
  return (
    <Box
      ref={scrollRef}
      role="list"
      aria-label={t('actions.bulk.objects', { count: refs.length })}
      tabIndex={0}
      sx={{
        // Up to six rows in view (failed ones are taller: their reason wraps), the rest scroll.
        height: Math.min(virtualizer.getTotalSize(), 6 * itemHeight) + 2,
        overflow: 'auto',
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        '&:focus-visible': { outline: 2, outlineColor: 'primary.main' },
      }}
    >
      <Box sx={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const index = order[item.index] ?? 0;
          const ref = refs[index];
          if (!ref) return null;
          // No state before the run: the list is what the action will run on.
          const state = states[index];
          const where = [ref.namespace, clusters > 1 ? ref.cluster : undefined].filter(Boolean).join(' · ');
          const ended = state?.status === 'failed' || state?.status === 'skipped';
          return (
            <Box
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              role="listitem"
              data-status={state?.status ?? 'selected'}
              sx={{
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                minHeight: itemHeight,
                transform: `translateY(${String(item.start)}px)`,
                display: 'flex',
                alignItems: 'center',
                gap: 1.5,
                px: 1.5,
                py: 0.5,
                borderBottom: 1,
                borderColor: 'divider',
              }}
            >
              <Box sx={{ width: 20, display: 'flex', justifyContent: 'center', flexShrink: 0 }}>
                {state && <StateIcon state={state} />}
              </Box>
              <Box sx={{ minWidth: 0, flex: 1 }}>
                <Typography variant="body2" noWrap sx={{ fontWeight: 500 }}>
                  {ref.name}
                </Typography>
                <Typography variant="caption" noWrap component="div" color="text.secondary">
                  {where || '\u00a0'}
                </Typography>
                {state && ended && (
                  <Typography
                    variant="caption"
                    component="div"
                    color={state.status === 'failed' ? 'error' : 'text.secondary'}
                    sx={{ overflowWrap: 'anywhere' }}
                  >
                    {stateText(state)}
                  </Typography>
                )}
              </Box>
              {state && !ended && (
                <Typography variant="caption" color="text.secondary" sx={{ flexShrink: 0 }}>
                  {stateText(state)}
                </Typography>
              )}
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}

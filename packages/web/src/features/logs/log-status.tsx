import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import type { StreamState } from './log-stream.ts';

/** Props of {@link LogStatus}. */
export interface LogStatusProps {
  readonly states: ReadonlyMap<string, StreamState>;
  /** Name every source in messages (several pods or containers). */
  readonly named: boolean;
}

/**
 * What is wrong with the streams, if anything: failures (with the API server's words and what to do) and
 * dropped connections being resumed. Quiet while everything streams.
 */
export function LogStatus({ states, named }: LogStatusProps) {
  const { t } = useTranslation();
  const alerts = [...states.entries()].flatMap(([key, state]) => {
    const who = named ? `${key}: ` : '';
    if (state.type === 'failed') {
      const hint =
        state.error.status === 403
          ? t('logs.forbiddenHint')
          : state.error.status === 400
            ? t('logs.badRequestHint')
            : '';
      return [
        <Alert key={key} severity="error">
          {who}
          {t('logs.failed', { message: state.error.message })} {hint}
        </Alert>,
      ];
    }
    if (state.type === 'reconnecting')
      return [
        <Alert key={key} severity="warning">
          {who}
          {t('logs.reconnecting', { seconds: Math.round(state.delayMs / 1000), attempt: state.attempt })}
          {state.error ? ` (${state.error.message})` : ''}
        </Alert>,
      ];
    return [];
  });
  if (alerts.length === 0) return null;
  return <Stack spacing={1}>{alerts.slice(0, 5)}</Stack>;
}

/** One-word summary for the status line: live, connecting, reconnecting, ended or failed. */
export function overallState(states: ReadonlyMap<string, StreamState>): StreamState['type'] | 'idle' {
  const types = new Set([...states.values()].map((s) => s.type));
  if (types.size === 0) return 'idle';
  for (const type of ['reconnecting', 'connecting', 'streaming', 'failed', 'ended'] as const)
    if (types.has(type)) return type;
  return 'idle';
}

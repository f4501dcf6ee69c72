/** The status of one plugin in this tab, as a chip. */
import Chip from '@mui/material/Chip';
import type { PluginSummary } from '@wheelhouse/api-types';
import { useTranslation } from 'react-i18next';
import type { PluginStatus } from './plugin-loader.ts';

/** What the chip shows for a plugin without a loader status yet. */
export function effectiveStatus(
  summary: PluginSummary,
  status: PluginStatus | undefined,
): PluginStatus['state'] | 'waiting' {
  if (!summary.enabled) return 'disabled';
  if (summary.errors.length > 0) return 'unavailable';
  return status?.state ?? 'waiting';
}

const colors = {
  loaded: 'success',
  loading: 'info',
  disabled: 'default',
  unavailable: 'error',
  failed: 'error',
  waiting: 'default',
} as const;

/** See the module comment. */
export function PluginStatusChip(props: {
  readonly summary: PluginSummary;
  readonly status: PluginStatus | undefined;
}) {
  const { t } = useTranslation();
  const state = effectiveStatus(props.summary, props.status);
  return (
    <Chip
      size="small"
      color={colors[state]}
      variant={state === 'loaded' ? 'filled' : 'outlined'}
      label={t(`plugins.status.${state}`)}
      data-testid={`plugin-status-${props.summary.name}`}
    />
  );
}

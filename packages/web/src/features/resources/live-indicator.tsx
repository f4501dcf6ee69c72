import Box from '@mui/material/Box';
import Tooltip from '@mui/material/Tooltip';
import { useTranslation } from 'react-i18next';

/**
 * "Live" (following the watch), "Loading more…", "Reconnecting…" or "Refreshed every 5 s" (no watch
 * connection free, see k8s/stream-slots.ts), with a coloured dot and text.
 */
export function LiveIndicator(props: {
  readonly loading: boolean;
  readonly paging: boolean;
  readonly reconnecting: boolean;
  readonly polling: boolean;
}) {
  const { t } = useTranslation();
  if (props.loading) return null;
  const [text, color, hint = text] = props.reconnecting
    ? [t('resources.list.reconnecting'), 'warning.main']
    : props.paging
      ? [t('resources.list.paging'), 'info.main']
      : props.polling
        ? [t('resources.list.polling'), 'info.main', t('resources.list.pollingHint')]
        : [t('resources.list.live'), 'success.main'];
  return (
    <Tooltip title={hint}>
      <Box
        component="span"
        role="status"
        sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, fontSize: 13 }}
      >
        <Box component="span" aria-hidden sx={{ width: 8, height: 8, borderRadius: '50%', bgcolor: color }} />
        {text}
      </Box>
    </Tooltip>
  );
}

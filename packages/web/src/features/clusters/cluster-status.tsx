import type { ClusterStatus } from '@wheelhouse/api-types';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import { useTranslation } from 'react-i18next';

type Tone = 'success' | 'warning' | 'error' | 'default';

/** The colour that goes with a reachability state. */
export function statusTone(status: ClusterStatus): Tone {
  switch (status.state) {
    case 'reachable':
      return 'success';
    case 'unauthorized':
    case 'forbidden':
      return 'warning';
    case 'unreachable':
      return 'error';
    case 'unknown':
      return 'default';
  }
}

/** The status in plain words: the state, plus the reason when unreachable. */
export function useStatusText(status: ClusterStatus): { label: string; detail: string } {
  const { t } = useTranslation();
  const label = t(`status.${status.state}`);
  const reason = status.reason ? t(`reason.${status.reason}`) : '';
  const message =
    status.message && status.message.toLowerCase() !== reason.toLowerCase() ? status.message : '';
  const detail = [reason, message].filter(Boolean).join(' — ');
  return { label, detail };
}

/** A small coloured dot for a status, e.g. in menus. */
export function StatusDot({ status }: { readonly status: ClusterStatus }) {
  const { label } = useStatusText(status);
  const tone = statusTone(status);
  return (
    <Box
      component="span"
      role="img"
      aria-label={label}
      sx={{
        width: 8,
        height: 8,
        borderRadius: '50%',
        display: 'inline-block',
        flexShrink: 0,
        bgcolor: tone === 'default' ? 'text.disabled' : `${tone}.main`,
      }}
    />
  );
}

/** A chip naming the status; the reason and message show underneath and in a tooltip. */
export function StatusChip({ status }: { readonly status: ClusterStatus }) {
  const { label, detail } = useStatusText(status);
  const chip = (
    <Chip
      size="small"
      variant="outlined"
      color={statusTone(status)}
      icon={
        <Box component="span" sx={{ pl: 1, display: 'inline-flex' }}>
          <StatusDot status={status} />
        </Box>
      }
      label={label}
    />
  );
  return detail ? (
    <Tooltip title={detail}>
      <Box
        component="span"
        sx={{ display: 'inline-flex', flexDirection: 'column', alignItems: 'flex-start' }}
      >
        {chip}
        <Box
          component="span"
          sx={{
            fontSize: 12,
            color: 'text.secondary',
            mt: 0.5,
            maxWidth: 260,
            overflow: 'hidden',
            textOverflow: 'ellipsis',
            whiteSpace: 'nowrap',
          }}
        >
          {detail}
        </Box>
      </Box>
    </Tooltip>
  ) : (
    chip
  );
}

import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';

/** A labelled bar: `used` of `total`, warning above 80 %, error above 100 %. */
export function UsageBar({
  label,
  used,
  total,
  format,
}: {
  readonly label: string;
  readonly used: number;
  readonly total: number;
  readonly format: (n: number) => string;
}) {
  const ratio = total > 0 ? used / total : 0;
  const percent = Math.round(ratio * 100);
  return (
    <Box sx={{ mb: 1.25 }}>
      <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 1 }}>
        <Typography variant="body2">{label}</Typography>
        <Typography variant="body2" color="text.secondary">
          {format(used)} / {format(total)} ({percent} %)
        </Typography>
      </Box>
      <LinearProgress
        variant="determinate"
        value={Math.min(100, percent)}
        color={ratio > 1 ? 'error' : ratio > 0.8 ? 'warning' : 'primary'}
        aria-label={`${label}: ${String(percent)} %`}
        sx={{ height: 8, borderRadius: 4 }}
      />
    </Box>
  );
}

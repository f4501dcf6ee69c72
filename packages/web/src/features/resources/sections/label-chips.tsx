import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

/** `key=value` chips (labels, selectors); "None" when empty. */
export function LabelChips(props: { readonly labels: Readonly<Record<string, string>> }) {
  const { t } = useTranslation();
  const entries = Object.entries(props.labels);
  if (entries.length === 0)
    return (
      <Typography component="span" color="text.secondary" sx={{ fontSize: 14 }}>
        {t('resources.details.none')}
      </Typography>
    );
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75 }}>
      {entries.map(([key, value]) => (
        <Chip
          key={key}
          size="small"
          variant="outlined"
          label={value === '' ? key : `${key}=${value}`}
          sx={{ maxWidth: '100%', fontFamily: 'monospace', fontSize: 12 }}
        />
      ))}
    </Box>
  );
}

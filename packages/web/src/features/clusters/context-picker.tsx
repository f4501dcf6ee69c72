import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import WarningIcon from '@mui/icons-material/WarningAmber';
import { useTranslation } from 'react-i18next';
import type { KubeconfigContext } from '../../k8s/kubeconfig.ts';

/** The user's choice for one context: add it or not, and under which name. */
export interface ContextChoice {
  readonly selected: boolean;
  readonly name: string;
}

/** Props of {@link ContextPicker}. */
export interface ContextPickerProps {
  readonly contexts: readonly KubeconfigContext[];
  readonly choices: Readonly<Record<string, ContextChoice>>;
  readonly onChange: (context: string, choice: ContextChoice) => void;
  /** Server errors per context name. */
  readonly errors: Readonly<Record<string, string>>;
}

/** Lists a kubeconfig's contexts with server, auth type and warnings; the user picks and names them. */
export function ContextPicker({ contexts, choices, onChange, errors }: ContextPickerProps) {
  const { t } = useTranslation();
  return (
    <Box sx={{ display: 'grid', gap: 1.5 }}>
      {contexts.map((context) => {
        const choice = choices[context.name] ?? { selected: false, name: context.defaultName };
        const error = errors[context.name];
        return (
          <Card
            key={context.name}
            data-testid={`context-${context.name}`}
            sx={{
              p: 2,
              display: 'flex',
              gap: 1.5,
              alignItems: 'flex-start',
              borderColor: error ? 'error.main' : undefined,
            }}
          >
            <Checkbox
              checked={choice.selected}
              onChange={(event) => {
                onChange(context.name, { ...choice, selected: event.target.checked });
              }}
              slotProps={{ input: { 'aria-label': t('add.pick', { context: context.name }) } }}
              sx={{ mt: -0.5 }}
            />
            <Box sx={{ flex: 1, minWidth: 0 }}>
              <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
                <Typography sx={{ fontWeight: 600, wordBreak: 'break-all' }}>{context.name}</Typography>
                <Chip size="small" label={t(`auth.${context.authType}`)} variant="outlined" />
                {context.warnings.map((warning) => (
                  <Chip
                    key={warning}
                    size="small"
                    variant="outlined"
                    icon={<WarningIcon />}
                    sx={{ borderColor: 'warning.main', '& .MuiChip-icon': { color: 'warning.main' } }}
                    label={t(`add.warning.${warning}`)}
                  />
                ))}
              </Box>
              <Typography
                variant="body2"
                color="text.secondary"
                sx={{ fontFamily: 'monospace', wordBreak: 'break-all', my: 0.5 }}
              >
                {context.server || '—'}
              </Typography>
              {choice.selected && (
                <TextField
                  size="small"
                  label={t('add.clusterName')}
                  value={choice.name}
                  onChange={(event) => {
                    onChange(context.name, { ...choice, name: event.target.value });
                  }}
                  error={error !== undefined}
                  helperText={error}
                  sx={{ mt: 1, width: '100%', maxWidth: 360 }}
                />
              )}
            </Box>
          </Card>
        );
      })}
    </Box>
  );
}

/** One plugin on the Plugins page: what it is, where it came from, its status and errors, and its switch. */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { PluginSummary } from '@wheelhouse/api-types';
import type { PluginRoute } from '@wheelhouse/plugin-sdk';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { Registered } from './extension-registry.ts';
import type { PluginStatus } from './plugin-loader.ts';
import { PluginStatusChip } from './plugin-status-chip.tsx';
import { pluginSlug } from './use-plugin-extensions.ts';

/** Props of {@link PluginCard}. */
export interface PluginCardProps {
  readonly summary: PluginSummary;
  readonly status: PluginStatus | undefined;
  readonly canConfigure: boolean;
  readonly switching: boolean;
  readonly onSwitch: (enabled: boolean) => void;
  /** The plugin's global pages (linked here). */
  readonly pages: readonly Registered<PluginRoute>[];
}

function Problems({ summary, status }: Pick<PluginCardProps, 'summary' | 'status'>) {
  const { t } = useTranslation();
  return (
    <>
      {summary.errors.map((error) => (
        <Alert key={`${error.field ?? ''}${error.message}`} severity="error" sx={{ mt: 1 }}>
          {error.field === undefined ? error.message : `${error.field}: ${error.message}`}
        </Alert>
      ))}
      {status?.state === 'failed' && (
        <Alert severity="error" sx={{ mt: 1 }}>
          <strong>{t(`plugins.phase.${status.phase}`)}</strong> — {status.message}
        </Alert>
      )}
      {status?.state === 'loaded' && status.renderErrors.length > 0 && (
        <Alert severity="warning" sx={{ mt: 1 }}>
          <strong>{t('plugins.renderErrors')}</strong>: {status.renderErrors.join(' · ')}
        </Alert>
      )}
    </>
  );
}

/** See the module comment. */
export function PluginCard(props: PluginCardProps) {
  const { t } = useTranslation();
  const { summary } = props;
  const label = summary.enabled
    ? t('plugins.disable', { plugin: summary.displayName })
    : t('plugins.enable', { plugin: summary.displayName });
  return (
    <Card data-testid={`plugin-card-${summary.name}`}>
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 2 }}>
          <Box sx={{ flex: 1, minWidth: 0 }}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
              <Typography variant="h3" component="h2">
                {summary.displayName}
              </Typography>
              {summary.version !== '' && (
                <Chip size="small" variant="outlined" label={`v${summary.version}`} />
              )}
              <PluginStatusChip summary={summary} status={props.status} />
            </Stack>
            <Typography variant="body2" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
              {summary.name}
            </Typography>
            {summary.description !== undefined && (
              <Typography variant="body2">{summary.description}</Typography>
            )}
            <Typography
              variant="caption"
              color="text.secondary"
              component="p"
              title={`${summary.origin.dir}/${summary.origin.folder}`}
            >
              {t(`plugins.origin.${summary.origin.kind}`)} ·{' '}
              {t('plugins.folder', { path: `${summary.origin.dir}/${summary.origin.folder}` })}
            </Typography>
            {props.pages.length > 0 && (
              <Typography variant="body2" sx={{ mt: 1 }}>
                {t('plugins.pages')}:{' '}
                {props.pages.map((page, index) => (
                  <span key={page.key}>
                    {index > 0 && ' · '}
                    <Link component={RouterLink} to={`/p/${pluginSlug(page.plugin)}/${page.value.path}`}>
                      {page.value.title}
                    </Link>
                  </span>
                ))}
              </Typography>
            )}
          </Box>
          <Tooltip title={props.canConfigure ? label : t('plugins.readOnly')}>
            <span>
              <Switch
                checked={summary.enabled}
                disabled={!props.canConfigure || props.switching}
                onChange={(event) => {
                  props.onSwitch(event.target.checked);
                }}
                slotProps={{ input: { 'aria-label': label } }}
              />
            </span>
          </Tooltip>
        </Box>
        <Problems summary={summary} status={props.status} />
      </CardContent>
    </Card>
  );
}

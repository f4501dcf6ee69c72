/** The Settings page's plugin part: a link to the Plugins page and each plugin's settings section. */
import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { ExtensionBoundary } from './extension-boundary.tsx';
import { PluginThemePicker } from './plugin-theme-picker.tsx';
import { usePluginSettingsSections } from './use-plugin-extensions.ts';

/** See the module comment. */
export function PluginSettingsSections() {
  const { t } = useTranslation();
  const sections = usePluginSettingsSections();
  return (
    <>
      <Card>
        <CardActionArea component={RouterLink} to="/settings/plugins">
          <CardContent>
            <Typography variant="h3" component="h2">
              {t('plugins.settingsLink')}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {t('plugins.settingsHint')}
            </Typography>
          </CardContent>
        </CardActionArea>
      </Card>
      <PluginThemePicker />
      {sections.map((entry) => {
        const Section = entry.value.component;
        return (
          <Card key={entry.key}>
            <CardContent>
              <Typography variant="h3" component="h2" gutterBottom>
                {entry.value.title}
              </Typography>
              <ExtensionBoundary plugin={entry.plugin}>
                <Section />
              </ExtensionBoundary>
            </CardContent>
          </Card>
        );
      })}
    </>
  );
}

import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useConfig } from '../../api/use-config.ts';
import { supportedLanguages } from '../../app/i18n.ts';
import { PageContainer } from '../../app/page-container.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { PluginSettingsSections } from '../../plugins/plugin-settings-sections.tsx';
import { setClusterHidden, updateSettings, useSettings, type ColorModeSetting } from './settings-store.ts';

/** `/settings`: theme, language, hidden clusters, and what this server is. */
export function SettingsPage() {
  const { t, i18n } = useTranslation();
  const settings = useSettings();
  const config = useConfig().data;
  return (
    <PageContainer maxWidth={720}>
      <PageHeader title={t('settings.title')} subtitle={t('settings.subtitle')} />
      <Stack spacing={2}>
        <Card>
          <CardContent>
            <FormControl>
              <FormLabel id="theme-label">{t('settings.theme')}</FormLabel>
              <RadioGroup
                row
                aria-labelledby="theme-label"
                value={settings.colorMode}
                onChange={(event) => {
                  updateSettings((s) => ({ ...s, colorMode: event.target.value as ColorModeSetting }));
                }}
              >
                {(['system', 'light', 'dark'] as const).map((mode) => (
                  <FormControlLabel
                    key={mode}
                    value={mode}
                    control={<Radio />}
                    label={t(`settings.mode.${mode}`)}
                  />
                ))}
              </RadioGroup>
            </FormControl>
            <TextField
              select
              label={t('settings.language')}
              value={i18n.resolvedLanguage ?? 'en'}
              onChange={(event) => {
                updateSettings((s) => ({ ...s, language: event.target.value }));
                void i18n.changeLanguage(event.target.value);
              }}
              sx={{ display: 'block', mt: 3, '& .MuiInputBase-root': { minWidth: 220 } }}
            >
              {supportedLanguages.map((language) => (
                <MenuItem key={language.code} value={language.code}>
                  {language.label}
                </MenuItem>
              ))}
            </TextField>
          </CardContent>
        </Card>
        <Card>
          <CardContent>
            <Typography variant="h3" component="h2">
              {t('settings.hidden')}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {t('settings.hiddenHint')}
            </Typography>
            <List dense>
              {settings.hiddenClusters.length === 0 && (
                <ListItem>
                  <ListItemText secondary={t('settings.noHidden')} />
                </ListItem>
              )}
              {settings.hiddenClusters.map((name) => (
                <ListItem
                  key={name}
                  secondaryAction={
                    <Button
                      size="small"
                      onClick={() => {
                        setClusterHidden(name, false);
                      }}
                    >
                      {t('clusterActions.show')}
                    </Button>
                  }
                >
                  <ListItemText primary={name} />
                </ListItem>
              ))}
            </List>
          </CardContent>
        </Card>
        <PluginSettingsSections />
        {config && (
          <Card>
            <CardContent>
              <Typography variant="h3" component="h2" gutterBottom>
                {t('settings.server')}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {t('settings.serverInfo', {
                  version: config.version,
                  mode: t(`settings.serverMode.${config.mode}`),
                })}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {config.features.dynamicClusters ? t('settings.dynamicOn') : t('settings.dynamicOff')}
              </Typography>
            </CardContent>
          </Card>
        )}
      </Stack>
    </PageContainer>
  );
}

/** Settings card to pick a theme a plugin provides (shown only when a plugin provides one). */
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { useTranslation } from 'react-i18next';
import {
  pickPluginTheme,
  pluginThemeKey,
  useActivePluginTheme,
  usePickedPluginTheme,
} from './plugin-theme.ts';
import { usePluginThemes } from './use-plugin-extensions.ts';

const NONE = '';

/** See the module comment. */
export function PluginThemePicker() {
  const { t } = useTranslation();
  const themes = usePluginThemes();
  const picked = usePickedPluginTheme();
  const active = useActivePluginTheme();
  if (themes.length === 0) return null;
  return (
    <Card>
      <CardContent>
        <FormControl>
          <FormLabel id="plugin-theme-label">{t('plugins.themes')}</FormLabel>
          <RadioGroup
            aria-labelledby="plugin-theme-label"
            value={active === undefined ? NONE : (picked ?? NONE)}
            onChange={(event) => {
              pickPluginTheme(event.target.value === NONE ? undefined : event.target.value);
            }}
          >
            <FormControlLabel value={NONE} control={<Radio />} label={t('plugins.themeDefault')} />
            {themes.map((entry) => (
              <FormControlLabel
                key={entry.key}
                value={pluginThemeKey(entry.plugin, entry.value)}
                control={<Radio />}
                label={`${entry.value.label} (${entry.plugin})`}
              />
            ))}
          </RadioGroup>
        </FormControl>
      </CardContent>
    </Card>
  );
}

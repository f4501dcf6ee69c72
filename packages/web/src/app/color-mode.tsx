import CssBaseline from '@mui/material/CssBaseline';
import { createTheme, ThemeProvider } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useMemo, type ReactNode } from 'react';
import { useSettings } from '../features/settings/settings-store.ts';
import { useActivePluginTheme } from '../plugins/plugin-theme.ts';
import { createAppTheme } from './theme.ts';

/** The palette mode in effect: the stored choice, or the OS preference when it is `system`. */
export function useResolvedColorMode(): 'light' | 'dark' {
  const { colorMode } = useSettings();
  const prefersDark = useMediaQuery('(prefers-color-scheme: dark)', { noSsr: true });
  if (colorMode === 'system') return prefersDark ? 'dark' : 'light';
  return colorMode;
}

/** Provides the MUI theme for the resolved colour mode, and the CSS baseline. */
export function AppThemeProvider({ children }: { readonly children: ReactNode }) {
  const resolved = useResolvedColorMode();
  // A plugin theme the user picked in Settings (docs/plugins.md) brings its own mode.
  const pluginTheme = useActivePluginTheme();
  const mode = pluginTheme?.mode ?? resolved;
  const theme = useMemo(
    () => (pluginTheme ? createTheme(createAppTheme(mode), pluginTheme.options) : createAppTheme(mode)),
    [mode, pluginTheme],
  );
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline enableColorScheme />
      {children}
    </ThemeProvider>
  );
}

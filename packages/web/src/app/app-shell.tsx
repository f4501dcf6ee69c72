import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Toolbar from '@mui/material/Toolbar';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import DarkModeIcon from '@mui/icons-material/DarkMode';
import LightModeIcon from '@mui/icons-material/LightMode';
import MenuIcon from '@mui/icons-material/Menu';
import SearchIcon from '@mui/icons-material/Search';
import SettingsIcon from '@mui/icons-material/Settings';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, Outlet, useParams } from 'react-router';
import { ClusterChooser } from '../features/clusters/cluster-chooser.tsx';
import { PluginAppBarActions } from '../plugins/plugin-app-bar-actions.tsx';
import { PluginBridge } from '../plugins/plugin-bridge.tsx';
import { updateSettings } from '../features/settings/settings-store.ts';
import { useResolvedColorMode } from './color-mode.tsx';
import { GlobalSearch } from './global-search.tsx';
import { Logo } from './logo.tsx';

/** Opens the per-cluster sidebar on narrow screens; set by the cluster layout. */
export interface ShellContext {
  readonly navOpen: boolean;
  readonly setNavOpen: (open: boolean) => void;
}

/** The app frame: app bar (brand, cluster chooser, search, theme, settings) above the routed page. */
export function AppShell() {
  const { t } = useTranslation();
  const { cluster } = useParams();
  const mode = useResolvedColorMode();
  const [searchOpen, setSearchOpen] = useState(false);
  const [navOpen, setNavOpen] = useState(false);
  const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', minHeight: '100vh' }}>
      <a href="#main" className="skip-link">
        {t('nav.skip')}
      </a>
      <AppBar position="sticky">
        <Toolbar sx={{ gap: 1.5 }} variant="dense">
          {cluster && (
            <IconButton
              edge="start"
              aria-label={t('nav.openMenu')}
              onClick={() => {
                setNavOpen(true);
              }}
              sx={{ display: { md: 'none' } }}
            >
              <MenuIcon />
            </IconButton>
          )}
          <Box
            component={RouterLink}
            to="/"
            sx={{ display: 'flex', alignItems: 'center', gap: 1, color: 'inherit', textDecoration: 'none' }}
            aria-label={t('nav.homeLink')}
          >
            <Logo />
            <Typography variant="h3" component="span" sx={{ display: { xs: 'none', sm: 'block' } }}>
              Wheelhouse
            </Typography>
          </Box>
          <ClusterChooser />
          <Box sx={{ flex: 1 }} />
          <PluginAppBarActions />
          <Button
            color="inherit"
            variant="outlined"
            startIcon={<SearchIcon />}
            onClick={() => {
              setSearchOpen(true);
            }}
            aria-keyshortcuts="/ Control+K"
            sx={{
              borderColor: 'divider',
              color: 'text.secondary',
              minWidth: { sm: 200 },
              justifyContent: 'flex-start',
            }}
          >
            <Box component="span" sx={{ flex: 1, textAlign: 'left', display: { xs: 'none', sm: 'block' } }}>
              {t('search.button')}
            </Box>
            <Box
              component="kbd"
              sx={{
                fontSize: 11,
                ml: 1,
                px: 0.5,
                border: 1,
                borderColor: 'divider',
                borderRadius: 0.5,
                display: { xs: 'none', sm: 'block' },
              }}
            >
              {isMac ? '⌘K' : 'Ctrl K'}
            </Box>
          </Button>
          <Tooltip title={mode === 'dark' ? t('theme.toLight') : t('theme.toDark')}>
            <IconButton
              aria-label={mode === 'dark' ? t('theme.toLight') : t('theme.toDark')}
              onClick={() => {
                updateSettings((s) => ({ ...s, colorMode: mode === 'dark' ? 'light' : 'dark' }));
              }}
            >
              {mode === 'dark' ? <LightModeIcon /> : <DarkModeIcon />}
            </IconButton>
          </Tooltip>
          <Tooltip title={t('nav.settings')}>
            <IconButton component={RouterLink} to="/settings" aria-label={t('nav.settings')}>
              <SettingsIcon />
            </IconButton>
          </Tooltip>
        </Toolbar>
      </AppBar>
      <GlobalSearch open={searchOpen} onOpenChange={setSearchOpen} />
      <PluginBridge />
      <Box sx={{ flex: 1, display: 'flex', minHeight: 0 }}>
        <Outlet context={{ navOpen, setNavOpen } satisfies ShellContext} />
      </Box>
    </Box>
  );
}

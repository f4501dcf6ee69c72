/** The sidebar entries of plugins' cluster pages (below the app's own sections in a cluster's sidebar). */
import ExtensionIcon from '@mui/icons-material/ExtensionOutlined';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { ExtensionBoundary } from './extension-boundary.tsx';
import { pluginSlug, usePluginRoutes } from './use-plugin-extensions.ts';

/** See the module comment; renders nothing without plugin pages. */
export function PluginNavSection(props: { readonly cluster: string; readonly onNavigate: () => void }) {
  const { t } = useTranslation();
  const entries = usePluginRoutes().filter(
    (entry) => (entry.value.scope ?? 'cluster') === 'cluster' && entry.value.sidebar,
  );
  if (entries.length === 0) return null;
  return (
    <List dense subheader={<ListSubheader>{t('plugins.title')}</ListSubheader>}>
      {entries.map((entry) => (
        <ListItem key={entry.key} disablePadding>
          <ListItemButton
            component={NavLink}
            to={`/c/${encodeURIComponent(props.cluster)}/p/${pluginSlug(entry.plugin)}/${entry.value.path}`}
            onClick={props.onNavigate}
            sx={{ mx: 1, borderRadius: 1, '&.active': { bgcolor: 'action.selected', color: 'primary.main' } }}
          >
            <ListItemIcon sx={{ minWidth: 34, color: 'inherit' }}>
              <ExtensionBoundary plugin={entry.plugin} compact>
                {entry.value.sidebar?.icon ?? <ExtensionIcon fontSize="small" />}
              </ExtensionBoundary>
            </ListItemIcon>
            <ListItemText primary={entry.value.sidebar?.label ?? entry.value.title} />
          </ListItemButton>
        </ListItem>
      ))}
    </List>
  );
}

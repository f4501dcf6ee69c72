import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Typography from '@mui/material/Typography';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useOutletContext, useParams } from 'react-router';
import type { ShellContext } from '../../app/app-shell.tsx';
import { useCluster } from '../../api/use-config.ts';
import { rememberCluster } from '../settings/settings-store.ts';
import { clusterNavExtensions, clusterNavSections } from './cluster-nav.tsx';
import { StatusDot } from './cluster-status.tsx';

const WIDTH = 232;

function Sidebar({ cluster, onNavigate }: { readonly cluster: string; readonly onNavigate: () => void }) {
  const { t } = useTranslation();
  const summary = useCluster(cluster);
  return (
    <Box component="nav" aria-label={t('clusterNav.label')} sx={{ width: WIDTH, py: 1 }}>
      <Box sx={{ px: 2, py: 1, display: 'flex', alignItems: 'center', gap: 1 }}>
        {summary && <StatusDot status={summary.status} />}
        <Typography variant="subtitle2" noWrap title={cluster}>
          {cluster}
        </Typography>
      </Box>
      {clusterNavSections.map((section) => (
        <List
          key={section.id}
          dense
          subheader={section.titleKey ? <ListSubheader>{t(section.titleKey)}</ListSubheader> : undefined}
        >
          {section.items.map((item) => (
            <ListItem key={item.path} disablePadding>
              <ListItemButton
                component={NavLink}
                to={`/c/${encodeURIComponent(cluster)}/${item.path}`}
                end
                onClick={onNavigate}
                sx={{
                  mx: 1,
                  borderRadius: 1,
                  '&.active': { bgcolor: 'action.selected', color: 'primary.main' },
                }}
              >
                <ListItemIcon sx={{ minWidth: 34, color: 'inherit' }}>{item.icon}</ListItemIcon>
                <ListItemText primary={t(item.labelKey)} />
              </ListItemButton>
            </ListItem>
          ))}
        </List>
      ))}
      {clusterNavExtensions.map((Extension, index) => (
        <Extension key={index} cluster={cluster} onNavigate={onNavigate} />
      ))}
    </Box>
  );
}

/** Frame of the `/c/:cluster/…` pages: the cluster's sidebar (a drawer on narrow screens) and the page. */
export function ClusterLayout() {
  const { cluster = '' } = useParams();
  const { navOpen, setNavOpen } = useOutletContext<ShellContext>();
  useEffect(() => {
    rememberCluster(cluster);
  }, [cluster]);
  const close = (): void => {
    setNavOpen(false);
  };
  return (
    <>
      <Drawer
        variant="permanent"
        sx={{
          display: { xs: 'none', md: 'block' },
          width: WIDTH,
          flexShrink: 0,
          '& .MuiDrawer-paper': { position: 'sticky', top: 48, height: 'calc(100vh - 48px)', width: WIDTH },
        }}
      >
        <Sidebar cluster={cluster} onNavigate={close} />
      </Drawer>
      <Drawer variant="temporary" open={navOpen} onClose={close} sx={{ display: { md: 'none' } }}>
        <Sidebar cluster={cluster} onNavigate={close} />
      </Drawer>
      <Outlet />
    </>
  );
}

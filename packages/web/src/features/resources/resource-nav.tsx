import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Collapse from '@mui/material/Collapse';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Skeleton from '@mui/material/Skeleton';
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useDiscovery } from '../../k8s/hooks/use-discovery.ts';
import { navSections, type NavResource, type ResourceSection } from '../../k8s/resource-registry.ts';
import { listUrl } from '../../k8s/resource-route.ts';

const storageKey = 'wheelhouse.resourceNav.collapsed';

function readCollapsed(): Set<string> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '[]');
    return new Set(Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : []);
  } catch {
    return new Set();
  }
}

function NavItem(props: {
  readonly cluster: string;
  readonly item: NavResource;
  readonly onNavigate: () => void;
}) {
  const { type } = props.item;
  return (
    <ListItem disablePadding>
      <ListItemButton
        component={NavLink}
        to={listUrl(props.cluster, type)}
        onClick={props.onNavigate}
        title={`${type.kind} (${type.group || 'core'}/${type.version})`}
        sx={{
          mx: 1,
          py: 0.25,
          pl: 2,
          borderRadius: 1,
          '&.active': { bgcolor: 'action.selected', color: 'primary.main' },
        }}
      >
        <ListItemText
          primary={props.item.label}
          slotProps={{ primary: { noWrap: true, variant: 'body2' } }}
        />
      </ListItemButton>
    </ListItem>
  );
}

/**
 * The resource browser's part of a cluster's sidebar: Workloads, Network, Storage, Configuration, Access
 * control, Cluster and Custom resources, filled from the cluster's API discovery. Groups collapse (remembered).
 */
export function ResourceNav(props: { readonly cluster: string; readonly onNavigate: () => void }) {
  const { t } = useTranslation();
  const discovery = useDiscovery(props.cluster);
  const [collapsed, setCollapsed] = useState(readCollapsed);
  const toggle = (section: ResourceSection): void => {
    const next = new Set(collapsed);
    if (next.has(section)) next.delete(section);
    else next.add(section);
    setCollapsed(next);
    try {
      localStorage.setItem(storageKey, JSON.stringify([...next]));
    } catch {
      // no storage: the choice lasts for this page only
    }
  };
  if (discovery.isPending)
    return (
      <Box sx={{ px: 2 }} aria-label={t('resources.nav.loading')} role="status">
        {[0, 1, 2, 3, 4].map((i) => (
          <Skeleton key={i} height={28} />
        ))}
      </Box>
    );
  if (discovery.isError)
    return (
      <Alert severity="warning" sx={{ mx: 1, my: 1 }}>
        {t('resources.nav.failed', { message: discovery.error.message })}
      </Alert>
    );
  return navSections(discovery.data.resources)
    .filter((group) => group.items.length > 0)
    .map((group) => {
      const title = t(`resources.section.${group.section}`);
      const open = !collapsed.has(group.section);
      return (
        <List
          key={group.section}
          dense
          disablePadding
          aria-label={title}
          subheader={
            <ListSubheader
              disableGutters
              sx={{ lineHeight: '32px', bgcolor: 'transparent', position: 'static' }}
            >
              <ListItemButton
                onClick={() => {
                  toggle(group.section);
                }}
                aria-expanded={open}
                aria-label={t(open ? 'resources.nav.collapse' : 'resources.nav.expand', { section: title })}
                sx={{ py: 0, px: 2, mx: 0, justifyContent: 'space-between', color: 'text.secondary' }}
              >
                <Box component="span" sx={{ fontSize: 12, fontWeight: 600, letterSpacing: 0.4 }}>
                  {title}
                </Box>
                {open ? <ExpandLessIcon fontSize="small" /> : <ExpandMoreIcon fontSize="small" />}
              </ListItemButton>
            </ListSubheader>
          }
        >
          {/* The items live in a list of their own inside an <li>: a <ul> may hold only <li>s. */}
          <Collapse component="li" in={open} unmountOnExit>
            <List dense disablePadding>
              {group.items.map((item) => (
                <NavItem
                  key={`${item.type.group}/${item.type.resource}`}
                  cluster={props.cluster}
                  item={item}
                  onNavigate={props.onNavigate}
                />
              ))}
            </List>
          </Collapse>
        </List>
      );
    });
}

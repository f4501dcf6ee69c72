import Dialog from '@mui/material/Dialog';
import AddIcon from '@mui/icons-material/Add';
import HomeIcon from '@mui/icons-material/Home';
import SettingsIcon from '@mui/icons-material/Settings';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CommandList, type CommandItem } from '../ui/command-list.tsx';
import { useShortcut } from '../ui/use-shortcut.ts';
import { useClusterItems } from '../features/clusters/cluster-chooser.tsx';
import { useResourceSearchItems } from '../features/resources/use-resource-search-items.ts';

/** Props of {@link GlobalSearch}. */
export interface GlobalSearchProps {
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
}

/**
 * The global search (`/` or Ctrl+K): jump to a cluster, a page, a kind of the current cluster or one of its
 * objects (by name and kind, also across the clusters of a multi-cluster list).
 */
export function GlobalSearch({ open, onOpenChange }: GlobalSearchProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useShortcut([{ key: '/' }, { key: 'k', mod: true }], () => {
    onOpenChange(true);
  });
  const pages: CommandItem[] = [
    { id: '/', label: t('nav.home'), group: t('search.pages'), icon: <HomeIcon fontSize="small" /> },
    { id: '/add', label: t('nav.addCluster'), group: t('search.pages'), icon: <AddIcon fontSize="small" /> },
    {
      id: '/settings',
      label: t('nav.settings'),
      group: t('search.pages'),
      icon: <SettingsIcon fontSize="small" />,
    },
  ];
  const clusters = useClusterItems().filter((item) => item.group === t('chooser.all'));
  const resources = useResourceSearchItems(open);
  return (
    <Dialog
      open={open}
      onClose={() => {
        onOpenChange(false);
      }}
      fullWidth
      maxWidth="sm"
      aria-label={t('search.title')}
      slotProps={{ paper: { sx: { alignSelf: 'flex-start', mt: '12vh' } } }}
    >
      <CommandList
        items={[...clusters, ...pages, ...resources.items]}
        limit={60}
        placeholder={t('search.placeholder')}
        emptyText={t('search.empty')}
        onSelect={(item) => {
          onOpenChange(false);
          // Pages and resource items carry their path; clusters their name (which never starts with '/').
          void navigate(item.id.startsWith('/') ? item.id : `/c/${encodeURIComponent(item.id)}`);
        }}
      />
    </Dialog>
  );
}

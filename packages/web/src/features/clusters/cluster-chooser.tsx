import Button from '@mui/material/Button';
import Popover from '@mui/material/Popover';
import Tooltip from '@mui/material/Tooltip';
import Box from '@mui/material/Box';
import StorageIcon from '@mui/icons-material/Storage';
import HistoryIcon from '@mui/icons-material/History';
import UnfoldMoreIcon from '@mui/icons-material/UnfoldMore';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useClusters } from '../../api/use-config.ts';
import { CommandList, type CommandItem } from '../../ui/command-list.tsx';
import { useShortcut } from '../../ui/use-shortcut.ts';
import { useSettings } from '../settings/settings-store.ts';
import { StatusDot } from './cluster-status.tsx';

/** Items of the chooser: recent clusters first, then all. */
export function useClusterItems(): CommandItem[] {
  const { t } = useTranslation();
  const clusters = useClusters();
  const { recentClusters } = useSettings();
  const byName = new Map(clusters.map((c) => [c.name, c]));
  const recent = recentClusters.flatMap((name) => byName.get(name) ?? []);
  const item =
    (group: string, recentItem: boolean) =>
    (c: (typeof clusters)[number]): CommandItem => ({
      id: c.name,
      label: c.name,
      description: c.server,
      group,
      keywords: c.contextName ?? '',
      icon: recentItem ? <HistoryIcon fontSize="small" /> : <StorageIcon fontSize="small" />,
      adornment: <StatusDot status={c.status} />,
    });
  return [...recent.map(item(t('chooser.recent'), true)), ...clusters.map(item(t('chooser.all'), false))];
}

/** App-bar button naming the current cluster; opens a searchable list (shortcut: `c`). */
export function ClusterChooser() {
  const { t } = useTranslation();
  const { cluster } = useParams();
  const navigate = useNavigate();
  const [anchor, setAnchor] = useState<HTMLButtonElement | null>(null);
  const [open, setOpen] = useState(false);
  const items = useClusterItems();
  useShortcut([{ key: 'c' }], () => {
    setOpen(true);
  });
  return (
    <>
      <Tooltip title={t('chooser.tooltip')} describeChild>
        <Button
          ref={setAnchor}
          color="inherit"
          variant="outlined"
          onClick={() => {
            setOpen(true);
          }}
          endIcon={<UnfoldMoreIcon />}
          aria-haspopup="dialog"
          aria-keyshortcuts="c"
          sx={{ borderColor: 'divider', maxWidth: { xs: 160, sm: 260 }, justifyContent: 'space-between' }}
        >
          <Box component="span" sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
            {cluster ?? t('chooser.choose')}
          </Box>
        </Button>
      </Tooltip>
      <Popover
        open={open}
        anchorEl={anchor}
        onClose={() => {
          setOpen(false);
        }}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
        slotProps={{
          paper: { sx: { width: 380, maxWidth: '95vw' }, role: 'dialog', 'aria-label': t('chooser.title') },
        }}
      >
        <CommandList
          items={items}
          placeholder={t('chooser.search')}
          emptyText={t('chooser.empty')}
          onSelect={(item) => {
            setOpen(false);
            void navigate(`/c/${encodeURIComponent(item.id)}`);
          }}
        />
      </Popover>
    </>
  );
}

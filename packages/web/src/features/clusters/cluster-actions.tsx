import type { ClusterSummary } from '@wheelhouse/api-types';
import IconButton from '@mui/material/IconButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import EditIcon from '@mui/icons-material/EditOutlined';
import KeyIcon from '@mui/icons-material/Key';
import MoreVertIcon from '@mui/icons-material/MoreVert';
import OpenInNewIcon from '@mui/icons-material/ArrowForward';
import VisibilityIcon from '@mui/icons-material/VisibilityOutlined';
import VisibilityOffIcon from '@mui/icons-material/VisibilityOffOutlined';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { useNotify } from '../../ui/notifications.tsx';
import { setClusterHidden } from '../settings/settings-store.ts';
import { ClusterLoginDialog } from './cluster-login-dialog.tsx';
import { RenameDialog } from './rename-dialog.tsx';
import { useRemoveCluster } from './use-cluster-mutations.ts';

type Open = 'none' | 'rename' | 'remove' | 'login';

/** The "⋮" menu of one cluster row: open, log in, rename/remove (dynamic) or hide (kubeconfig). */
export function ClusterActions({
  cluster,
  hidden,
}: {
  readonly cluster: ClusterSummary;
  readonly hidden: boolean;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const navigate = useNavigate();
  const remove = useRemoveCluster();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [open, setOpen] = useState<Open>('none');
  const dynamic = cluster.source === 'dynamic';
  const choose = (next: Open) => (): void => {
    setAnchor(null);
    setOpen(next);
  };
  const items = [
    <MenuItem key="open" onClick={() => void navigate(`/c/${encodeURIComponent(cluster.name)}`)}>
      <ListItemIcon>
        <OpenInNewIcon fontSize="small" />
      </ListItemIcon>
      {t('clusterActions.open')}
    </MenuItem>,
    (cluster.status.state === 'unauthorized' || cluster.status.state === 'forbidden') && (
      <MenuItem key="login" onClick={choose('login')}>
        <ListItemIcon>
          <KeyIcon fontSize="small" />
        </ListItemIcon>
        {t('login.cluster.action')}
      </MenuItem>
    ),
    dynamic && (
      <MenuItem key="rename" onClick={choose('rename')}>
        <ListItemIcon>
          <EditIcon fontSize="small" />
        </ListItemIcon>
        {t('clusterActions.rename')}
      </MenuItem>
    ),
    dynamic && (
      <MenuItem key="remove" onClick={choose('remove')} sx={{ color: 'error.main' }}>
        <ListItemIcon sx={{ color: 'inherit' }}>
          <DeleteIcon fontSize="small" />
        </ListItemIcon>
        {t('clusterActions.remove')}
      </MenuItem>
    ),
    !dynamic && (
      <MenuItem
        key="hide"
        onClick={() => {
          setAnchor(null);
          setClusterHidden(cluster.name, !hidden);
          notify(
            t(hidden ? 'clusterActions.shown' : 'clusterActions.hidden', { cluster: cluster.name }),
            'info',
          );
        }}
      >
        <ListItemIcon>
          {hidden ? <VisibilityIcon fontSize="small" /> : <VisibilityOffIcon fontSize="small" />}
        </ListItemIcon>
        {hidden ? t('clusterActions.show') : t('clusterActions.hide')}
      </MenuItem>
    ),
  ];
  return (
    <>
      <IconButton
        aria-label={t('clusterActions.menu', { cluster: cluster.name })}
        aria-haspopup="menu"
        onClick={(event) => {
          setAnchor(event.currentTarget);
        }}
      >
        <MoreVertIcon />
      </IconButton>
      <Menu
        anchorEl={anchor}
        open={anchor !== null}
        onClose={() => {
          setAnchor(null);
        }}
      >
        {items.filter(Boolean)}
      </Menu>
      {open === 'rename' && <RenameDialog cluster={cluster.name} onClose={choose('none')} />}
      <ClusterLoginDialog cluster={cluster.name} open={open === 'login'} onClose={choose('none')} />
      <ConfirmDialog
        open={open === 'remove'}
        title={t('remove.title', { cluster: cluster.name })}
        message={t('remove.message')}
        confirmLabel={t('clusterActions.remove')}
        destructive
        busy={remove.isPending}
        onClose={choose('none')}
        onConfirm={() => {
          remove.mutate(cluster.name, {
            onSuccess: () => {
              notify(t('remove.done', { cluster: cluster.name }));
              setOpen('none');
            },
            onError: (error) => {
              notify(error.message, 'error');
            },
          });
        }}
      />
    </>
  );
}

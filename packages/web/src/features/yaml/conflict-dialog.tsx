import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useTranslation } from 'react-i18next';
import type { ConflictState } from './use-object-yaml.ts';

/** Props of {@link ConflictDialog}. */
export interface ConflictDialogProps {
  readonly conflict: ConflictState | undefined;
  readonly kind: string;
  readonly name: string;
  /** The resourceVersion the user's edit was based on. */
  readonly loadedVersion: string | undefined;
  readonly onReapply: () => void;
  readonly onClose: () => void;
}

/** Explains a 409 Conflict in plain words and offers to lay the user's changes over the current object. */
export function ConflictDialog({
  conflict,
  kind,
  name,
  loadedVersion,
  onReapply,
  onClose,
}: ConflictDialogProps) {
  const { t } = useTranslation();
  const latest = conflict?.latest;
  return (
    <Dialog
      open={conflict !== undefined}
      onClose={onClose}
      aria-labelledby="conflict-title"
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id="conflict-title">{t('yaml.conflict.title', { kind, name })}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          {t('yaml.conflict.explain', {
            mine: loadedVersion ?? '?',
            theirs: latest?.metadata?.resourceVersion ?? '?',
          })}
        </DialogContentText>
        <DialogContentText>
          {latest === null ? t('yaml.conflict.gone') : t('yaml.conflict.howTo')}
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('yaml.conflict.keepEditing')}</Button>
        <Button variant="contained" onClick={onReapply} disabled={!latest} autoFocus>
          {t('yaml.conflict.reapply')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

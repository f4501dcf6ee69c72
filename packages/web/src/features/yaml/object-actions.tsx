import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import EditIcon from '@mui/icons-material/EditOutlined';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCan, type CanResult } from '../../k8s/hooks/use-access-review.ts';
import type { ObjectRef } from '../../k8s/resource-ref.ts';
import { accessCheckFor, editYamlPath } from './edit-yaml-path.ts';

const DeleteObjectDialog = lazy(() =>
  import('./delete-object-dialog.tsx').then((m) => ({ default: m.DeleteObjectDialog })),
);

/** Props of {@link ObjectActions}. */
export interface ObjectActionsProps {
  readonly objectRef: ObjectRef;
  /** What "Edit YAML" does (e.g. open the YAML tab); default: go to the full-screen editor page. */
  readonly onEdit?: () => void;
  /** Called after the API server accepted a deletion (e.g. go back to the list). */
  readonly onDeleted?: () => void;
  /** Hide "Edit YAML" (on the editor page itself). */
  readonly hideEdit?: boolean;
}

/** A button that explains, as its tooltip, why it is disabled when the user may not use it. */
function GuardedButton({
  can,
  label,
  children,
}: {
  readonly can: CanResult;
  readonly label: string;
  readonly children: ReactNode;
}) {
  const { t } = useTranslation();
  const title = can.allowed === false ? (can.reason ?? '') : can.loading ? t('yaml.access.checking') : label;
  return (
    <Tooltip title={title} describeChild>
      {/* A disabled button fires no events; the span carries the tooltip and keeps it reachable by keyboard. */}
      <span tabIndex={can.allowed === false ? 0 : undefined}>{children}</span>
    </Tooltip>
  );
}

/**
 * "Edit YAML" and "Delete" for one object. Each is disabled, with the reason as tooltip, when a
 * SelfSubjectAccessReview says the user may not `update` / `delete` it.
 */
export function ObjectActions({ objectRef, onEdit, onDeleted, hideEdit }: ObjectActionsProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [deleting, setDeleting] = useState(false);
  const canUpdate = useCan(objectRef.cluster, accessCheckFor(objectRef, 'update'));
  const canDelete = useCan(objectRef.cluster, accessCheckFor(objectRef, 'delete'));
  return (
    <Stack direction="row" spacing={1}>
      {!hideEdit && (
        <GuardedButton can={canUpdate} label={t('yaml.editor.editYaml')}>
          <Button
            variant="outlined"
            startIcon={<EditIcon />}
            disabled={canUpdate.allowed === false || canUpdate.loading}
            onClick={() => {
              if (onEdit) onEdit();
              else void navigate(editYamlPath(objectRef));
            }}
          >
            {t('yaml.editor.editYaml')}
          </Button>
        </GuardedButton>
      )}
      <GuardedButton can={canDelete} label={t('yaml.delete.action')}>
        <Button
          variant="outlined"
          color="error"
          startIcon={<DeleteIcon />}
          disabled={canDelete.allowed === false || canDelete.loading}
          onClick={() => {
            setDeleting(true);
          }}
        >
          {t('yaml.delete.action')}
        </Button>
      </GuardedButton>
      {deleting && (
        <Suspense fallback={null}>
          <DeleteObjectDialog
            objectRef={objectRef}
            open={deleting}
            onClose={() => {
              setDeleting(false);
            }}
            {...(onDeleted ? { onDeleted } : {})}
          />
        </Suspense>
      )}
    </Stack>
  );
}

import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import AddIcon from '@mui/icons-material/Add';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';

const CreateFromYamlDialog = lazy(() =>
  import('./create-from-yaml-dialog.tsx').then((m) => ({ default: m.CreateFromYamlDialog })),
);

/** Props of {@link CreateFromYamlButton}. */
export interface CreateFromYamlButtonProps {
  readonly cluster: string;
  /** Namespace for documents that name none (default `default`). */
  readonly namespace?: string;
}

/**
 * "Create": opens a dialog to paste or type YAML documents, checks all of them with a server-side dry run,
 * then creates them. The dialog (and Monaco) load when first opened.
 */
export function CreateFromYamlButton({ cluster, namespace }: CreateFromYamlButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Tooltip title={t('yaml.create.tooltip')}>
        <Button
          variant="contained"
          startIcon={<AddIcon />}
          onClick={() => {
            setOpen(true);
          }}
        >
          {t('yaml.create.action')}
        </Button>
      </Tooltip>
      {open && (
        <Suspense fallback={null}>
          <CreateFromYamlDialog
            cluster={cluster}
            namespace={namespace ?? 'default'}
            open={open}
            onClose={() => {
              setOpen(false);
            }}
          />
        </Suspense>
      )}
    </>
  );
}

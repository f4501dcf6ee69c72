import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { kubeRequest } from '../../k8s/kube-request.ts';
import { parseManifests } from '../../k8s/yaml-documents.ts';
import { useNotify } from '../../ui/notifications.tsx';
import { createManifests, type DocumentResult } from './create-manifests.ts';
import { LazyYamlCodeEditor } from './monaco/lazy-editors.tsx';
import { CreateResults } from './create-results.tsx';
import { resolveKind } from './resolve-resource-type.ts';

/** Props of {@link CreateFromYamlDialog}. */
export interface CreateFromYamlDialogProps {
  readonly cluster: string;
  readonly namespace: string;
  readonly open: boolean;
  readonly onClose: () => void;
}

const starter = `apiVersion: v1
kind: ConfigMap
metadata:
  name: example
data:
  key: value
`;

/** The "Create from YAML" dialog; Monaco loads inside it on first use. */
export function CreateFromYamlDialog({ cluster, namespace, open, onClose }: CreateFromYamlDialogProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [text, setText] = useState(starter);
  const [results, setResults] = useState<readonly DocumentResult[] | undefined>();
  const [busy, setBusy] = useState(false);
  const [empty, setEmpty] = useState(false);
  const finished = results?.some((r) => r.outcome.state === 'created') ?? false;

  const submit = async (): Promise<void> => {
    const documents = parseManifests(text);
    setEmpty(documents.length === 0);
    if (documents.length === 0) return;
    setBusy(true);
    try {
      const final = await createManifests(
        documents,
        {
          cluster,
          defaultNamespace: namespace,
          resolve: (apiVersion, kind) => resolveKind(queryClient, cluster, apiVersion, kind),
          post: (path, body, dryRun) =>
            kubeRequest(path, {
              method: 'POST',
              body,
              query: dryRun ? { dryRun: 'All', fieldValidation: 'Strict' } : { fieldValidation: 'Strict' },
            }),
        },
        setResults,
      );
      const created = final.filter((r) => r.outcome.state === 'created').length;
      if (created === final.length) notify(t('yaml.create.allCreated', { count: created }));
      else if (created > 0) notify(t('yaml.create.partly', { created, total: final.length }), 'warning');
      await queryClient.invalidateQueries({ queryKey: ['cluster', cluster] });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={open}
      onClose={busy ? undefined : onClose}
      aria-labelledby="create-yaml-title"
      maxWidth="lg"
      fullWidth
    >
      <DialogTitle id="create-yaml-title">{t('yaml.create.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 1 }}>
          {t('yaml.create.explain')} {t('yaml.create.namespaceHint', { namespace })}
        </DialogContentText>
        {finished ? null : (
          <LazyYamlCodeEditor
            value={text}
            onChange={setText}
            ariaLabel={t('yaml.create.editorLabel')}
            height="min(50vh, 480px)"
          />
        )}
        {busy && <LinearProgress sx={{ mt: 1 }} aria-label={t('common.loading')} />}
        {empty && (
          <Alert severity="warning" sx={{ mt: 1 }}>
            {t('yaml.create.empty')}
          </Alert>
        )}
        {results && <CreateResults results={results} busy={busy} onNavigate={onClose} />}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {finished ? t('yaml.create.close') : t('common.cancel')}
        </Button>
        {finished ? (
          <Button
            variant="contained"
            onClick={() => {
              setResults(undefined);
            }}
          >
            {t('yaml.create.again')}
          </Button>
        ) : (
          <Button variant="contained" loading={busy} onClick={() => void submit()}>
            {t('yaml.create.submit')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}

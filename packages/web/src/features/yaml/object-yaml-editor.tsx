import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import RefreshIcon from '@mui/icons-material/Refresh';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../k8s/hooks/use-access-review.ts';
import type { ObjectRef } from '../../k8s/resource-ref.ts';
import { useNotify } from '../../ui/notifications.tsx';
import { ConflictDialog } from './conflict-dialog.tsx';
import { KubeErrorAlert } from './kube-error-alert.tsx';
import { LazyYamlCodeEditor, LazyYamlDiffEditor } from './monaco/lazy-editors.tsx';
import { ParseProblem } from './parse-problem.tsx';
import { toYaml } from '../../k8s/yaml-documents.ts';
import { withoutManagedFields } from '../../k8s/object-yaml.ts';
import { useKindSchema } from './use-kind-schema.ts';
import { useObjectYaml } from './use-object-yaml.ts';

/** Props of {@link ObjectYamlEditor}. */
export interface ObjectYamlEditorProps {
  readonly objectRef: ObjectRef;
  /** CSS height of the editor area. */
  readonly height?: string;
}

/**
 * View and edit one object's YAML: Monaco with the kind's schema, a diff before applying, a server-side
 * dry run, apply with optimistic concurrency and a guided way out of a 409 Conflict.
 */
export function ObjectYamlEditor({
  objectRef,
  height = 'max(360px, calc(100vh - 330px))',
}: ObjectYamlEditorProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const { kind } = objectRef.type;
  const { name } = objectRef;
  const session = useObjectYaml(objectRef);
  const [reviewing, setReviewing] = useState(false);
  const [bothChanged, setBothChanged] = useState<readonly string[] | undefined>();
  const schema = useKindSchema(objectRef.cluster, objectRef.type);
  const canUpdate = useCan(objectRef.cluster, {
    verb: 'update',
    group: objectRef.type.group,
    resource: objectRef.type.resource,
    name,
    ...(objectRef.namespace === undefined ? {} : { namespace: objectRef.namespace }),
  });

  if (session.loading) return <Skeleton variant="rounded" height={360} aria-label={t('common.loading')} />;
  if (session.loadError || !session.object) {
    const error = session.loadError;
    return (
      <Alert
        severity={error?.status === 404 ? 'warning' : 'error'}
        action={
          <Button color="inherit" onClick={() => void session.reload()}>
            {t('common.retry')}
          </Button>
        }
      >
        {error?.status === 404
          ? t('yaml.editor.notFound', { kind, name })
          : t('yaml.editor.loadFailed', { kind, name, message: error?.message ?? '' })}
      </Alert>
    );
  }

  const readOnly = canUpdate.allowed === false;
  const loadedVersion = session.object.metadata?.resourceVersion;
  const send = (dry: boolean): void => {
    if (!session.parsed.ok) return;
    const body = session.toSend(session.parsed.object);
    if (dry) session.dryRun.mutate(body);
    else
      session.apply.mutate(body, {
        onSuccess: () => {
          setReviewing(false);
          setBothChanged(undefined);
          notify(t('yaml.editor.applied', { kind, name }));
        },
      });
  };
  const dryRunResult = session.dryRun.data;
  const applyError = session.apply.error;
  const isConflict = applyError?.status === 409;

  return (
    <Stack spacing={1.5}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        {reviewing ? (
          <Button
            startIcon={<ArrowBackIcon />}
            onClick={() => {
              setReviewing(false);
            }}
          >
            {t('yaml.editor.back')}
          </Button>
        ) : (
          <FormControlLabel
            control={
              <Switch
                checked={session.showManaged}
                onChange={(event) => {
                  session.setShowManaged(event.target.checked);
                }}
                disabled={session.dirty && !session.parsed.ok}
              />
            }
            label={t('yaml.editor.showManagedFields')}
          />
        )}
        {session.dirty && (
          <Chip size="small" color="warning" variant="outlined" label={t('yaml.editor.edited')} />
        )}
        <Box sx={{ flex: 1 }} />
        <Button
          startIcon={<RefreshIcon />}
          onClick={() =>
            void session.reload().then(() => {
              setReviewing(false);
              setBothChanged(undefined);
              notify(t('yaml.editor.reloaded', { kind, name }), 'info');
            })
          }
        >
          {session.dirty ? t('yaml.editor.discard') : t('yaml.editor.reload')}
        </Button>
        {reviewing ? (
          <>
            <Button
              variant="outlined"
              onClick={() => {
                send(true);
              }}
              loading={session.dryRun.isPending}
            >
              {t('yaml.editor.dryRun')}
            </Button>
            <Button
              variant="contained"
              onClick={() => {
                send(false);
              }}
              loading={session.apply.isPending}
              disabled={readOnly}
            >
              {t('yaml.editor.apply')}
            </Button>
          </>
        ) : (
          <Button
            variant="contained"
            disabled={readOnly || !session.dirty || !session.parsed.ok}
            onClick={() => {
              session.dryRun.reset();
              session.apply.reset();
              setReviewing(true);
            }}
          >
            {session.dirty ? t('yaml.editor.review') : t('yaml.editor.noChanges')}
          </Button>
        )}
      </Stack>
      {readOnly && (
        <Alert severity="info">{t('yaml.editor.readOnly', { reason: canUpdate.reason ?? '' })}</Alert>
      )}
      {!reviewing && schema.schema === null && (
        <Alert severity="info">{t('yaml.editor.schemaMissing', { kind })}</Alert>
      )}
      {!reviewing && schema.error && (
        <Alert severity="warning">{t('yaml.editor.schemaFailed', { message: schema.error.message })}</Alert>
      )}
      {session.dirty && <ParseProblem parsed={session.parsed} />}
      {bothChanged !== undefined && reviewing && (
        <Alert severity={bothChanged.length ? 'warning' : 'info'}>
          {t('yaml.conflict.reapplied')}
          {bothChanged.length > 0 && (
            <Box sx={{ mt: 1 }}>{t('yaml.conflict.both', { fields: bothChanged.join(', ') })}</Box>
          )}
        </Alert>
      )}
      {session.dryRun.error && (
        <KubeErrorAlert error={session.dryRun.error} title={t('yaml.editor.dryRunRejected')} />
      )}
      {applyError && !isConflict && <KubeErrorAlert error={applyError} title={t('yaml.editor.rejected')} />}
      {dryRunResult && <Alert severity="success">{t('yaml.editor.dryRunOk')}</Alert>}
      {reviewing ? (
        dryRunResult ? (
          <LazyYamlDiffEditor
            original={session.text}
            modified={toYaml(session.showManaged ? dryRunResult : withoutManagedFields(dryRunResult))}
            ariaLabel={t('yaml.editor.serverDiffLabel')}
            height={height}
          />
        ) : (
          <LazyYamlDiffEditor
            original={session.baseText}
            modified={session.text}
            ariaLabel={bothChanged ? t('yaml.conflict.reviewLabel') : t('yaml.editor.diffLabel')}
            height={height}
          />
        )
      ) : (
        <LazyYamlCodeEditor
          value={session.text}
          onChange={session.setText}
          schema={schema.schema}
          readOnly={readOnly}
          ariaLabel={t('yaml.editor.label', { kind, name })}
          height={height}
        />
      )}
      <ConflictDialog
        conflict={session.conflict}
        kind={kind}
        name={name}
        loadedVersion={loadedVersion}
        onClose={session.dismissConflict}
        onReapply={() => {
          setBothChanged(session.reapply());
          setReviewing(true);
        }}
      />
    </Stack>
  );
}

import type { AddKubeconfigClustersRequest, ServerFeatures } from '@wheelhouse/api-types';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useMemo, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { parseKubeconfig, type ParsedKubeconfig } from '../../k8s/kubeconfig.ts';
import { useNotify } from '../../ui/notifications.tsx';
import { AddOptions, type AddOptionsValue } from './add-options.tsx';
import { ContextPicker, type ContextChoice } from './context-picker.tsx';
import { KubeconfigInput } from './kubeconfig-input.tsx';
import { useAddClusters } from './use-cluster-mutations.ts';
import { TestConnection, useTestConnection } from './test-connection.tsx';
import { VerifyDiagnosis } from './verify-diagnosis.tsx';

const empty: ParsedKubeconfig = { contexts: [], currentContext: undefined, errors: [] };

function initialChoices(parsed: ParsedKubeconfig): Record<string, ContextChoice> {
  return Object.fromEntries(parsed.contexts.map((c) => [c.name, { selected: true, name: c.defaultName }]));
}

/** Add clusters from a kubeconfig: load it, pick and name contexts, choose options, add. */
export function KubeconfigForm({ features }: { readonly features: ServerFeatures }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const navigate = useNavigate();
  const add = useAddClusters();
  const test = useTestConnection();
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string>();
  const [choices, setChoices] = useState<Record<string, ContextChoice>>({});
  const [options, setOptions] = useState<AddOptionsValue>({
    persist: features.persistClusters,
    verify: true,
  });
  const parsed = useMemo(() => (text.trim() ? parseKubeconfig(text) : empty), [text]);
  const selected = parsed.contexts.filter((c) => choices[c.name]?.selected);

  const onText = (value: string, file?: string): void => {
    setText(value);
    setFileName(file);
    setChoices(initialChoices(value.trim() ? parseKubeconfig(value) : empty));
    add.reset();
    test.reset();
  };
  const request = (): AddKubeconfigClustersRequest => {
    const names: Record<string, string> = {};
    for (const context of selected) {
      const name = choices[context.name]?.name ?? context.defaultName;
      if (name !== context.defaultName) names[context.name] = name;
    }
    return {
      kubeconfig: text,
      contexts: selected.map((c) => c.name),
      ...(Object.keys(names).length > 0 ? { names } : {}),
      persist: options.persist && features.persistClusters,
      verify: options.verify,
    };
  };
  const submit = (event: SyntheticEvent): void => {
    event.preventDefault();
    test.reset();
    add.mutate(request(), {
      onSuccess: (response) => {
        notify(
          t('add.done', {
            count: response.clusters.length,
            names: response.clusters.map((c) => c.name).join(', '),
          }),
        );
        void navigate('/');
      },
    });
  };

  const error = add.error;
  const contextErrors: Record<string, string> = {};
  if (error?.problem.context && !error.problem.reason) contextErrors[error.problem.context] = error.message;
  const textError =
    parsed.errors[0] ?? (error?.field === 'kubeconfig' && !error.problem.context ? error.message : undefined);
  const showDiagnosis =
    error && (error.problem.reason !== undefined || (!error.problem.context && error.field !== 'kubeconfig'));
  return (
    <Box component="form" onSubmit={submit} noValidate>
      <KubeconfigInput value={text} onChange={onText} error={textError} />
      {fileName && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {t('add.loaded', { file: fileName })}
        </Typography>
      )}
      {parsed.contexts.length > 0 && (
        <>
          <Typography variant="h3" component="h2" sx={{ mt: 3, mb: 1.5 }}>
            {t('add.contexts', { count: parsed.contexts.length })}
          </Typography>
          <ContextPicker
            contexts={parsed.contexts}
            choices={choices}
            errors={contextErrors}
            onChange={(name, choice) => {
              setChoices({ ...choices, [name]: choice });
            }}
          />
          {parsed.contexts.some(
            (c) => c.warnings.includes('exec') || c.warnings.includes('fileReference'),
          ) && (
            <Alert severity="warning" sx={{ mt: 2 }}>
              {t('add.warningExplain')}
            </Alert>
          )}
          <AddOptions value={options} onChange={setOptions} canPersist={features.persistClusters} />
          <Box sx={{ mb: 2 }}>
            <TestConnection
              test={test}
              onStart={add.reset}
              request={request}
              disabled={selected.length === 0}
            />
          </Box>
          {showDiagnosis && (
            <Box sx={{ mb: 2 }}>
              <VerifyDiagnosis error={error} />
            </Box>
          )}
          <Button
            type="submit"
            variant="contained"
            size="large"
            disabled={selected.length === 0}
            loading={add.isPending}
          >
            {options.verify
              ? t('add.submitVerify', { count: selected.length })
              : t('add.submit', { count: selected.length })}
          </Button>
        </>
      )}
    </Box>
  );
}

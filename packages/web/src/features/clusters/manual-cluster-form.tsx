import type { AddClusterFieldsRequest, ServerFeatures } from '@wheelhouse/api-types';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import TextField from '@mui/material/TextField';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useNotify } from '../../ui/notifications.tsx';
import { AddOptions, type AddOptionsValue } from './add-options.tsx';
import { useAddClusters } from './use-cluster-mutations.ts';
import { TestConnection, useTestConnection } from './test-connection.tsx';
import { VerifyDiagnosis } from './verify-diagnosis.tsx';

type Field = 'name' | 'server' | 'certificateAuthorityData' | 'tlsServerName' | 'token';

/** Add one cluster from its server URL, CA and token; each server objection shows at its field. */
export function ManualClusterForm({ features }: { readonly features: ServerFeatures }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const navigate = useNavigate();
  const add = useAddClusters();
  const test = useTestConnection();
  const [values, setValues] = useState<Record<Field, string>>({
    name: '',
    server: '',
    certificateAuthorityData: '',
    tlsServerName: '',
    token: '',
  });
  const [insecure, setInsecure] = useState(false);
  const [options, setOptions] = useState<AddOptionsValue>({
    persist: features.persistClusters,
    verify: true,
  });
  const error = add.error;
  const fieldError = (field: Field): string | undefined =>
    error?.field === field && !error.problem.reason ? error.message : undefined;
  const field = (name: Field, extra: { multiline?: boolean; type?: string; required?: boolean } = {}) => (
    <TextField
      key={name}
      label={t(`manual.${name}`)}
      value={values[name]}
      required={extra.required ?? false}
      type={extra.type ?? 'text'}
      multiline={extra.multiline ?? false}
      minRows={extra.multiline ? 3 : undefined}
      onChange={(event) => {
        setValues({ ...values, [name]: event.target.value });
      }}
      error={fieldError(name) !== undefined}
      helperText={fieldError(name) ?? t(`manual.${name}Hint`)}
      slotProps={{ htmlInput: { spellCheck: false, autoComplete: 'off' } }}
      fullWidth
    />
  );
  const request = (): AddClusterFieldsRequest => ({
    name: values.name.trim(),
    server: values.server.trim(),
    ...(values.certificateAuthorityData.trim()
      ? { certificateAuthorityData: values.certificateAuthorityData.trim() }
      : {}),
    ...(values.tlsServerName.trim() ? { tlsServerName: values.tlsServerName.trim() } : {}),
    ...(values.token.trim() ? { token: values.token.trim() } : {}),
    ...(insecure ? { insecureSkipTLSVerify: true } : {}),
    persist: options.persist && features.persistClusters,
    verify: options.verify,
  });
  const submit = (event: SyntheticEvent): void => {
    event.preventDefault();
    test.reset();
    const body = request();
    add.mutate(body, {
      onSuccess: () => {
        notify(t('add.done', { count: 1, names: body.name }));
        void navigate('/');
      },
    });
  };
  const knownField =
    error?.field &&
    ['name', 'server', 'certificateAuthorityData', 'tlsServerName', 'token'].includes(error.field);
  return (
    <Box component="form" onSubmit={submit} noValidate sx={{ display: 'grid', gap: 2, maxWidth: 640 }}>
      {field('name', { required: true })}
      {field('server', { required: true })}
      {field('certificateAuthorityData', { multiline: true })}
      <FormControlLabel
        control={
          <Checkbox
            checked={insecure}
            onChange={(event) => {
              setInsecure(event.target.checked);
            }}
          />
        }
        label={t('manual.insecure')}
      />
      {field('tlsServerName')}
      {field('token', { type: 'password' })}
      <AddOptions value={options} onChange={setOptions} canPersist={features.persistClusters} />
      {error && (error.problem.reason !== undefined || !knownField) && <VerifyDiagnosis error={error} />}
      <TestConnection
        test={test}
        onStart={add.reset}
        request={request}
        disabled={!values.name || !values.server}
      />
      <Box>
        <Button
          type="submit"
          variant="contained"
          size="large"
          disabled={!values.name || !values.server}
          loading={add.isPending}
        >
          {options.verify ? t('add.submitVerify', { count: 1 }) : t('add.submit', { count: 1 })}
        </Button>
      </Box>
    </Box>
  );
}

/**
 * Example plugin: a cluster provider. Its form takes an API server URL and a bearer token (and, optionally,
 * a CA certificate), builds the cluster definition and adds it through the dynamic clusters API; the server
 * tests the connection first (`verify`) and explains what fails.
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { definePlugin, useTranslation } from '@wheelhouse/plugin-sdk';
import type { AddClusterFieldsRequest, ClusterProviderProps } from '@wheelhouse/plugin-sdk';
import { useState } from 'react';

/** The request the form's values make; `undefined` fields are left out. */
export function buildClusterRequest(values: {
  readonly name: string;
  readonly server: string;
  readonly token: string;
  readonly ca: string;
  readonly insecure: boolean;
}): AddClusterFieldsRequest {
  return {
    name: values.name.trim(),
    server: values.server.trim(),
    token: values.token.trim(),
    ...(values.ca.trim() === '' ? {} : { certificateAuthorityData: values.ca.trim() }),
    ...(values.insecure ? { insecureSkipTLSVerify: true } : {}),
    verify: true,
  };
}

function TokenClusterForm({ addClusters, done }: ClusterProviderProps) {
  const t = useTranslation();
  const [values, setValues] = useState({ name: '', server: 'https://', token: '', ca: '', insecure: false });
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const set = (key: 'name' | 'server' | 'token' | 'ca') => (event: { target: { value: string } }) => {
    setValues({ ...values, [key]: event.target.value });
  };
  const submit = async (): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      const response = await addClusters(buildClusterRequest(values));
      done(response.clusters[0]?.name);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack
      component="form"
      spacing={2}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <TextField
        label={t('name')}
        helperText={t('nameHint')}
        value={values.name}
        onChange={set('name')}
        required
      />
      <TextField label={t('server')} value={values.server} onChange={set('server')} required type="url" />
      <TextField
        label={t('token')}
        value={values.token}
        onChange={set('token')}
        required
        type="password"
        autoComplete="off"
      />
      <TextField
        label={t('ca')}
        helperText={t('caHint')}
        value={values.ca}
        onChange={set('ca')}
        multiline
        minRows={2}
      />
      <FormControlLabel
        control={
          <Switch
            checked={values.insecure}
            onChange={(event) => {
              setValues({ ...values, insecure: event.target.checked });
            }}
          />
        }
        label={t('insecure')}
      />
      {error !== undefined && <Alert severity="error">{error}</Alert>}
      <div>
        <Button type="submit" variant="contained" disabled={busy}>
          {busy ? t('adding') : t('add')}
        </Button>
      </div>
    </Stack>
  );
}

/** The plugin. */
export const plugin = definePlugin({
  name: 'cluster-provider',
  setup(ctx) {
    ctx.i18n.add({
      en: {
        name: 'Cluster name',
        nameHint: 'Lower case letters, digits, ".", "_" and "-"',
        server: 'API server URL',
        token: 'Bearer token',
        ca: 'CA certificate (PEM or base64, optional)',
        caHint: 'Leave empty when the server has a publicly trusted certificate',
        insecure: 'Skip TLS verification (unsafe)',
        add: 'Test and add',
        adding: 'Testing…',
      },
      de: {
        name: 'Clustername',
        nameHint: 'Kleinbuchstaben, Ziffern, „.“, „_“ und „-“',
        server: 'API-Server-URL',
        token: 'Bearer-Token',
        ca: 'CA-Zertifikat (PEM oder base64, optional)',
        caHint: 'Leer lassen, wenn der Server ein öffentlich vertrauenswürdiges Zertifikat hat',
        insecure: 'TLS-Prüfung überspringen (unsicher)',
        add: 'Testen und hinzufügen',
        adding: 'Wird getestet…',
      },
    });
    ctx.clusterProviders.add({
      id: 'token',
      title: 'Server + token',
      description: 'A cluster from its API server URL and a bearer token, tested before it is added.',
      component: TokenClusterForm,
    });
  },
});

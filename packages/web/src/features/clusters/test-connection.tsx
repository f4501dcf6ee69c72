import type { AddClustersRequest, AddClustersResponse } from '@wheelhouse/api-types';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '../../api/api-client.ts';
import type { ApiError } from '../../api/api-error.ts';
import { VerifyDiagnosis } from './verify-diagnosis.tsx';

/** The "Test connection" request: the form's request as a dry run with `verify`. */
export type TestConnectionMutation = UseMutationResult<AddClustersResponse, ApiError, AddClustersRequest>;

/** A form owns its test so that adding can clear an earlier test result. */
export function useTestConnection(): TestConnectionMutation {
  return useMutation({
    mutationFn: (body) =>
      apiFetch<AddClustersResponse>('/api/clusters', {
        method: 'POST',
        body: { ...body, verify: true, dryRun: true },
      }),
  });
}

/**
 * "Test connection": sends the form's request as a dry run with `verify` (the server checks everything and
 * contacts each cluster, adding nothing) and shows who the credentials are, or the diagnosis in plain words.
 */
export function TestConnection({
  test,
  request,
  disabled,
  onStart,
}: {
  readonly test: TestConnectionMutation;
  /** Called on click, e.g. to clear an earlier add error. */
  readonly onStart?: () => void;
  /** Builds the request from the form at click time. */
  readonly request: () => AddClustersRequest;
  readonly disabled: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Box sx={{ display: 'grid', gap: 1.5 }}>
      <Box>
        <Button
          variant="outlined"
          disabled={disabled}
          loading={test.isPending}
          onClick={() => {
            onStart?.();
            test.mutate(request());
          }}
        >
          {t('add.test')}
        </Button>
      </Box>
      {test.error && <VerifyDiagnosis error={test.error} />}
      {test.data && (
        <Alert severity="success" data-testid="test-connection-ok">
          <AlertTitle>{t('add.testOk')}</AlertTitle>
          {(test.data.verification ?? []).map((entry) => (
            <div key={entry.name}>
              {t(entry.username ? 'add.testOkUser' : 'add.testOkVersion', {
                name: entry.name,
                version: entry.version ?? '?',
                user: entry.username,
              })}
            </div>
          ))}
        </Alert>
      )}
    </Box>
  );
}

import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/api-error.ts';

/** A failed add or "Test connection" in plain words: what went wrong, what to try, and the server's detail. */
export function VerifyDiagnosis({ error }: { readonly error: ApiError }) {
  const { t } = useTranslation();
  const reason = error.problem.reason;
  const where = error.problem.context ?? error.problem.cluster;
  return (
    <Alert severity="error" data-testid="verify-diagnosis">
      <AlertTitle>
        {reason ? t(`verify.${reason}.title`) : t('add.failed')}
        {where ? ` (${where})` : ''}
      </AlertTitle>
      {reason && <div>{t(`verify.${reason}.hint`)}</div>}
      <div style={{ opacity: 0.85, marginTop: 4, wordBreak: 'break-word' }}>{error.message}</div>
    </Alert>
  );
}

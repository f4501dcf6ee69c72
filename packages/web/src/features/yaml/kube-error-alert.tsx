import Alert, { type AlertProps } from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/api-error.ts';
import { KubeStatusError } from '../../k8s/kube-status.ts';

/** Props of {@link KubeErrorAlert}. */
export interface KubeErrorAlertProps {
  readonly error: ApiError;
  readonly title?: ReactNode;
  readonly severity?: AlertProps['severity'];
  readonly action?: ReactNode;
}

/**
 * A failed API call as the API server explained it: its message and, for a refused object, every field at
 * fault on its own line (`spec.replicas: Invalid value: -1: must be greater than or equal to 0`).
 */
export function KubeErrorAlert({ error, title, severity = 'error', action }: KubeErrorAlertProps) {
  const { t } = useTranslation();
  const causes = error instanceof KubeStatusError ? error.causes : [];
  return (
    <Alert severity={severity} action={action} role="alert" sx={{ '& .MuiAlert-message': { minWidth: 0 } }}>
      {title && <AlertTitle>{title}</AlertTitle>}
      <Box component="span" sx={{ wordBreak: 'break-word' }}>
        {error.message}
      </Box>
      {causes.length > 0 && (
        <Box component="ul" sx={{ m: 0, mt: 1, pl: 2.5 }}>
          {causes.map((cause, i) => (
            <li key={`${cause.field ?? ''}-${String(i)}`}>
              {cause.field
                ? t('yaml.editor.field', { field: cause.field, message: cause.message })
                : cause.message}
            </li>
          ))}
        </Box>
      )}
    </Alert>
  );
}

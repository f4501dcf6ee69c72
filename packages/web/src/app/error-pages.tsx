import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import ErrorIcon from '@mui/icons-material/ErrorOutlined';
import LockIcon from '@mui/icons-material/LockOutlined';
import SearchOffIcon from '@mui/icons-material/SearchOff';
import CloudOffIcon from '@mui/icons-material/CloudOff';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link as RouterLink, useRouteError } from 'react-router';
import { baseUrl } from '../api/base-url.ts';
import { EmptyState } from '../ui/empty-state.tsx';
import { PageContainer } from './page-container.tsx';

/** Shown when the browser has no valid session: how to get one (the login URL printed at start). */
export function LoginRequiredPage() {
  const { t } = useTranslation();
  return (
    <PageContainer>
      <EmptyState
        icon={<LockIcon />}
        title={t('login.local.title')}
        description={
          <>
            <p>{t('login.local.text')}</p>
            <Box
              component="pre"
              sx={{ bgcolor: 'action.hover', p: 1.5, borderRadius: 1, textAlign: 'left', overflow: 'auto' }}
            >
              http://127.0.0.1:4770/?token=…
            </Box>
            <p>{t('login.local.lost')}</p>
          </>
        }
        actions={
          <Button
            variant="contained"
            onClick={() => {
              window.location.reload();
            }}
          >
            {t('common.retry')}
          </Button>
        }
      />
    </PageContainer>
  );
}

/** Shown when the server cannot be reached or fails to answer the app's first request. */
export function ServerErrorPage({
  message,
  onRetry,
}: {
  readonly message: string;
  readonly onRetry: () => void;
}) {
  const { t } = useTranslation();
  return (
    <PageContainer>
      <EmptyState
        icon={<CloudOffIcon />}
        title={t('errors.server.title')}
        description={
          <>
            <p>{t('errors.server.text')}</p>
            <code>{message}</code>
          </>
        }
        actions={
          <Button variant="contained" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        }
      />
    </PageContainer>
  );
}

/** Any route nobody handles. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <PageContainer>
      <EmptyState
        icon={<SearchOffIcon />}
        title={t('errors.notFound.title')}
        description={t('errors.notFound.text')}
        actions={
          <Button variant="contained" component={RouterLink} to="/">
            {t('nav.allClusters')}
          </Button>
        }
      />
    </PageContainer>
  );
}

/** The router's error element: an error the app cannot handle, with a way out. */
export function CrashPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${String(error.status)} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error);
  return (
    <PageContainer>
      <EmptyState
        icon={<ErrorIcon />}
        title={t('errors.crash.title')}
        description={
          <>
            <p>{t('errors.crash.text')}</p>
            <code>{message}</code>
          </>
        }
        actions={
          <>
            <Button
              variant="contained"
              onClick={() => {
                window.location.assign(`${baseUrl}/`);
              }}
            >
              {t('errors.crash.home')}
            </Button>
            <Button
              onClick={() => {
                window.location.reload();
              }}
            >
              {t('common.reload')}
            </Button>
          </>
        }
      />
    </PageContainer>
  );
}

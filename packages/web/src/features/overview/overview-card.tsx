import Alert from '@mui/material/Alert';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/api-error.ts';

/** A titled card of the overview, with its loading and error states. */
export function OverviewCard(props: {
  readonly title: string;
  readonly loading?: boolean;
  readonly error?: ApiError | null | undefined;
  readonly children: ReactNode;
  readonly testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Card component="section" aria-label={props.title} data-testid={props.testId}>
      <CardContent>
        <Typography variant="h3" component="h2" sx={{ fontSize: 16, fontWeight: 600, mb: 1.5 }}>
          {props.title}
        </Typography>
        {props.error ? (
          <Alert severity={props.error.status === 403 ? 'warning' : 'error'}>
            {props.error.status === 403
              ? t('overview.forbidden', { message: props.error.message })
              : t('overview.failed', { message: props.error.message })}
          </Alert>
        ) : props.loading ? (
          <Skeleton variant="rounded" height={80} aria-label={t('common.loading')} />
        ) : (
          props.children
        )}
      </CardContent>
    </Card>
  );
}

import Alert from '@mui/material/Alert';
import Skeleton from '@mui/material/Skeleton';
import SearchOffIcon from '@mui/icons-material/SearchOff';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/empty-state.tsx';
import type { ResourceParams } from './use-resource-params.ts';

/** What a resource page shows while discovery loads, when it failed, or when the type is not served. */
export function UnknownTypeState({ params }: { readonly params: ResourceParams }) {
  const { t } = useTranslation();
  if (params.status === 'loading')
    return <Skeleton variant="rounded" height={320} aria-label={t('common.loading')} />;
  if (params.status === 'error')
    return (
      <Alert severity="error">
        {t('resources.state.discoveryFailed', {
          cluster: params.cluster,
          message: params.error?.message ?? '',
        })}
      </Alert>
    );
  return (
    <EmptyState
      icon={<SearchOffIcon />}
      title={t('resources.state.unknownType', {
        cluster: params.cluster,
        resource: params.resource,
        groupVersion: params.group ? `${params.group}/${params.version}` : params.version,
      })}
      description={t('resources.state.unknownTypeHint')}
    />
  );
}

import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import AddIcon from '@mui/icons-material/Add';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useConfig } from '../../api/use-config.ts';
import { PageContainer } from '../../app/page-container.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { useSettings } from '../settings/settings-store.ts';
import { useLiveState } from '../../app/live-state.tsx';
import { ClusterTable } from './cluster-table.tsx';
import { FirstUse } from './first-use.tsx';

/** `/`: every cluster with its source, server, status and version, updated live; first-use screen if none. */
export function HomePage() {
  const { t } = useTranslation();
  const config = useConfig();
  const live = useLiveState();
  const { hiddenClusters } = useSettings();
  const [showHidden, setShowHidden] = useState(false);
  if (!config.data) {
    return (
      <PageContainer>
        <Skeleton variant="text" width={240} height={48} />
        <Skeleton variant="rounded" height={220} sx={{ mt: 2 }} />
      </PageContainer>
    );
  }
  const { clusters, sourceErrors, features } = config.data;
  const hidden = new Set(hiddenClusters.filter((name) => clusters.some((c) => c.name === name)));
  const shown = showHidden ? clusters : clusters.filter((c) => !hidden.has(c.name));
  return (
    <PageContainer>
      {clusters.length === 0 ? (
        <FirstUse dynamicClusters={features.dynamicClusters} />
      ) : (
        <>
          <PageHeader
            title={t('home.title')}
            subtitle={t('home.subtitle', { count: clusters.length })}
            actions={
              <>
                <Chip
                  size="small"
                  color={live === 'live' ? 'success' : 'default'}
                  variant="outlined"
                  label={t(`live.${live}`)}
                  sx={{ alignSelf: 'center' }}
                />
                {features.dynamicClusters && (
                  <Button variant="contained" startIcon={<AddIcon />} component={RouterLink} to="/add">
                    {t('nav.addCluster')}
                  </Button>
                )}
              </>
            }
          />
          <Stack spacing={2}>
            {sourceErrors.length > 0 && (
              <Alert severity="warning">
                <AlertTitle>{t('home.sourceErrors')}</AlertTitle>
                {sourceErrors.map((error) => (
                  <div key={`${error.source}-${error.file ?? ''}-${error.message}`}>
                    {error.file ? `${error.file}: ` : ''}
                    {error.message}
                  </div>
                ))}
              </Alert>
            )}
            <ClusterTable clusters={shown} hidden={hidden} />
            {hidden.size > 0 && (
              <Button
                sx={{ alignSelf: 'flex-start' }}
                onClick={() => {
                  setShowHidden(!showHidden);
                }}
              >
                {showHidden ? t('home.hideHidden') : t('home.showHidden', { count: hidden.size })}
              </Button>
            )}
          </Stack>
        </>
      )}
    </PageContainer>
  );
}

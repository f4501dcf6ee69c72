import SearchOffIcon from '@mui/icons-material/SearchOff';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { PageContainer } from '../../app/page-container.tsx';
import { EmptyState } from '../../ui/empty-state.tsx';

/** The page for a `/c/:cluster/…` URL naming a cluster the server does not know. */
export function ClusterNotFound({ cluster }: { readonly cluster: string }) {
  const { t } = useTranslation();
  return (
    <PageContainer>
      <EmptyState
        icon={<SearchOffIcon />}
        title={t('cluster.notFound', { cluster })}
        description={t('cluster.notFoundHint')}
        actions={
          <Button variant="contained" component={RouterLink} to="/">
            {t('nav.allClusters')}
          </Button>
        }
      />
    </PageContainer>
  );
}

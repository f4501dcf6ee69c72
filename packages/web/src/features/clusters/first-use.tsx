import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import AddIcon from '@mui/icons-material/Add';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { Logo } from '../../app/logo.tsx';
import { EmptyState } from '../../ui/empty-state.tsx';

/** The welcome screen when the server knows no cluster yet. */
export function FirstUse({ dynamicClusters }: { readonly dynamicClusters: boolean }) {
  const { t } = useTranslation();
  return (
    <EmptyState
      icon={<Logo size={64} />}
      title={t('firstUse.title')}
      description={
        <>
          <p>{dynamicClusters ? t('firstUse.text') : t('firstUse.textNoDynamic')}</p>
          {!dynamicClusters && (
            <Alert severity="info" sx={{ textAlign: 'left' }}>
              {t('firstUse.restartHint')}
              <Box component="pre" sx={{ m: 0, mt: 1, fontSize: 13 }}>
                wheelhouse --kubeconfig ~/.kube/config
              </Box>
            </Alert>
          )}
        </>
      }
      actions={
        dynamicClusters && (
          <Button variant="contained" size="large" startIcon={<AddIcon />} component={RouterLink} to="/add">
            {t('nav.addCluster')}
          </Button>
        )
      }
    />
  );
}

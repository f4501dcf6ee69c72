import type { ClusterSummary } from '@wheelhouse/api-types';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

/** Where a cluster comes from, in words: "kubeconfig · ~/.kube/config · context dev", "Added at run time", … */
export function SourceLabel({ cluster }: { readonly cluster: ClusterSummary }) {
  const { t } = useTranslation();
  const detail =
    cluster.source === 'kubeconfig'
      ? [cluster.file, cluster.contextName && t('source.context', { context: cluster.contextName })]
          .filter(Boolean)
          .join(' · ')
      : undefined;
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="body2">{t(`source.${cluster.source}`)}</Typography>
      {detail && (
        <Typography
          variant="caption"
          color="text.secondary"
          sx={{ display: 'block', wordBreak: 'break-all' }}
        >
          {detail}
        </Typography>
      )}
    </Box>
  );
}

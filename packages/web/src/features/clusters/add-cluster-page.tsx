import Alert from '@mui/material/Alert';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Skeleton from '@mui/material/Skeleton';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfig } from '../../api/use-config.ts';
import { PageContainer } from '../../app/page-container.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { PluginClusterProvider } from '../../plugins/plugin-cluster-provider.tsx';
import { usePluginClusterProviders } from '../../plugins/use-plugin-extensions.ts';
import { KubeconfigForm } from './kubeconfig-form.tsx';
import { ManualClusterForm } from './manual-cluster-form.tsx';

/** `/add`: add clusters from a kubeconfig (file, drop or paste) or from a server URL and token. */
export function AddClusterPage() {
  const { t } = useTranslation();
  const config = useConfig();
  // `kubeconfig`, `manual`, or the registry key of a plugin's cluster provider.
  const [tab, setTab] = useState<string>('kubeconfig');
  const features = config.data?.features;
  const providers = usePluginClusterProviders();
  const provider = providers.find((entry) => entry.key === tab);
  return (
    <PageContainer maxWidth={880}>
      <PageHeader title={t('add.title')} subtitle={t('add.subtitle')} />
      {!features ? (
        <Skeleton variant="rounded" height={300} />
      ) : !features.dynamicClusters ? (
        <Alert severity="info">{t('add.disabled')}</Alert>
      ) : (
        <Card>
          <Tabs
            value={tab}
            onChange={(_event, value: string) => {
              setTab(value);
            }}
            variant="scrollable"
            sx={{ borderBottom: 1, borderColor: 'divider', px: 2 }}
          >
            <Tab value="kubeconfig" label={t('add.tabKubeconfig')} />
            <Tab value="manual" label={t('add.tabManual')} />
            {providers.map((entry) => (
              <Tab key={entry.key} value={entry.key} label={entry.value.title} />
            ))}
          </Tabs>
          <CardContent sx={{ p: { xs: 2, sm: 3 } }}>
            {provider ? (
              <PluginClusterProvider plugin={provider.plugin} provider={provider.value} features={features} />
            ) : tab === 'manual' ? (
              <ManualClusterForm features={features} />
            ) : (
              <KubeconfigForm features={features} />
            )}
          </CardContent>
        </Card>
      )}
    </PageContainer>
  );
}

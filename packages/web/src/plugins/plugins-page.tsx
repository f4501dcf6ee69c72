/** `/settings/plugins`: every plugin the server found, its status in this tab and errors, and its switch. */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import ExtensionIcon from '@mui/icons-material/ExtensionOutlined';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { PageContainer } from '../app/page-container.tsx';
import { EmptyState } from '../ui/empty-state.tsx';
import { useNotify } from '../ui/notifications.tsx';
import { PageHeader } from '../ui/page-header.tsx';
import { PluginCard } from './plugin-card.tsx';
import { pluginRuntime } from './plugin-runtime.ts';
import { usePluginRoutes } from './use-plugin-extensions.ts';
import { usePlugins, useSetPluginEnabled } from './use-plugins.ts';

/** See the module comment. */
export function PluginsPage() {
  const { t } = useTranslation();
  const notify = useNotify();
  const plugins = usePlugins();
  const setEnabled = useSetPluginEnabled();
  const { loader } = pluginRuntime;
  const statuses = useSyncExternalStore(loader.subscribe, loader.getSnapshot);
  const routes = usePluginRoutes();
  const data = plugins.data;
  return (
    <PageContainer maxWidth={880}>
      <PageHeader title={t('plugins.title')} subtitle={t('plugins.subtitle')} />
      {plugins.isPending && <Skeleton variant="rounded" height={160} aria-label={t('common.loading')} />}
      {plugins.isError && (
        <Alert
          severity="error"
          action={
            <Button color="inherit" onClick={() => void plugins.refetch()}>
              {t('common.retry')}
            </Button>
          }
        >
          {t('plugins.loadError', { message: plugins.error.message })}
        </Alert>
      )}
      {data?.settingsError !== undefined && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {t('plugins.settingsError', { message: data.settingsError })}
        </Alert>
      )}
      {data !== undefined && !data.canConfigure && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('plugins.readOnly')}
        </Alert>
      )}
      {data?.plugins.length === 0 && (
        <EmptyState
          icon={<ExtensionIcon />}
          title={t('plugins.empty')}
          description={t('plugins.emptyHint', { dirs: data.dirs.map((d) => d.dir).join(', ') })}
        />
      )}
      <Stack spacing={2}>
        {data?.plugins.map((summary) => (
          <PluginCard
            key={`${summary.origin.dir}/${summary.origin.folder}`}
            summary={summary}
            status={statuses.get(summary.name)}
            canConfigure={data.canConfigure}
            switching={setEnabled.isPending && setEnabled.variables.name === summary.name}
            pages={routes.filter((r) => r.plugin === summary.name && r.value.scope === 'global')}
            onSwitch={(enabled) => {
              setEnabled.mutate(
                { name: summary.name, enabled },
                {
                  onError: (error) => {
                    notify(
                      t('plugins.switchFailed', { plugin: summary.displayName, message: error.message }),
                      'error',
                    );
                  },
                },
              );
            }}
          />
        ))}
      </Stack>
    </PageContainer>
  );
}

/**
 * The page of a plugin route: `/c/:cluster/p/PLUGIN/PATH` (cluster pages) and `/p/PLUGIN/PATH` (global
 * pages). Looks the route up in the registry, so pages come and go with their plugin.
 */
import ExtensionOffIcon from '@mui/icons-material/ExtensionOffOutlined';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { PageContainer } from '../app/page-container.tsx';
import { EmptyState } from '../ui/empty-state.tsx';
import { PageHeader } from '../ui/page-header.tsx';
import { ExtensionBoundary } from './extension-boundary.tsx';
import { pluginSlug, usePluginRoutes } from './use-plugin-extensions.ts';

/** See the module comment. */
export function PluginRoutePage() {
  const { t } = useTranslation();
  const params = useParams();
  const cluster = params['cluster'];
  const splat = params['*'] ?? '';
  const scope = cluster === undefined ? 'global' : 'cluster';
  const route = usePluginRoutes().find(
    (entry) =>
      (entry.value.scope ?? 'cluster') === scope &&
      `${pluginSlug(entry.plugin)}/${entry.value.path}` === splat,
  );
  if (route === undefined)
    return (
      <PageContainer>
        <EmptyState
          icon={<ExtensionOffIcon />}
          title={t('plugins.pageNotFound')}
          description={t('plugins.pageNotFoundHint')}
          actions={
            <Button variant="outlined" component={RouterLink} to="/settings/plugins">
              {t('plugins.manage')}
            </Button>
          }
        />
      </PageContainer>
    );
  const Page = route.value.component;
  return (
    <PageContainer>
      <title>{`${route.value.title} · Wheelhouse`}</title>
      <PageHeader title={route.value.title} />
      <ExtensionBoundary plugin={route.plugin}>
        <Page cluster={cluster} />
      </ExtensionBoundary>
    </PageContainer>
  );
}

import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import SearchOffIcon from '@mui/icons-material/SearchOff';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { PageContainer } from '../../app/page-container.tsx';
import { useKubeObject } from '../../k8s/hooks/use-kube-object.ts';
import type { ObjectRef } from '../../k8s/resource-ref.ts';
import { listUrl } from '../../k8s/resource-route.ts';
import { EmptyState } from '../../ui/empty-state.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { registerWorkloadDetails } from '../actions/register-details.tsx';
import { registerBuiltinDetails } from './details/builtin-details.tsx';
import { detailActionsFor, detailTabsFor } from './details/detail-registry.tsx';
import { LiveIndicator } from './live-indicator.tsx';
import { typeLabel } from './type-label.ts';
import { UnknownTypeState } from './unknown-type-state.tsx';
import { useResourceParams } from './use-resource-params.ts';

registerBuiltinDetails();
registerWorkloadDetails();

function ObjectDetails({ objectRef }: { readonly objectRef: ObjectRef }) {
  const { t } = useTranslation();
  const live = useKubeObject(objectRef);
  const [params, setParams] = useSearchParams();
  const tabs = detailTabsFor(objectRef.type);
  const tabId = params.get('tab') ?? 'overview';
  const tab = tabs.find((candidate) => candidate.id === tabId) ?? tabs[0];
  const openTab = (id: string): void => {
    setParams(id === 'overview' ? {} : { tab: id }, { replace: true });
  };
  const kindLabel = typeLabel(objectRef.type);
  const back = listUrl(
    objectRef.cluster,
    objectRef.type,
    objectRef.namespace ? `ns=${encodeURIComponent(objectRef.namespace)}` : '',
  );
  const object = live.object;
  return (
    <>
      <Breadcrumbs sx={{ mb: 1, fontSize: 14 }}>
        <Link component={RouterLink} to={back} underline="hover">
          {kindLabel}
        </Link>
        {objectRef.namespace && <span>{objectRef.namespace}</span>}
        <span aria-current="page">{objectRef.name}</span>
      </Breadcrumbs>
      <PageHeader
        title={objectRef.name}
        subtitle={
          <Box component="span" sx={{ display: 'inline-flex', gap: 1, alignItems: 'center' }}>
            <span>{objectRef.type.kind}</span>
            <LiveIndicator
              loading={live.loading}
              paging={false}
              reconnecting={live.reconnecting}
              polling={live.polling}
            />
          </Box>
        }
        actions={
          object &&
          detailActionsFor(objectRef.type).map((action) => (
            <action.component key={action.id} objectRef={objectRef} object={object} openTab={openTab} />
          ))
        }
      />
      {live.loading ? (
        <Skeleton variant="rounded" height={320} aria-label={t('common.loading')} />
      ) : live.error ? (
        <Alert severity={live.error.status === 403 ? 'warning' : 'error'}>
          {t('resources.details.failed', { message: live.error.message })}
        </Alert>
      ) : !object || live.notFound ? (
        <EmptyState
          icon={<SearchOffIcon />}
          title={t('resources.details.notFound', { kind: objectRef.type.kind, name: objectRef.name })}
          description={t('resources.details.notFoundHint')}
          actions={
            <Button variant="contained" component={RouterLink} to={back}>
              {t('resources.details.backToList', { kind: kindLabel })}
            </Button>
          }
        />
      ) : (
        <>
          <Tabs
            value={tab?.id ?? false}
            onChange={(_event, id: string) => {
              openTab(id);
            }}
            sx={{ mb: 2, borderBottom: 1, borderColor: 'divider' }}
          >
            {tabs.map((candidate) => (
              <Tab
                key={candidate.id}
                value={candidate.id}
                label={t(candidate.labelKey)}
                id={`tab-${candidate.id}`}
                aria-controls={`panel-${candidate.id}`}
              />
            ))}
          </Tabs>
          {tab && (
            <Box role="tabpanel" id={`panel-${tab.id}`} aria-labelledby={`tab-${tab.id}`}>
              <tab.component objectRef={objectRef} object={object} />
            </Box>
          )}
        </>
      )}
    </>
  );
}

/** `/c/:cluster/r/:group/:version/:resource[/:namespace]/:name`: one object, live, with tabs. */
export function ResourceDetailsPage() {
  const params = useResourceParams();
  const { type, cluster, namespace, name = '' } = params;
  const objectRef = useMemo<ObjectRef | undefined>(
    () =>
      type
        ? { cluster, type, name, ...(type.namespaced && namespace !== undefined ? { namespace } : {}) }
        : undefined,
    [type, cluster, namespace, name],
  );
  return (
    <PageContainer maxWidth={1400}>
      {objectRef ? (
        <ObjectDetails key={`${cluster}/${namespace ?? ''}/${name}`} objectRef={objectRef} />
      ) : (
        <UnknownTypeState params={params} />
      )}
    </PageContainer>
  );
}

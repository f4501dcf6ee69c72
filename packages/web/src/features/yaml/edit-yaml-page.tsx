import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import type { ApiError } from '../../api/api-error.ts';
import { PageContainer } from '../../app/page-container.tsx';
import type { ObjectRef, ResourceType } from '../../k8s/resource-ref.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { groupFromSegment } from './edit-yaml-path.ts';
import { ObjectActions } from './object-actions.tsx';
import { ObjectYamlTab } from './object-yaml-tab.tsx';
import { resolveResource } from './resolve-resource-type.ts';

/**
 * `/c/:cluster/edit/:group/:version/:resource/:namespace?/:name`: one object's YAML editor on a page of its
 * own, a deep link any part of the app (or a bookmark) can open.
 */
export function EditYamlPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { cluster = '', group = '', version = '', resource = '', namespace, name = '' } = useParams();
  const apiGroup = groupFromSegment(group);
  const type = useQuery<ResourceType | null, ApiError>({
    queryKey: ['cluster', cluster, 'resource-type', apiGroup, version, resource],
    queryFn: async () => (await resolveResource(queryClient, cluster, apiGroup, version, resource)) ?? null,
    staleTime: 5 * 60_000,
  });
  const apiVersion = apiGroup === '' ? version : `${apiGroup}/${version}`;
  if (type.isPending)
    return (
      <PageContainer maxWidth={1600}>
        <Skeleton variant="rounded" height={360} aria-label={t('common.loading')} />
      </PageContainer>
    );
  if (type.isError || type.data === null)
    return (
      <PageContainer maxWidth={1600}>
        <Alert
          severity="error"
          action={
            <Button color="inherit" component={RouterLink} to={`/c/${encodeURIComponent(cluster)}`}>
              {t('nav.home')}
            </Button>
          }
        >
          {type.isError ? type.error.message : t('yaml.editor.unknownResource', { resource, apiVersion })}
        </Alert>
      </PageContainer>
    );
  const objectRef: ObjectRef = {
    cluster,
    type: type.data,
    name,
    ...(type.data.namespaced && namespace !== undefined ? { namespace } : {}),
  };
  return (
    <PageContainer maxWidth={1600}>
      <PageHeader
        title={t('yaml.editor.editTitle', { kind: type.data.kind, name })}
        subtitle={[cluster, objectRef.namespace, apiVersion].filter(Boolean).join(' · ')}
        actions={
          <ObjectActions
            objectRef={objectRef}
            hideEdit
            onDeleted={() => void navigate(`/c/${encodeURIComponent(cluster)}`)}
          />
        }
      />
      <ObjectYamlTab objectRef={objectRef} height="max(400px, calc(100vh - 290px))" />
    </PageContainer>
  );
}

import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import BlockIcon from '@mui/icons-material/Block';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlined';
import KeyIcon from '@mui/icons-material/Key';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListFailure } from '../../k8s/hooks/use-kube-list.ts';
import type { ResourceType } from '../../k8s/resource-ref.ts';
import { EmptyState } from '../../ui/empty-state.tsx';
import { ClusterLoginDialog } from '../clusters/cluster-login-dialog.tsx';

/** `deployments.apps`, or `pods` for the core group: how kubectl names a resource in messages. */
export function resourceName(type: Pick<ResourceType, 'group' | 'resource'>): string {
  return type.group ? `${type.resource}.${type.group}` : type.resource;
}

function useFailureText(type: ResourceType) {
  const { t } = useTranslation();
  return (failure: ListFailure): { title: string; detail: string } => {
    const resource = resourceName(type);
    const { status, message } = failure.error;
    if (status === 403) {
      const scope = !type.namespaced
        ? t('resources.state.scopeCluster')
        : failure.namespace === undefined
          ? t('resources.state.scopeAll')
          : t('resources.state.scopeNamespace', { namespace: failure.namespace });
      return {
        title: t('resources.state.forbiddenTitle', { resource }),
        detail: t('resources.state.forbiddenScope', { cluster: failure.cluster, resource, scope }),
      };
    }
    if (status === 401)
      return { title: t('resources.state.unauthorizedTitle', { cluster: failure.cluster }), detail: message };
    if (status === 404)
      return {
        title: t('resources.state.notFoundTitle', { cluster: failure.cluster, resource }),
        detail: t('resources.state.notFoundHint'),
      };
    return { title: t('resources.state.errorTitle', { cluster: failure.cluster }), detail: message };
  };
}

/**
 * Why a list shows nothing: forbidden (naming the verb, the resource and the scope, with the cluster's own
 * message), unauthorized (with a login), not served, or another error.
 */
export function ListFailureState(props: { readonly failure: ListFailure; readonly type: ResourceType }) {
  const { t } = useTranslation();
  const [login, setLogin] = useState(false);
  const text = useFailureText(props.type)(props.failure);
  const { status, message } = props.failure.error;
  return (
    <>
      <EmptyState
        icon={status === 403 ? <BlockIcon /> : <ErrorOutlineIcon />}
        title={text.title}
        description={
          <>
            <Typography component="p" sx={{ mb: 1 }}>
              {text.detail}
            </Typography>
            {status === 403 && <Typography component="p">{t('resources.state.forbiddenHint')}</Typography>}
            {(status === 403 || status === 404) && (
              <Typography
                component="p"
                variant="body2"
                sx={{ mt: 1.5, fontFamily: 'monospace', wordBreak: 'break-word' }}
              >
                {t('resources.state.serverSaid', { message })}
              </Typography>
            )}
          </>
        }
        actions={
          status === 401 ? (
            <Button
              variant="contained"
              startIcon={<KeyIcon />}
              onClick={() => {
                setLogin(true);
              }}
            >
              {t('login.cluster.action')}
            </Button>
          ) : undefined
        }
      />
      <ClusterLoginDialog
        cluster={props.failure.cluster}
        open={login}
        onClose={() => {
          setLogin(false);
        }}
      />
    </>
  );
}

/** An alert listing the clusters/namespaces missing from an otherwise shown list. */
export const PartialFailures = memo(function PartialFailures(props: {
  readonly failures: readonly ListFailure[];
  readonly type: ResourceType;
}) {
  const { t } = useTranslation();
  const describe = useFailureText(props.type);
  if (props.failures.length === 0) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2 }}>
      <AlertTitle>{t('resources.state.partial')}</AlertTitle>
      {props.failures.map((failure) => {
        const text = describe(failure);
        return (
          <Typography key={`${failure.cluster}/${failure.namespace ?? ''}`} variant="body2">
            {text.title} — {text.detail}
          </Typography>
        );
      })}
    </Alert>
  );
});

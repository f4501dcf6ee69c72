import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Skeleton from '@mui/material/Skeleton';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import SettingsEthernetIcon from '@mui/icons-material/SettingsEthernet';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '../../api/api-client.ts';
import type { ApiError } from '../../api/api-error.ts';
import { useConfig } from '../../api/use-config.ts';
import type { KubeObject } from '../../k8s/kube-object.ts';
import { objectPath, type ObjectRef } from '../../k8s/resource-ref.ts';
import { useNotify } from '../../ui/notifications.tsx';
import { podPorts, servicePorts } from './object-ports.ts';
import { forwardUrl, useStartPortForward } from './port-forward-api.ts';
import { PortForwardList } from './port-forward-list.tsx';

/** Props of {@link PortForwardTab}. */
export interface PortForwardTabProps {
  /** A Pod or a Service. */
  readonly objectRef: ObjectRef;
}

/** A Pod's or Service's ports with a Forward button each, and the forwards already running to it. */
export function PortForwardTab({ objectRef }: PortForwardTabProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const config = useConfig();
  const isService = objectRef.type.resource === 'services';
  const object = useQuery<KubeObject, ApiError>({
    queryKey: ['cluster', objectRef.cluster, 'forward-object', objectPath(objectRef)],
    queryFn: ({ signal }) => apiFetch(objectPath(objectRef), { signal }),
  });
  const start = useStartPortForward();
  const [localPort, setLocalPort] = useState('');
  const localValue = localPort.trim() === '' ? undefined : Number(localPort);
  const invalidLocal =
    localValue !== undefined && (!Number.isInteger(localValue) || localValue < 1 || localValue > 65535);

  if (config.data?.mode === 'in-cluster')
    return <Alert severity="info">{t('portForward.unavailable')}</Alert>;
  if (object.isPending) return <Skeleton variant="rounded" height={120} aria-label={t('common.loading')} />;
  if (object.isError)
    return <Alert severity="error">{t('portForward.objectFailed', { message: object.error.message })}</Alert>;
  const ports = isService ? servicePorts(object.data) : podPorts(object.data);

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Card>
        <CardContent>
          <Typography variant="subtitle1" sx={{ mb: 1 }}>
            {t('portForward.ports')}
          </Typography>
          {ports.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              {t('portForward.noPorts', { kind: objectRef.type.kind })}
            </Typography>
          ) : (
            <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, alignItems: 'center' }}>
              <TextField
                size="small"
                label={t('portForward.localPort')}
                placeholder={t('portForward.auto')}
                value={localPort}
                onChange={(e) => {
                  setLocalPort(e.target.value);
                }}
                error={invalidLocal}
                helperText={invalidLocal ? t('portForward.invalidPort') : undefined}
                sx={{ width: 160 }}
              />
              {ports.map((p) => (
                <Button
                  key={`${p.container ?? ''}/${String(p.port)}`}
                  variant="outlined"
                  startIcon={<SettingsEthernetIcon />}
                  disabled={invalidLocal || start.isPending}
                  onClick={() => {
                    start.mutate(
                      {
                        cluster: objectRef.cluster,
                        namespace: objectRef.namespace ?? '',
                        ...(isService ? { service: objectRef.name } : { pod: objectRef.name }),
                        port: p.port,
                        ...(localValue === undefined ? {} : { localPort: localValue }),
                      },
                      {
                        onSuccess: (forward) => {
                          notify(t('portForward.started', { url: forwardUrl(forward) }), 'success');
                        },
                        onError: (error) => {
                          notify(t('portForward.startFailed', { message: error.message }), 'error');
                        },
                      },
                    );
                  }}
                >
                  {t('portForward.forward', { port: p.port, name: p.name ?? p.container ?? '' })}
                </Button>
              ))}
            </Box>
          )}
        </CardContent>
      </Card>
      <PortForwardList
        filter={(f) =>
          f.cluster === objectRef.cluster &&
          f.namespace === objectRef.namespace &&
          (isService ? f.service === objectRef.name : f.pod === objectRef.name && f.service === undefined)
        }
      />
    </Box>
  );
}

import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import { arrayField, field, numberField, stringField, stringMap } from '../../../k8s/kube-object.ts';
import { endpointSlicesType, podsType } from '../../../k8s/well-known-types.ts';
import type { DetailProps } from '../details/detail-registry.tsx';
import { DetailCard, FactList } from './detail-card.tsx';
import { LabelChips } from './label-chips.tsx';
import { RelatedList } from './related-list.tsx';

function portText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** A Service's type, IPs, ports and selector; its EndpointSlices and selected pods, live. */
export function ServiceSection({ objectRef, object }: DetailProps) {
  const { t } = useTranslation();
  const selector = stringMap(object, 'spec', 'selector');
  const selectorText = Object.entries(selector)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
  const ports = arrayField(object, 'spec', 'ports');
  const namespace = object.metadata.namespace;
  return (
    <>
      <DetailCard title={t('resources.service.title')}>
        <FactList
          facts={[
            [t('resources.service.type'), stringField(object, 'spec', 'type') ?? 'ClusterIP'],
            [t('resources.service.clusterIp'), stringField(object, 'spec', 'clusterIP') ?? '—'],
            [
              t('resources.service.selector'),
              selectorText ? <LabelChips key="s" labels={selector} /> : t('resources.service.noSelector'),
            ],
          ]}
        />
        {ports.length > 0 && (
          <Table size="small" aria-label={t('resources.service.ports')} sx={{ mt: 2 }}>
            <TableHead>
              <TableRow>
                <TableCell>{t('resources.service.portName')}</TableCell>
                <TableCell>{t('resources.service.port')}</TableCell>
                <TableCell>{t('resources.service.targetPort')}</TableCell>
                <TableCell>{t('resources.service.protocol')}</TableCell>
                <TableCell>{t('resources.service.nodePort')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {ports.map((port, index) => (
                <TableRow key={index}>
                  <TableCell>{stringField(port, 'name') ?? ''}</TableCell>
                  <TableCell>{numberField(port, 'port') ?? ''}</TableCell>
                  <TableCell>{portText(field(port, 'targetPort'))}</TableCell>
                  <TableCell>{stringField(port, 'protocol') ?? 'TCP'}</TableCell>
                  <TableCell>{numberField(port, 'nodePort') ?? ''}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </DetailCard>
      <RelatedList
        title={t('resources.service.endpoints')}
        emptyText={t('resources.related.noPods')}
        cluster={objectRef.cluster}
        type={endpointSlicesType}
        namespace={namespace}
        labelSelector={`kubernetes.io/service-name=${object.metadata.name}`}
      />
      {selectorText && (
        <RelatedList
          title={t('resources.related.pods')}
          emptyText={t('resources.related.noPods')}
          cluster={objectRef.cluster}
          type={podsType}
          namespace={namespace}
          labelSelector={selectorText}
        />
      )}
    </>
  );
}

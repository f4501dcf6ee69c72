import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { field } from '../../../k8s/kube-object.ts';
import { selectorToString } from '../../../k8s/label-selector.ts';
import { replicaSummary, strategySummary } from '../../../k8s/status-summary.ts';
import { podsType } from '../../../k8s/well-known-types.ts';
import type { DetailProps } from '../details/detail-registry.tsx';
import { DetailCard, FactList } from './detail-card.tsx';
import { RelatedList } from './related-list.tsx';

/** Replicas (desired/ready/up to date/available), selector and strategy of a workload, and its live pods. */
export function WorkloadSection({ objectRef, object }: DetailProps) {
  const { t } = useTranslation();
  const replicas = replicaSummary(object);
  const selector = selectorToString(field(object, 'spec', 'selector'));
  const strategy = strategySummary(object);
  const facts: [string, React.ReactNode][] = [];
  if (replicas) {
    facts.push([t('resources.workload.desired'), String(replicas.desired)]);
    facts.push([t('resources.workload.ready'), String(replicas.ready)]);
    if (replicas.updated !== undefined)
      facts.push([t('resources.workload.updated'), String(replicas.updated)]);
    if (replicas.available !== undefined)
      facts.push([t('resources.workload.available'), String(replicas.available)]);
  }
  facts.push([t('resources.workload.selector'), <code key="selector">{selector ?? '—'}</code>]);
  if (strategy) facts.push([t('resources.workload.strategy'), strategy]);
  return (
    <>
      <DetailCard title={t('resources.workload.title')}>
        <FactList facts={facts} />
      </DetailCard>
      {selector ? (
        <RelatedList
          title={t('resources.workload.pods')}
          emptyText={t('resources.related.noPods')}
          cluster={objectRef.cluster}
          type={podsType}
          namespace={object.metadata.namespace}
          labelSelector={selector}
        />
      ) : (
        <Typography color="text.secondary">{t('resources.workload.noSelector')}</Typography>
      )}
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageContainer } from '../../app/page-container.tsx';
import { podsType } from '../../k8s/well-known-types.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { LogsTab } from './logs-tab.tsx';

/** `/c/:cluster/pods/:namespace/:name/logs`: a pod's logs on a page of their own (a deep link). */
export function PodLogsPage() {
  const { t } = useTranslation();
  const { cluster = '', namespace = '', name = '' } = useParams();
  return (
    <PageContainer>
      <PageHeader title={name} subtitle={`${t('logs.tab')} · ${namespace}`} />
      <LogsTab objectRef={{ cluster, type: podsType, namespace, name }} />
    </PageContainer>
  );
}

import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageContainer } from '../../app/page-container.tsx';
import { podsType } from '../../k8s/well-known-types.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { TerminalTab } from './terminal-tab.tsx';

/** `/c/:cluster/pods/:namespace/:name/terminal`: a terminal in a pod on a page of its own (a deep link). */
export function PodTerminalPage() {
  const { t } = useTranslation();
  const { cluster = '', namespace = '', name = '' } = useParams();
  return (
    <PageContainer>
      <PageHeader title={name} subtitle={`${t('terminal.tab')} · ${namespace}`} />
      <TerminalTab objectRef={{ cluster, type: podsType, namespace, name }} />
    </PageContainer>
  );
}

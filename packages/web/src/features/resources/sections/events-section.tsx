import { useTranslation } from 'react-i18next';
import { eventsType } from '../../../k8s/well-known-types.ts';
import type { DetailProps } from '../details/detail-registry.tsx';
import { RelatedList } from './related-list.tsx';

/** The object's events (`fieldSelector=involvedObject.uid=UID`), newest first, live. */
export function EventsSection({ objectRef, object }: DetailProps) {
  const { t } = useTranslation();
  const uid = object.metadata.uid;
  if (!uid || (objectRef.type.group === '' && objectRef.type.resource === 'events')) return null;
  return (
    <RelatedList
      title={t('resources.related.events')}
      emptyText={t('resources.related.noEvents')}
      cluster={objectRef.cluster}
      type={eventsType}
      namespace={object.metadata.namespace}
      fieldSelector={`involvedObject.uid=${uid}`}
      newestFirst
    />
  );
}

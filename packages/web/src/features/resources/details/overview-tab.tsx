import type { DetailProps } from './detail-registry.tsx';
import { kindSectionsFor } from './detail-registry.tsx';
import { ConditionsSection } from '../sections/conditions-section.tsx';
import { EventsSection } from '../sections/events-section.tsx';
import { MetadataSection } from '../sections/metadata-section.tsx';

/** The Overview tab: metadata, the kind's own sections, conditions, then the object's events. */
export function OverviewTab(props: DetailProps) {
  return (
    <>
      <MetadataSection {...props} />
      {kindSectionsFor(props.objectRef.type).map((section) => (
        <section.component key={section.id} {...props} />
      ))}
      <ConditionsSection {...props} />
      <EventsSection {...props} />
    </>
  );
}

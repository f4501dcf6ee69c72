import Skeleton from '@mui/material/Skeleton';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { ObjectRef } from '../../k8s/resource-ref.ts';

const ObjectYamlEditor = lazy(() =>
  import('./object-yaml-editor.tsx').then((m) => ({ default: m.ObjectYamlEditor })),
);

/** Props of {@link ObjectYamlTab}. */
export interface ObjectYamlTabProps {
  readonly objectRef: ObjectRef;
  /** CSS height of the editor area (default: most of the viewport). */
  readonly height?: string;
}

/**
 * The YAML tab of an object's details: view (managedFields hidden unless asked for), edit in Monaco with the
 * cluster's schema, diff, dry run, apply, conflict recovery. Monaco and the YAML code load on first use,
 * so importing this component costs the first screen nothing.
 */
export function ObjectYamlTab({ objectRef, height }: ObjectYamlTabProps) {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<Skeleton variant="rounded" height={360} aria-label={t('yaml.editor.loading')} />}>
      <ObjectYamlEditor objectRef={objectRef} {...(height === undefined ? {} : { height })} />
    </Suspense>
  );
}

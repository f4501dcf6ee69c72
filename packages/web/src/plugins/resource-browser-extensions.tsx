/**
 * Puts plugin extensions into the resource browser's details page through its own registry
 * (features/resources/details/detail-registry.tsx): plugin details sections at the end of the Overview
 * tab's kind sections, plugin object actions in the header. Called once when the plugin runtime loads.
 */
import { registerDetailAction, registerKindSection } from '../features/resources/details/detail-registry.tsx';
import type { DetailProps } from '../features/resources/details/detail-registry.tsx';
import { PluginDetailsSections } from './plugin-details-sections.tsx';
import { PluginResourceActions } from './plugin-resource-actions.tsx';

function Sections({ objectRef, object }: DetailProps) {
  return <PluginDetailsSections cluster={objectRef.cluster} type={objectRef.type} object={object} />;
}

function Actions({ objectRef, object }: DetailProps) {
  return <PluginResourceActions cluster={objectRef.cluster} type={objectRef.type} object={object} />;
}

/** Registers both (idempotent: the registry keys entries by id). */
export function registerPluginResourceExtensions(): void {
  registerKindSection({ id: 'plugins', appliesTo: () => true, component: Sections, order: 1000 });
  registerDetailAction({ id: 'plugins', component: Actions, order: 50 });
}

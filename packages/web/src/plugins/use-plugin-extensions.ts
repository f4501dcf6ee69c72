/**
 * Typed hooks over the extension registry, for the parts of the app that show plugin extensions (the
 * resource browser's lists and details pages, the app bar, the sidebar, settings, the add-cluster page).
 * Each returns entries tagged with their plugin; render components inside `ExtensionBoundary`.
 */
import { kindMatches } from '@wheelhouse/plugin-sdk';
import type {
  AppBarAction,
  ClusterProvider,
  DetailsSection,
  PluginRoute,
  PluginTheme,
  ResourceAction,
  ResourceTypeRef,
  SettingsSection,
  TableColumn,
} from '@wheelhouse/plugin-sdk';
import { useMemo, useSyncExternalStore } from 'react';
import type { Registered, RegistrySnapshot } from './extension-registry.ts';
import { pluginRuntime } from './plugin-runtime.ts';

/** The registry's current snapshot (re-renders on change). */
export function usePluginRegistry(): RegistrySnapshot {
  const { registry } = pluginRuntime;
  return useSyncExternalStore(registry.subscribe, registry.getSnapshot);
}

type Kinded = { readonly kind: DetailsSection['kind'] };

function useForKind<T extends Kinded>(
  list: readonly Registered<T>[],
  type: Pick<ResourceTypeRef, 'group' | 'kind'> | undefined,
): readonly Registered<T>[] {
  const group = type?.group;
  const kind = type?.kind;
  return useMemo(
    () =>
      group === undefined || kind === undefined
        ? []
        : list.filter((entry) => kindMatches(entry.value.kind, { group, kind })),
    [list, group, kind],
  );
}

/** Details sections for objects of `type`, by `order`. */
export function usePluginDetailsSections(
  type: Pick<ResourceTypeRef, 'group' | 'kind'> | undefined,
): readonly Registered<DetailsSection>[] {
  const matching = useForKind(usePluginRegistry().detailsSections, type);
  return useMemo(
    () => [...matching].sort((a, b) => (a.value.order ?? 100) - (b.value.order ?? 100)),
    [matching],
  );
}

/** Extra list columns for `type`. */
export function usePluginTableColumns(
  type: Pick<ResourceTypeRef, 'group' | 'kind'> | undefined,
): readonly Registered<TableColumn>[] {
  return useForKind(usePluginRegistry().tableColumns, type);
}

/** Extra object actions for `type` (filter each with its `isAvailable`). */
export function usePluginResourceActions(
  type: Pick<ResourceTypeRef, 'group' | 'kind'> | undefined,
): readonly Registered<ResourceAction>[] {
  return useForKind(usePluginRegistry().resourceActions, type);
}

/** Plugin pages. */
export function usePluginRoutes(): readonly Registered<PluginRoute>[] {
  return usePluginRegistry().routes;
}

/** App-bar items. */
export function usePluginAppBarActions(): readonly Registered<AppBarAction>[] {
  return usePluginRegistry().appBarActions;
}

/** Themes. */
export function usePluginThemes(): readonly Registered<PluginTheme>[] {
  return usePluginRegistry().themes;
}

/** Settings sections. */
export function usePluginSettingsSections(): readonly Registered<SettingsSection>[] {
  return usePluginRegistry().settings;
}

/** Cluster providers. */
export function usePluginClusterProviders(): readonly Registered<ClusterProvider>[] {
  return usePluginRegistry().clusterProviders;
}

/** The URL segment of a plugin: its name without `@`, `/` replaced by `.` (`@acme/x` → `acme.x`). */
export function pluginSlug(name: string): string {
  return name.replace(/^@/, '').replace('/', '.');
}

/** `ctx`: what a plugin's `setup` receives — one named registration point per extension. */
import type {
  AppBarAction,
  ClusterProvider,
  DetailsSection,
  PluginEventMap,
  PluginEventName,
  PluginRoute,
  PluginTheme,
  PluginTranslations,
  ResourceAction,
  SettingsSection,
  TableColumn,
} from './extension-points.ts';

/** Undoes a registration (the host also undoes all of them when the plugin is turned off). */
export type Disposer = () => void;

/** One extension point: `add` registers an extension and returns its {@link Disposer}. */
export interface ExtensionPoint<T> {
  add(extension: T): Disposer;
}

/** Event subscriptions. */
export interface PluginEvents {
  on<E extends PluginEventName>(event: E, listener: (payload: PluginEventMap[E]) => void): Disposer;
}

/** The context a plugin's `setup` receives. */
export interface PluginContext {
  /** The plugin as the server lists it. */
  readonly plugin: { readonly name: string; readonly version: string };
  /** Pages, with optional sidebar entries. */
  readonly routes: ExtensionPoint<PluginRoute>;
  /** Sections of the details page of a kind. */
  readonly detailsSections: ExtensionPoint<DetailsSection>;
  /** Columns of the resource list of a kind. */
  readonly tableColumns: ExtensionPoint<TableColumn>;
  /** Items in the app bar. */
  readonly appBarActions: ExtensionPoint<AppBarAction>;
  /** Commands on objects of a kind. */
  readonly resourceActions: ExtensionPoint<ResourceAction>;
  /** Colour themes. */
  readonly themes: ExtensionPoint<PluginTheme>;
  /** A section of the Settings page. */
  readonly settings: ExtensionPoint<SettingsSection>;
  /** "Add cluster" options that build a cluster and call the dynamic clusters API. */
  readonly clusterProviders: ExtensionPoint<ClusterProvider>;
  /** Cluster added/removed and navigation callbacks. */
  readonly events: PluginEvents;
  /** The plugin's strings, read with `useTranslation()`. */
  readonly i18n: { add(translations: PluginTranslations): void };
}

/**
 * The extensions plugins registered, by extension point, each tagged with its plugin. A store for
 * `useSyncExternalStore`: every change makes a new snapshot, so components re-render only when something
 * was added or removed. `removePlugin` drops everything a plugin registered (turned off, reloaded, failed).
 */
import type {
  AppBarAction,
  ClusterProvider,
  DetailsSection,
  PluginRoute,
  PluginTheme,
  ResourceAction,
  SettingsSection,
  TableColumn,
} from '@wheelhouse/plugin-sdk';

/** Extension points and the value each holds. */
export interface ExtensionPoints {
  readonly routes: PluginRoute;
  readonly detailsSections: DetailsSection;
  readonly tableColumns: TableColumn;
  readonly appBarActions: AppBarAction;
  readonly resourceActions: ResourceAction;
  readonly themes: PluginTheme;
  readonly settings: SettingsSection;
  readonly clusterProviders: ClusterProvider;
}

/** The name of an extension point. */
export type ExtensionPointName = keyof ExtensionPoints;

/** One registered extension. `key` is unique in the registry (for React keys). */
export interface Registered<T> {
  readonly plugin: string;
  readonly key: string;
  readonly value: T;
}

/** Everything registered, per point. */
export type RegistrySnapshot = {
  readonly [P in ExtensionPointName]: readonly Registered<ExtensionPoints[P]>[];
};

const EMPTY: RegistrySnapshot = {
  routes: [],
  detailsSections: [],
  tableColumns: [],
  appBarActions: [],
  resourceActions: [],
  themes: [],
  settings: [],
  clusterProviders: [],
};

/** See the module comment. */
export class ExtensionRegistry {
  #snapshot: RegistrySnapshot = EMPTY;
  #listeners = new Set<() => void>();
  #counter = 0;

  /** Registers `value` at `point` for `plugin`; returns its removal. */
  add<P extends ExtensionPointName>(point: P, plugin: string, value: ExtensionPoints[P]): () => void {
    this.#counter += 1;
    const entry: Registered<ExtensionPoints[P]> = {
      plugin,
      key: `${plugin}#${String(this.#counter)}`,
      value,
    };
    this.#update({ ...this.#snapshot, [point]: [...this.#snapshot[point], entry] });
    return () => {
      const list = this.#snapshot[point] as readonly Registered<ExtensionPoints[P]>[];
      if (list.includes(entry)) this.#update({ ...this.#snapshot, [point]: list.filter((e) => e !== entry) });
    };
  }

  /** Removes every extension of `plugin`. */
  removePlugin(plugin: string): void {
    const next = Object.fromEntries(
      Object.entries(this.#snapshot).map(([point, list]) => [
        point,
        (list as readonly Registered<unknown>[]).filter((entry) => entry.plugin !== plugin),
      ]),
    ) as unknown as RegistrySnapshot;
    this.#update(next);
  }

  /** The current snapshot (stable until the next change). */
  getSnapshot = (): RegistrySnapshot => this.#snapshot;

  /** Calls `listener` after each change. */
  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  };

  #update(next: RegistrySnapshot): void {
    this.#snapshot = next;
    for (const listener of [...this.#listeners]) listener();
  }
}

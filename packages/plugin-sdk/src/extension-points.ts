/**
 * The extension points: what a plugin can add to Wheelhouse. Each is registered through the `ctx` its
 * `setup` receives (plugin-context.ts) and belongs to that plugin: when the plugin is turned off, all of
 * its extensions disappear. Components are rendered inside an error boundary of their own, so a plugin that
 * throws while rendering shows an error card in its place and the rest of the app keeps working.
 */
import type { ComponentType, ReactNode } from 'react';
import type { ThemeOptions } from '@mui/material/styles';
import type {
  AddClustersRequest,
  AddClustersResponse,
  ClusterSummary,
  ServerFeatures,
} from '@wheelhouse/api-types';
import type { KindMatch, KubeObject, ResourceTypeRef } from './kube-object.ts';

/** Props of a plugin page. `cluster` is set for cluster pages. */
export interface PluginPageProps {
  readonly cluster: string | undefined;
}

/**
 * A page. Cluster pages (`scope: 'cluster'`, the default) live at `/c/CLUSTER/p/PLUGIN/PATH` and get a
 * sidebar entry when `sidebar` is given; global pages at `/p/PLUGIN/PATH` are linked from the Plugins page.
 * `PLUGIN` is the plugin name without `@`, with `/` replaced by `.`.
 */
export interface PluginRoute {
  /** Path below the plugin's prefix: `overview`, `reports/daily` (letters, digits, `-`, `_`, `/`). */
  readonly path: string;
  readonly scope?: 'cluster' | 'global';
  /** Page title (shown as the heading and in the browser tab). */
  readonly title: string;
  readonly component: ComponentType<PluginPageProps>;
  /** A sidebar entry on the cluster's pages. */
  readonly sidebar?: { readonly label: string; readonly icon?: ReactNode };
}

/** Props of the components that show one object (details sections, table cells). */
export interface ObjectProps<T extends KubeObject = KubeObject> {
  readonly cluster: string;
  readonly type: ResourceTypeRef;
  readonly object: T;
}

/** A section of an object's details page, below the built-in ones. */
export interface DetailsSection {
  readonly kind: KindMatch;
  /** Unique within the plugin. */
  readonly id: string;
  readonly title: string;
  readonly component: ComponentType<ObjectProps>;
  /** Lower first; default 100. */
  readonly order?: number;
}

/** A column of the resource list of a kind. */
export interface TableColumn {
  readonly kind: KindMatch;
  /** Unique within the plugin. */
  readonly id: string;
  readonly header: string;
  /**
   * The cell's value: shown as text, used to filter and (unless `sortValue` is given) to sort. Pure and fast
   * (it runs for every row of lists with thousands of objects).
   */
  readonly value: (object: KubeObject) => string | number | undefined;
  /**
   * What the list sorts by when the user clicks this column's header, when that differs from `value`: a number
   * for a value shown as text (`'1.5 GiB'` → bytes), a timestamp, a rank (`Critical` before `Low`). Numbers
   * sort numerically, text naturally (`web-9` before `web-10`), `undefined` like empty text. Same rules as
   * `value`: pure and fast. Without it the list sorts by `value`.
   */
  readonly sortValue?: (object: KubeObject) => string | number | undefined;
  /** Optional richer rendering of the cell; the text of `value` is used when absent. */
  readonly component?: ComponentType<ObjectProps>;
  /** Width in pixels (default: fits the header). */
  readonly width?: number;
  readonly align?: 'left' | 'right';
}

/** Something in the app bar, left of search (a status, a counter, a button). */
export interface AppBarAction {
  /** Unique within the plugin. */
  readonly id: string;
  readonly component: ComponentType;
}

/** What a resource action acts on. */
export interface ResourceActionTarget {
  readonly cluster: string;
  readonly type: ResourceTypeRef;
  readonly object: KubeObject;
}

/** Helpers a resource action may use while it runs. */
export interface ResourceActionHelpers {
  /** Shows a short message to the user. */
  readonly notify: (message: string, severity?: 'success' | 'info' | 'warning' | 'error') => void;
}

/** A command in an object's action menu (details page and list row). */
export interface ResourceAction {
  readonly kind: KindMatch;
  /** Unique within the plugin. */
  readonly id: string;
  readonly label: string;
  readonly icon?: ReactNode;
  /** Asks for confirmation first and shows in red. */
  readonly dangerous?: boolean;
  /** Hides the action for objects it does not apply to. */
  readonly isAvailable?: (target: ResourceActionTarget) => boolean;
  /** Runs it; a rejection is shown to the user as an error. */
  readonly run: (target: ResourceActionTarget, helpers: ResourceActionHelpers) => void | Promise<void>;
}

/** A colour theme the user can pick in Settings. */
export interface PluginTheme {
  /** Unique within the plugin. */
  readonly id: string;
  readonly label: string;
  readonly mode: 'light' | 'dark';
  /** MUI theme options merged over Wheelhouse's own theme of that mode (palette, shape, typography…). */
  readonly options: ThemeOptions;
}

/** A section of the Settings page. */
export interface SettingsSection {
  readonly title: string;
  readonly component: ComponentType;
}

/** Props of a cluster provider's form. */
export interface ClusterProviderProps {
  /** Adds clusters through `POST /api/clusters`; rejects with the server's explanation (message, field). */
  readonly addClusters: (request: AddClustersRequest) => Promise<AddClustersResponse>;
  /** Call after adding: opens the added cluster's page (or the home page). */
  readonly done: (clusterName?: string) => void;
  /** What the server allows (dynamic clusters, persistence). */
  readonly features: ServerFeatures;
}

/** An "Add cluster" option: a tab on the Add cluster page with the plugin's own form. */
export interface ClusterProvider {
  /** Unique within the plugin. */
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  readonly component: ComponentType<ClusterProviderProps>;
}

/** The events a plugin can listen to. */
export interface PluginEventMap {
  readonly 'cluster-added': { readonly cluster: ClusterSummary };
  readonly 'cluster-removed': { readonly name: string };
  /** The user moved to another page; `cluster` is set on cluster pages. */
  readonly navigation: { readonly path: string; readonly cluster: string | undefined };
}

/** One of the event names of {@link PluginEventMap}. */
export type PluginEventName = keyof PluginEventMap;

/** Strings per language code (`en`, `de`, …), each a nested object of strings; see `useTranslation`. */
export type PluginTranslations = Readonly<Record<string, PluginMessages>>;

/** A nested object of strings. */
export interface PluginMessages {
  readonly [key: string]: string | PluginMessages;
}

import type { ComponentType } from 'react';
import type { KubeObject } from '../../../k8s/kube-object.ts';
import type { ObjectRef, ResourceType } from '../../../k8s/resource-ref.ts';

/** What every detail tab, header action and kind section receives: the object's ref and its live state. */
export interface DetailProps {
  readonly objectRef: ObjectRef;
  readonly object: KubeObject;
}

/** One tab of the details page. Issue-7 features (logs, terminal) add theirs with {@link registerDetailTab}. */
export interface DetailTab {
  /** URL value (`?tab=ID`). */
  readonly id: string;
  /** i18next key of the label. */
  readonly labelKey: string;
  /** Which types show the tab (default: all). */
  readonly appliesTo?: (type: ResourceType) => boolean;
  readonly component: ComponentType<DetailProps>;
  /** Lower comes first (Overview 0, YAML 100). */
  readonly order: number;
}

/** A button (or group) in the details header, e.g. edit/delete, scale, restart. */
export interface DetailAction {
  readonly id: string;
  readonly appliesTo?: (type: ResourceType) => boolean;
  readonly component: ComponentType<DetailProps & { readonly openTab: (id: string) => void }>;
  readonly order: number;
}

/** A section of the Overview tab for some kinds (Pods' containers, a Service's ports…). */
export interface KindSection {
  readonly id: string;
  readonly appliesTo: (type: ResourceType) => boolean;
  readonly component: ComponentType<DetailProps>;
  readonly order: number;
}

const tabs: DetailTab[] = [];
const actions: DetailAction[] = [];
const sections: KindSection[] = [];

function insert<T extends { id: string; order: number }>(list: T[], item: T): void {
  const index = list.findIndex((existing) => existing.id === item.id);
  if (index >= 0) list.splice(index, 1);
  list.push(item);
  list.sort((a, b) => a.order - b.order);
}

/** Adds (or replaces, by id) a details tab. */
export function registerDetailTab(tab: DetailTab): void {
  insert(tabs, tab);
}

/** Adds (or replaces, by id) a header action. */
export function registerDetailAction(action: DetailAction): void {
  insert(actions, action);
}

/** Adds (or replaces, by id) a kind section of the Overview tab. */
export function registerKindSection(section: KindSection): void {
  insert(sections, section);
}

/** The tabs that apply to `type`, in order. */
export function detailTabsFor(type: ResourceType): readonly DetailTab[] {
  return tabs.filter((tab) => tab.appliesTo?.(type) ?? true);
}

/** The header actions that apply to `type`, in order. */
export function detailActionsFor(type: ResourceType): readonly DetailAction[] {
  return actions.filter((action) => action.appliesTo?.(type) ?? true);
}

/** The kind sections that apply to `type`, in order. */
export function kindSectionsFor(type: ResourceType): readonly KindSection[] {
  return sections.filter((section) => section.appliesTo(type));
}

/** A predicate matching types by `group/resource` keys (`''` group for core: `/pods`). */
export function isOneOf(...keys: readonly string[]): (type: ResourceType) => boolean {
  const set = new Set(keys);
  return (type) => set.has(`${type.group}/${type.resource}`);
}

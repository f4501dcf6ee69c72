import { useSyncExternalStore } from 'react';

/** Colour scheme choice: follow the OS, or fixed. */
export type ColorModeSetting = 'system' | 'light' | 'dark';

/** What the app remembers in this browser (never credentials). */
export interface Settings {
  readonly colorMode: ColorModeSetting;
  /** i18next language code, or undefined to follow the browser. */
  readonly language: string | undefined;
  /** Names of kubeconfig clusters the user hid from the home page (the kubeconfig file is never touched). */
  readonly hiddenClusters: readonly string[];
  /** Most recently opened clusters, newest first. */
  readonly recentClusters: readonly string[];
}

const STORAGE_KEY = 'wheelhouse.settings';
const MAX_RECENT = 5;

/** Settings of a browser that has none stored. */
export const defaultSettings: Settings = {
  colorMode: 'system',
  language: undefined,
  hiddenClusters: [],
  recentClusters: [],
};

/** Parses stored settings, falling back to defaults for anything missing or malformed. */
export function parseSettings(raw: string | null): Settings {
  if (!raw) return defaultSettings;
  try {
    const value = JSON.parse(raw) as Partial<Record<keyof Settings, unknown>>;
    const strings = (v: unknown): string[] =>
      Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];
    return {
      colorMode: value.colorMode === 'light' || value.colorMode === 'dark' ? value.colorMode : 'system',
      language: typeof value.language === 'string' ? value.language : undefined,
      hiddenClusters: strings(value.hiddenClusters),
      recentClusters: strings(value.recentClusters).slice(0, MAX_RECENT),
    };
  } catch {
    return defaultSettings;
  }
}

function read(): Settings {
  try {
    return parseSettings(localStorage.getItem(STORAGE_KEY));
  } catch {
    return defaultSettings;
  }
}

let current: Settings = read();
const listeners = new Set<() => void>();

/** Replaces settings with `update(current)`, stores them and notifies subscribers. */
export function updateSettings(update: (settings: Settings) => Settings): void {
  current = update(current);
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(current));
  } catch {
    // Storage full or disabled: keep the setting for this page load.
  }
  for (const listener of listeners) listener();
}

/** Moves `name` to the front of the recent clusters. */
export function rememberCluster(name: string): void {
  updateSettings((s) =>
    s.recentClusters[0] === name
      ? s
      : { ...s, recentClusters: [name, ...s.recentClusters.filter((n) => n !== name)].slice(0, MAX_RECENT) },
  );
}

/** Hides or shows a cluster on the home page. */
export function setClusterHidden(name: string, hidden: boolean): void {
  updateSettings((s) => ({
    ...s,
    hiddenClusters: hidden
      ? [...new Set([...s.hiddenClusters, name])]
      : s.hiddenClusters.filter((n) => n !== name),
  }));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent): void => {
    if (event.key !== STORAGE_KEY) return;
    current = read();
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** The current settings; re-renders on change (also from other tabs). */
export function useSettings(): Settings {
  return useSyncExternalStore(subscribe, () => current);
}

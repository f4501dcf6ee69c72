/**
 * The plugin theme the user picked (Settings), remembered in this browser (`wheelhouse.pluginTheme`), and
 * the theme options in effect: the picked theme while its plugin provides it, else none (the app's own).
 */
import type { PluginTheme } from '@wheelhouse/plugin-sdk';
import { useSyncExternalStore } from 'react';
import { usePluginThemes } from './use-plugin-extensions.ts';

const KEY = 'wheelhouse.pluginTheme';
const listeners = new Set<() => void>();

function read(): string | undefined {
  try {
    return localStorage.getItem(KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Picks a plugin theme by its key (`plugin#id`), or the app's own with undefined. */
export function pickPluginTheme(key: string | undefined): void {
  try {
    if (key === undefined) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, key);
  } catch {
    // no storage: the choice lasts until reload
  }
  for (const listener of [...listeners]) listener();
}

/** The key of a plugin theme: `plugin#id`. */
export function pluginThemeKey(plugin: string, theme: PluginTheme): string {
  return `${plugin}#${theme.id}`;
}

/** The picked key (may name a theme no plugin provides right now). */
export function usePickedPluginTheme(): string | undefined {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, read);
}

/** The picked theme while available, else undefined. */
export function useActivePluginTheme(): PluginTheme | undefined {
  const picked = usePickedPluginTheme();
  const themes = usePluginThemes();
  return themes.find((entry) => pluginThemeKey(entry.plugin, entry.value) === picked)?.value;
}

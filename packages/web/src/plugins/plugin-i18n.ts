/**
 * Plugins' own strings: each plugin's translations live in the i18next namespace `plugin-NAME`, added by
 * `ctx.i18n.add` and removed with the plugin; `useTranslation()` of the SDK reads them in the user's language
 * (English when a language is missing).
 */
import i18next from 'i18next';
import type { i18n as I18n } from 'i18next';
import type { PluginTranslations, Translate } from '@wheelhouse/plugin-sdk';
import { useTranslation } from 'react-i18next';

/** The namespace of a plugin's strings. */
export function pluginNamespace(plugin: string): string {
  return `plugin-${plugin}`;
}

/** Adds (merging) a plugin's strings. */
export function addPluginTranslations(
  plugin: string,
  translations: PluginTranslations,
  instance: I18n = i18next,
): void {
  for (const [language, messages] of Object.entries(translations))
    instance.addResourceBundle(language, pluginNamespace(plugin), messages, true, true);
}

/** Removes all of a plugin's strings. */
export function removePluginTranslations(plugin: string, instance: I18n = i18next): void {
  for (const language of Object.keys(instance.store.data))
    instance.removeResourceBundle(language, pluginNamespace(plugin));
}

/** The `t` of a plugin's namespace. */
export function usePluginTranslate(plugin: string): Translate {
  const { t } = useTranslation(pluginNamespace(plugin));
  return (key, values) => t(key, { ...values, defaultValue: key });
}

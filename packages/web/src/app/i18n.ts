import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { de } from './locales/de.ts';
import { en } from './locales/en.ts';
import { defaultSettings, parseSettings } from '../features/settings/settings-store.ts';
import { pluginsDe } from '../plugins/locales/de.ts';
import { pluginsEn } from '../plugins/locales/en.ts';
import { resourcesDe } from '../features/resources/locales/de.ts';
import { resourcesEn } from '../features/resources/locales/en.ts';
import { yamlDe } from '../features/yaml/locales/de.ts';
import { yamlEn } from '../features/yaml/locales/en.ts';
import { actionsDe } from '../features/actions/locales/de.ts';
import { actionsEn } from '../features/actions/locales/en.ts';
import { logsDe } from '../features/logs/locales/de.ts';
import { logsEn } from '../features/logs/locales/en.ts';
import { overviewDe } from '../features/overview/locales/de.ts';
import { overviewEn } from '../features/overview/locales/en.ts';
import { portForwardDe } from '../features/port-forward/locales/de.ts';
import { portForwardEn } from '../features/port-forward/locales/en.ts';
import { terminalDe } from '../features/terminal/locales/de.ts';
import { terminalEn } from '../features/terminal/locales/en.ts';

/**
 * Strings of features that keep their own locale files (`features/<feature>/locales/{en,de}.ts`), each under
 * one top-level key of its own, the German file typed `Messages<typeof featureEn>` (see locales/en.ts). A feature adds
 * one entry per language here.
 */
const featureLocales = {
  en: [yamlEn, resourcesEn, pluginsEn, logsEn, terminalEn, actionsEn, portForwardEn, overviewEn],
  de: [yamlDe, resourcesDe, pluginsDe, logsDe, terminalDe, actionsDe, portForwardDe, overviewDe],
} as const;

/**
 * Merges locale parts into one message tree. A top-level key in two parts would silently replace the
 * earlier part's strings (the UI would then show raw keys), so it is an error.
 */
export function mergeMessages(parts: readonly object[]): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      if (key in merged) throw new Error(`Two locale files define the top-level key "${key}"`);
      merged[key] = value;
    }
  }
  return merged;
}

/** Languages the app ships, with their own names. */
export const supportedLanguages = [
  { code: 'en', label: 'English' },
  { code: 'de', label: 'Deutsch' },
] as const;

/** The language to start in: the stored choice, else the browser's if shipped, else English. */
export function pickLanguage(stored: string | undefined, browser: readonly string[]): string {
  const codes: readonly string[] = supportedLanguages.map((l) => l.code);
  if (stored && codes.includes(stored)) return stored;
  return browser.map((tag) => tag.slice(0, 2).toLowerCase()).find((code) => codes.includes(code)) ?? 'en';
}

/** Initialises i18next with the shipped languages (synchronously: the resources are bundled). */
export function initI18n(language?: string): typeof i18next {
  let stored: string | undefined = defaultSettings.language;
  try {
    stored = parseSettings(localStorage.getItem('wheelhouse.settings')).language;
  } catch {
    // no storage
  }
  const lng = language ?? pickLanguage(stored, typeof navigator === 'undefined' ? [] : navigator.languages);
  void i18next.use(initReactI18next).init({
    resources: {
      en: { translation: mergeMessages([en, ...featureLocales.en]) },
      de: { translation: mergeMessages([de, ...featureLocales.de]) },
    },
    lng,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  i18next.on('languageChanged', (code) => {
    document.documentElement.lang = code;
  });
  document.documentElement.lang = lng;
  return i18next;
}

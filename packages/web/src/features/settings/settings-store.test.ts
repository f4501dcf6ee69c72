import { describe, expect, it } from 'vitest';
import { pickLanguage } from '../../app/i18n.ts';
import {
  defaultSettings,
  parseSettings,
  rememberCluster,
  setClusterHidden,
  updateSettings,
} from './settings-store.ts';

describe('settings', () => {
  it('parses stored settings defensively', () => {
    expect(parseSettings(null)).toEqual(defaultSettings);
    expect(parseSettings('{bad')).toEqual(defaultSettings);
    expect(parseSettings('{"colorMode":"dark","hiddenClusters":["a",1]}')).toMatchObject({
      colorMode: 'dark',
      hiddenClusters: ['a'],
    });
  });

  it('keeps recent clusters newest first and hidden clusters unique', () => {
    updateSettings(() => defaultSettings);
    rememberCluster('a');
    rememberCluster('b');
    rememberCluster('a');
    setClusterHidden('x', true);
    setClusterHidden('x', true);
    const stored = parseSettings(localStorage.getItem('wheelhouse.settings'));
    expect(stored.recentClusters).toEqual(['a', 'b']);
    expect(stored.hiddenClusters).toEqual(['x']);
  });

  it('picks the stored language, else the browser one, else English', () => {
    expect(pickLanguage('de', ['en-US'])).toBe('de');
    expect(pickLanguage(undefined, ['de-AT', 'en'])).toBe('de');
    expect(pickLanguage('xx', ['fr-FR'])).toBe('en');
  });
});

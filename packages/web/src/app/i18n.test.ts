import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { initI18n, mergeMessages } from './i18n.ts';

describe('mergeMessages', () => {
  it('joins parts with distinct top-level keys', () => {
    expect(mergeMessages([{ a: { x: '1' } }, { b: { y: '2' } }])).toEqual({ a: { x: '1' }, b: { y: '2' } });
  });

  it('refuses a top-level key defined twice, naming it', () => {
    expect(() => mergeMessages([{ actions: { menu: 'm' } }, { actions: { drain: 'd' } }])).toThrow(
      'Two locale files define the top-level key "actions"',
    );
  });
});

describe('the shipped languages', () => {
  it('resolve strings of the base file and of feature files side by side', () => {
    initI18n('en');
    expect(i18next.t('clusterActions.menu', { cluster: 'alpha' })).toBe('Actions for alpha');
    expect(i18next.exists('actions.drain.title')).toBe(true);
    void i18next.changeLanguage('de');
    expect(i18next.exists('clusterActions.menu')).toBe(true);
    void i18next.changeLanguage('en');
  });
});

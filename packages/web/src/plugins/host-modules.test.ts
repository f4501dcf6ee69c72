import * as Sdk from '@wheelhouse/plugin-sdk';
import * as React from 'react';
import { describe, expect, it } from 'vitest';
import { installHostModules, sharedValue } from './host-modules.ts';

describe('host modules', () => {
  it('shares a module as one value that is its default export and holds its named exports', () => {
    const react = sharedValue(React) as typeof React;
    expect(react.useState).toBe(React.useState);
    expect(sharedValue(Sdk)).toBe(Sdk);
    const styled = (): null => null;
    expect(sharedValue({ default: styled })).toBe(styled);
  });

  it('installs the modules once, read-only', () => {
    const target: Record<string, unknown> = {};
    installHostModules(target);
    const installed = target['__wheelhouse'] as { modules: Record<string, unknown> };
    expect(Object.keys(installed.modules)).toEqual(Sdk.HOST_MODULE_IDS);
    expect((installed.modules['react'] as typeof React).createElement).toBe(React.createElement);
    installHostModules(target);
    expect(target['__wheelhouse']).toBe(installed);
    expect(() => {
      target['__wheelhouse'] = {};
    }).toThrow();
  });
});

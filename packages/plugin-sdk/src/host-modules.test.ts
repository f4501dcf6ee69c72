import { describe, expect, it } from 'vitest';
import { hostModuleOf } from './host-modules.ts';

describe('hostModuleOf', () => {
  it('shares React, MUI, Emotion and the SDK, and maps MUI subpaths onto MUI', () => {
    expect(hostModuleOf('react')).toEqual({ id: 'react' });
    expect(hostModuleOf('react/jsx-runtime')).toEqual({ id: 'react/jsx-runtime' });
    expect(hostModuleOf('@wheelhouse/plugin-sdk')).toEqual({ id: '@wheelhouse/plugin-sdk' });
    expect(hostModuleOf('@mui/material/Button')).toEqual({
      id: '@mui/material',
      member: { name: 'Button', as: 'default' },
    });
    expect(hostModuleOf('@mui/material/colors')).toEqual({
      id: '@mui/material',
      member: { name: 'colors', as: 'module' },
    });
    expect(hostModuleOf('@mui/material/styles')).toEqual({ id: '@mui/material' });
  });

  it('leaves everything else to the bundle', () => {
    expect(hostModuleOf('@mui/icons-material/Add')).toBeUndefined();
    expect(hostModuleOf('lodash')).toBeUndefined();
    expect(hostModuleOf('react-dom/server')).toBeUndefined();
  });
});

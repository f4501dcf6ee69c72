/**
 * Shares the app's own React, ReactDOM, MUI, Emotion and plugin SDK with plugins through
 * `globalThis.__wheelhouse.modules` (what `wheelhouse-plugin build` compiles plugin imports to). This module
 * pulls in MUI as a whole, so it is imported on demand (its own chunk) and only when a plugin loads.
 */
import * as EmotionReact from '@emotion/react';
import * as EmotionStyled from '@emotion/styled';
import * as Mui from '@mui/material';
import * as Sdk from '@wheelhouse/plugin-sdk';
import { HOST_GLOBAL } from '@wheelhouse/plugin-sdk';
import type { HostModuleId, HostModulesGlobal } from '@wheelhouse/plugin-sdk';
import * as React from 'react';
import * as ReactDom from 'react-dom';
import * as ReactDomClient from 'react-dom/client';
import * as JsxRuntime from 'react/jsx-runtime';

/**
 * A module as plugins receive it (see `HostModulesGlobal`): its default export when that holds the named
 * exports too (React's CommonJS exports, `styled`), else the namespace.
 */
export function sharedValue(namespace: object): unknown {
  const value: unknown = 'default' in namespace ? namespace.default : undefined;
  return value !== null && (typeof value === 'object' || typeof value === 'function') ? value : namespace;
}

/** Sets `globalThis.__wheelhouse` (idempotent). */
export function installHostModules(target: Record<string, unknown> = globalThis): void {
  if (target[HOST_GLOBAL] !== undefined) return;
  const modules: Record<HostModuleId, unknown> = {
    react: sharedValue(React),
    'react/jsx-runtime': sharedValue(JsxRuntime),
    'react-dom': sharedValue(ReactDom),
    'react-dom/client': sharedValue(ReactDomClient),
    '@mui/material': sharedValue(Mui),
    '@emotion/react': sharedValue(EmotionReact),
    '@emotion/styled': sharedValue(EmotionStyled),
    '@wheelhouse/plugin-sdk': sharedValue(Sdk),
  };
  const value: HostModulesGlobal = Object.freeze({ modules: Object.freeze(modules) });
  Object.defineProperty(target, HOST_GLOBAL, {
    value,
    enumerable: false,
    configurable: false,
    writable: false,
  });
}

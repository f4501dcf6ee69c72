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

/** A namespace as CommonJS interop expects an ES module: `default` is the default export. */
function esModule(namespace: object): Readonly<Record<string, unknown>> {
  return Object.freeze({ __esModule: true, ...namespace });
}

/** Sets `globalThis.__wheelhouse` (idempotent). */
export function installHostModules(target: Record<string, unknown> = globalThis): void {
  if (target[HOST_GLOBAL] !== undefined) return;
  const modules: Record<HostModuleId, Readonly<Record<string, unknown>>> = {
    react: esModule(React),
    'react/jsx-runtime': esModule(JsxRuntime),
    'react-dom': esModule(ReactDom),
    'react-dom/client': esModule(ReactDomClient),
    '@mui/material': esModule(Mui),
    '@emotion/react': esModule(EmotionReact),
    '@emotion/styled': esModule(EmotionStyled),
    '@wheelhouse/plugin-sdk': esModule(Sdk),
  };
  const value: HostModulesGlobal = Object.freeze({ modules: Object.freeze(modules) });
  Object.defineProperty(target, HOST_GLOBAL, {
    value,
    enumerable: false,
    configurable: false,
    writable: false,
  });
}

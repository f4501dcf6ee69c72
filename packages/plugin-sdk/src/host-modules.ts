/**
 * The modules the host app shares with plugins at run time. `wheelhouse-plugin build` leaves these out of a
 * plugin's bundle and reads them from `globalThis.__wheelhouse.modules` instead, so every plugin uses the
 * app's own React (one React, so hooks and context work), MUI (the app's theme) and SDK.
 */

/** Module ids shared by the host; `@mui/material/NAME` subpaths map onto `@mui/material`. */
export const HOST_MODULE_IDS = [
  'react',
  'react/jsx-runtime',
  'react-dom',
  'react-dom/client',
  '@mui/material',
  '@emotion/react',
  '@emotion/styled',
  '@wheelhouse/plugin-sdk',
] as const;

/** One of {@link HOST_MODULE_IDS}. */
export type HostModuleId = (typeof HOST_MODULE_IDS)[number];

/**
 * The global the host sets before it imports any plugin. Each module is shared as one value that is both
 * its default export and the holder of its named exports, as a CommonJS `module.exports` is: React's
 * exports object, the `styled` function of `@emotion/styled`, the namespace of modules without a default.
 */
export interface HostModulesGlobal {
  readonly modules: Readonly<Record<HostModuleId, unknown>>;
}

/** Name of the global property holding {@link HostModulesGlobal}. */
export const HOST_GLOBAL = '__wheelhouse';

/** How an import maps onto a shared module. */
export interface HostImport {
  readonly id: HostModuleId;
  /**
   * For `@mui/material/NAME` subpaths: the import is that member of `@mui/material` (`@mui/material/Button`
   * → `Button`, `@mui/material/colors` → `colors`); `as` says whether it is a default export or a module.
   */
  readonly member?: { readonly name: string; readonly as: 'default' | 'module' };
}

/** The shared module an import resolves to, or undefined when it is not shared (the plugin bundles it). */
export function hostModuleOf(specifier: string): HostImport | undefined {
  if ((HOST_MODULE_IDS as readonly string[]).includes(specifier)) return { id: specifier as HostModuleId };
  const name = /^@mui\/material\/([A-Za-z]\w*)$/.exec(specifier)?.[1];
  if (name === undefined) return undefined;
  if (/^[A-Z]/.test(name)) return { id: '@mui/material', member: { name, as: 'default' } };
  if (name === 'colors') return { id: '@mui/material', member: { name, as: 'module' } };
  // styles, utils and the like: the root module re-exports them.
  return { id: '@mui/material' };
}

/** Builds the {@link PluginCatalog} of a server configuration. */
import path from 'node:path';
import type { ServerConfig } from '../config/server-config.ts';
import { PluginCatalog, pluginDirsOf } from './plugin-catalog.ts';

/**
 * The catalog for `config`: `--plugins-dir` then `<config-dir>/plugins`, state in `<config-dir>/plugins.yaml`,
 * switchable in local mode. With `watch`, file changes are picked up (local mode: main.ts turns it on).
 */
export function createPluginCatalog(
  config: ServerConfig,
  options: { readonly watch?: boolean; readonly onError?: (error: unknown) => void } = {},
): PluginCatalog {
  const catalog = new PluginCatalog({
    dirs: pluginDirsOf(config),
    stateFile: path.join(config.configDir, 'plugins.yaml'),
    baseUrl: config.baseUrl,
    canConfigure: config.mode === 'local',
    watchExtra: [config.configDir],
    ...(options.onError === undefined ? {} : { onError: options.onError }),
  });
  if (options.watch === true) catalog.watch();
  return catalog;
}

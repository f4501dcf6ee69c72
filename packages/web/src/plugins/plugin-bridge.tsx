/**
 * Connects the plugin runtime to the app (rendered once in the app shell, renders nothing): loads the
 * enabled plugins when the list arrives or changes, and tells plugins about added and removed clusters and
 * about navigation.
 */
import type { ClusterSummary } from '@wheelhouse/api-types';
import { useEffect, useRef } from 'react';
import { useLocation, useParams } from 'react-router';
import { useClusters, useConfig } from '../api/use-config.ts';
import { pluginRuntime } from './plugin-runtime.ts';
import { registerPluginResourceExtensions } from './resource-browser-extensions.tsx';
import { usePlugins } from './use-plugins.ts';

registerPluginResourceExtensions();

/** See the module comment. */
export function PluginBridge() {
  const config = useConfig();
  const plugins = usePlugins(config.isSuccess);
  const clusters = useClusters();
  const location = useLocation();
  const { cluster } = useParams();
  const known = useRef<ReadonlyMap<string, ClusterSummary> | undefined>(undefined);

  useEffect(() => {
    if (plugins.data !== undefined) void pluginRuntime.loader.sync(plugins.data.plugins);
  }, [plugins.data]);

  useEffect(() => {
    if (!config.isSuccess) return;
    const previous = known.current;
    known.current = new Map(clusters.map((c) => [c.name, c]));
    if (previous === undefined) return;
    for (const summary of clusters)
      if (!previous.has(summary.name)) pluginRuntime.events.emit('cluster-added', { cluster: summary });
    for (const name of previous.keys())
      if (!known.current.has(name)) pluginRuntime.events.emit('cluster-removed', { name });
  }, [clusters, config.isSuccess]);

  useEffect(() => {
    pluginRuntime.events.emit('navigation', { path: location.pathname, cluster });
  }, [location.pathname, cluster]);

  return null;
}

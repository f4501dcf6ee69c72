import { lazy, Suspense, type ReactNode } from 'react';
import LinearProgress from '@mui/material/LinearProgress';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { baseUrl } from '../api/base-url.ts';
import { ClusterLayout } from '../features/clusters/cluster-layout.tsx';
import { ClusterNamespacesPage } from '../features/clusters/cluster-namespaces-page.tsx';
import { HomePage } from '../features/clusters/home-page.tsx';
import { AppRoot } from './app-root.tsx';
import { CrashPage, NotFoundPage } from './error-pages.tsx';

// Pages that are not needed on the first screen load on demand (the kubeconfig parser is one of them).
const AddClusterPage = lazy(() =>
  import('../features/clusters/add-cluster-page.tsx').then((m) => ({ default: m.AddClusterPage })),
);
const EditYamlPage = lazy(() =>
  import('../features/yaml/edit-yaml-page.tsx').then((m) => ({ default: m.EditYamlPage })),
);
const ResourceListPage = lazy(() =>
  import('../features/resources/resource-list-page.tsx').then((m) => ({ default: m.ResourceListPage })),
);
const ResourceDetailsPage = lazy(() =>
  import('../features/resources/resource-details-page.tsx').then((m) => ({ default: m.ResourceDetailsPage })),
);
const PluginsPage = lazy(() =>
  import('../plugins/plugins-page.tsx').then((m) => ({ default: m.PluginsPage })),
);
const PluginRoutePage = lazy(() =>
  import('../plugins/plugin-route-page.tsx').then((m) => ({ default: m.PluginRoutePage })),
);
const ClusterOverviewPage = lazy(() =>
  import('../features/overview/cluster-overview-page.tsx').then((m) => ({ default: m.ClusterOverviewPage })),
);
const PodLogsPage = lazy(() =>
  import('../features/logs/pod-logs-page.tsx').then((m) => ({ default: m.PodLogsPage })),
);
const PodTerminalPage = lazy(() =>
  import('../features/terminal/pod-terminal-page.tsx').then((m) => ({ default: m.PodTerminalPage })),
);
const SettingsPage = lazy(() =>
  import('../features/settings/settings-page.tsx').then((m) => ({ default: m.SettingsPage })),
);

function Lazy({ children }: { readonly children: ReactNode }) {
  return <Suspense fallback={<LinearProgress sx={{ flex: 1 }} />}>{children}</Suspense>;
}

/** The app's routes; cluster pages live under `/c/:cluster/…`. */
export const routes: RouteObject[] = [
  {
    element: <AppRoot />,
    errorElement: <CrashPage />,
    children: [
      { index: true, element: <HomePage /> },
      {
        path: 'add',
        element: (
          <Lazy>
            <AddClusterPage />
          </Lazy>
        ),
      },
      {
        path: 'settings',
        element: (
          <Lazy>
            <SettingsPage />
          </Lazy>
        ),
      },
      // Plugins (docs/plugins.md): their list, and their global pages.
      { path: 'settings/plugins', element: <Lazy>{<PluginsPage />}</Lazy> },
      { path: 'p/*', element: <Lazy>{<PluginRoutePage />}</Lazy> },
      {
        path: 'c/:cluster',
        element: <ClusterLayout />,
        children: [
          { index: true, element: <Lazy>{<ClusterOverviewPage />}</Lazy> },
          { path: 'namespaces', element: <ClusterNamespacesPage /> },
          { path: 'pods/:namespace/:name/logs', element: <Lazy>{<PodLogsPage />}</Lazy> },
          { path: 'pods/:namespace/:name/terminal', element: <Lazy>{<PodTerminalPage />}</Lazy> },
          { path: 'p/*', element: <Lazy>{<PluginRoutePage />}</Lazy> },
          // The resource browser (docs/resources.md): `core` stands for the core API group.
          ...['r/:group/:version/:resource', 'r/:group/:version/:resource/:name'].map((path, index) => ({
            path,
            element: <Lazy>{index === 0 ? <ResourceListPage /> : <ResourceDetailsPage />}</Lazy>,
          })),
          {
            path: 'r/:group/:version/:resource/:namespace/:name',
            element: (
              <Lazy>
                <ResourceDetailsPage />
              </Lazy>
            ),
          },
          {
            path: 'edit/:group/:version/:resource/:namespace?/:name',
            element: (
              <Lazy>
                <EditYamlPage />
              </Lazy>
            ),
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

/** Creates the browser router under the app's base URL. */
export function createAppRouter() {
  return createBrowserRouter(routes, { basename: baseUrl || '/' });
}

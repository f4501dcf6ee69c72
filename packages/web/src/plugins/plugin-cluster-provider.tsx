/**
 * A plugin's "Add cluster" form (a tab of the Add cluster page): the provider's component gets `addClusters`
 * (`POST /api/clusters`, errors as the server explains them) and `done` (opens the new cluster).
 */
import Typography from '@mui/material/Typography';
import type { ServerFeatures } from '@wheelhouse/api-types';
import type { AddClustersRequest, AddClustersResponse, ClusterProvider } from '@wheelhouse/plugin-sdk';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { apiFetch } from '../api/api-client.ts';
import { queryKeys } from '../api/query-keys.ts';
import { ExtensionBoundary } from './extension-boundary.tsx';

/** See the module comment. */
export function PluginClusterProvider(props: {
  readonly plugin: string;
  readonly provider: ClusterProvider;
  readonly features: ServerFeatures;
}) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const Form = props.provider.component;
  const addClusters = async (request: AddClustersRequest): Promise<AddClustersResponse> => {
    const response = await apiFetch<AddClustersResponse>('/api/clusters', { method: 'POST', body: request });
    await queryClient.invalidateQueries({ queryKey: queryKeys.config });
    return response;
  };
  return (
    <ExtensionBoundary plugin={props.plugin}>
      {props.provider.description !== undefined && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {props.provider.description}
        </Typography>
      )}
      <Form
        addClusters={addClusters}
        features={props.features}
        done={(name) => {
          void navigate(name === undefined ? '/' : `/c/${encodeURIComponent(name)}`);
        }}
      />
    </ExtensionBoundary>
  );
}

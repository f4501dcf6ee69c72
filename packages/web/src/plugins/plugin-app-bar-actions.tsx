/** The app bar's plugin slot: every plugin's app-bar item, each in its own error boundary. */
import Box from '@mui/material/Box';
import { ExtensionBoundary } from './extension-boundary.tsx';
import { usePluginAppBarActions } from './use-plugin-extensions.ts';

/** See the module comment. Renders nothing when no plugin adds an item. */
export function PluginAppBarActions() {
  const actions = usePluginAppBarActions();
  if (actions.length === 0) return null;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
      {actions.map((entry) => {
        const Action = entry.value.component;
        return (
          <ExtensionBoundary key={entry.key} plugin={entry.plugin} compact>
            <Action />
          </ExtensionBoundary>
        );
      })}
    </Box>
  );
}

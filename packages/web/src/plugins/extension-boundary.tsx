/**
 * Renders one plugin extension: inside the plugin's scope (so SDK hooks know the host and the plugin) and an
 * error boundary of its own. A component that throws shows a compact error card naming the plugin (with
 * "Try again"), the error is recorded for the Plugins page, and the rest of the app keeps working.
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { PluginHostContext, PluginScopeContext } from '@wheelhouse/plugin-sdk';
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { pluginRuntime } from './plugin-runtime.ts';
import { webPluginHost } from './web-plugin-host.ts';

interface BoundaryProps {
  readonly plugin: string;
  readonly compact: boolean;
  readonly onError: (plugin: string, message: string) => void;
  readonly children: ReactNode;
}

class Boundary extends Component<BoundaryProps, { error: Error | undefined }> {
  override state: { error: Error | undefined } = { error: undefined };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error): void {
    this.props.onError(this.props.plugin, error.message);
  }

  override render(): ReactNode {
    if (this.state.error === undefined) return this.props.children;
    return (
      <ExtensionError
        plugin={this.props.plugin}
        message={this.state.error.message}
        compact={this.props.compact}
        onRetry={() => {
          this.setState({ error: undefined });
        }}
      />
    );
  }
}

/** The card shown instead of a failed extension. */
export function ExtensionError(props: {
  readonly plugin: string;
  readonly message: string;
  readonly compact?: boolean;
  readonly onRetry?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Alert
      severity="error"
      variant="outlined"
      role="alert"
      sx={props.compact === true ? { py: 0, px: 1, '& .MuiAlert-icon': { py: 0.5 } } : undefined}
      action={
        props.compact === true ? undefined : (
          <>
            {props.onRetry && (
              <Button color="inherit" size="small" onClick={props.onRetry}>
                {t('plugins.retry')}
              </Button>
            )}
            <Button color="inherit" size="small" component={RouterLink} to="/settings/plugins">
              {t('plugins.manage')}
            </Button>
          </>
        )
      }
    >
      {props.compact === true
        ? t('plugins.failedShort', { plugin: props.plugin })
        : t('plugins.failedRender', { plugin: props.plugin, message: props.message })}
    </Alert>
  );
}

/** Renders `children` as an extension of `plugin`. `compact`: a one-line error (app bar, table cells). */
export function ExtensionBoundary(props: {
  readonly plugin: string;
  readonly compact?: boolean;
  readonly children: ReactNode;
}) {
  return (
    <PluginHostContext value={webPluginHost}>
      <PluginScopeContext value={props.plugin}>
        <Boundary
          plugin={props.plugin}
          compact={props.compact ?? false}
          onError={(plugin, message) => {
            pluginRuntime.loader.reportRenderError(plugin, message);
          }}
        >
          {props.children}
        </Boundary>
      </PluginScopeContext>
    </PluginHostContext>
  );
}

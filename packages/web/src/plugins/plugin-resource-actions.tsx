/**
 * Plugins' object actions as buttons in the details header (dangerous ones ask first). Each runs through
 * `runPluginAction`, so a failing action becomes an error message, never a crash.
 */
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import type { KubeObject, ResourceAction, ResourceTypeRef } from '@wheelhouse/plugin-sdk';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../ui/confirm-dialog.tsx';
import { useNotify } from '../ui/notifications.tsx';
import { ExtensionBoundary } from './extension-boundary.tsx';
import { runPluginAction } from './plugin-details-sections.tsx';
import { usePluginResourceActions } from './use-plugin-extensions.ts';

function isAvailable(action: ResourceAction, target: Parameters<ResourceAction['run']>[0]): boolean {
  try {
    return action.isAvailable?.(target) ?? true;
  } catch {
    return false;
  }
}

/** See the module comment; renders nothing when no plugin acts on this kind. */
export function PluginResourceActions(props: {
  readonly cluster: string;
  readonly type: ResourceTypeRef;
  readonly object: KubeObject;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [confirming, setConfirming] = useState<ResourceAction | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const target = { cluster: props.cluster, type: props.type, object: props.object };
  const actions = usePluginResourceActions(props.type).filter((entry) => isAvailable(entry.value, target));
  if (actions.length === 0) return null;
  const run = async (action: ResourceAction): Promise<void> => {
    setBusy(true);
    await runPluginAction(action, target, { notify });
    setBusy(false);
    setConfirming(undefined);
  };
  return (
    <Stack direction="row" spacing={1}>
      {actions.map((entry) => (
        <ExtensionBoundary key={entry.key} plugin={entry.plugin} compact>
          <Button
            variant="outlined"
            color={entry.value.dangerous === true ? 'error' : 'primary'}
            startIcon={entry.value.icon}
            disabled={busy}
            onClick={() => {
              if (entry.value.dangerous === true) setConfirming(entry.value);
              else void run(entry.value);
            }}
          >
            {entry.value.label}
          </Button>
        </ExtensionBoundary>
      ))}
      <ConfirmDialog
        open={confirming !== undefined}
        title={confirming?.label ?? ''}
        message={t('plugins.confirmAction', {
          action: confirming?.label ?? '',
          name: props.object.metadata.name,
        })}
        confirmLabel={confirming?.label ?? ''}
        destructive
        busy={busy}
        onConfirm={() => {
          if (confirming !== undefined) void run(confirming);
        }}
        onClose={() => {
          setConfirming(undefined);
        }}
      />
    </Stack>
  );
}

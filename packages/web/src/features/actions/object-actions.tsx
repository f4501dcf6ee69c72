import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../k8s/hooks/use-access-review.ts';
import type { KubeObject } from '../../k8s/kube-object.ts';
import type { ObjectRef } from '../../k8s/resource-ref.ts';
import { actionsFor } from './action-registry.tsx';
import type { ActionDescriptor } from './action-types.ts';

/** Props of {@link ActionButton}. */
export interface ActionButtonProps {
  readonly action: ActionDescriptor;
  readonly refs: readonly ObjectRef[];
  readonly object?: KubeObject;
}

/** One action's button and dialog; disabled (with the reason as tooltip) when RBAC says no. */
export function ActionButton({ action, refs, object }: ActionButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const first = refs[0];
  const can = useCan(first?.cluster ?? '', {
    verb: action.access.verb,
    group: first?.type.group ?? '',
    resource: first?.type.resource ?? '',
    ...(action.access.subresource === undefined ? {} : { subresource: action.access.subresource }),
    ...(first?.namespace === undefined ? {} : { namespace: first.namespace }),
    ...(refs.length === 1 && first ? { name: first.name } : {}),
  });
  const Icon = action.icon;
  const Dialog = action.dialog;
  const denied = can.allowed === false;
  return (
    <>
      <Tooltip title={denied ? (can.reason ?? '') : ''}>
        <span>
          <Button
            variant="outlined"
            color={action.destructive ? 'error' : 'primary'}
            startIcon={<Icon />}
            disabled={denied || refs.length === 0}
            onClick={() => {
              setOpen(true);
            }}
          >
            {t(action.labelKey)}
          </Button>
        </span>
      </Tooltip>
      {open && (
        <Dialog
          refs={refs}
          {...(object ? { object } : {})}
          open={open}
          onClose={() => {
            setOpen(false);
          }}
        />
      )}
    </>
  );
}

/** Props of {@link ObjectActions}. */
export interface ObjectActionsProps {
  readonly objectRef: ObjectRef;
  /** The live object (hides actions that do not apply, like "Resume" on a running CronJob). */
  readonly object?: KubeObject;
  /** Actions another feature already shows (the details header's own Delete). */
  readonly exclude?: readonly string[];
}

/** Every action of one object's type, as a row of buttons (for a details header). */
export function ObjectActions({ objectRef, object, exclude = [] }: ObjectActionsProps) {
  const actions = actionsFor(objectRef.type).filter(
    (a) => !exclude.includes(a.id) && (a.visible?.(object) ?? true),
  );
  if (actions.length === 0) return null;
  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
      {actions.map((action) => (
        <ActionButton key={action.id} action={action} refs={[objectRef]} {...(object ? { object } : {})} />
      ))}
    </Stack>
  );
}

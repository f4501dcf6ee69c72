/** The shape of an action the resource browser can show as a button, and of its dialog. */
import type { SvgIconComponent } from '@mui/icons-material';
import type { ComponentType } from 'react';
import type { KubeObject } from '../../k8s/kube-object.ts';
import type { ObjectRef } from '../../k8s/resource-ref.ts';

/** Every action this feature offers. */
export type ActionId =
  | 'scale'
  | 'restart'
  | 'rollback'
  | 'suspend'
  | 'resume'
  | 'run-now'
  | 'cordon'
  | 'uncordon'
  | 'drain'
  | 'evict-pod'
  | 'delete-pod'
  | 'delete';

/** What an action's dialog receives: the objects (one, or the selected rows) and whether it is open. */
export interface ActionDialogProps {
  readonly refs: readonly ObjectRef[];
  /** The live object, when a details page has it (one ref). Dialogs read what they need otherwise. */
  readonly object?: KubeObject;
  readonly open: boolean;
  readonly onClose: () => void;
  /** Called when a run ends: true when every object succeeded (the list then clears its selection). */
  readonly onFinished?: (allSucceeded: boolean) => void;
}

/** An action as the browser renders it: label, icon, whether it destroys, the RBAC check, the dialog. */
export interface ActionDescriptor {
  readonly id: ActionId;
  /** i18next key of the button label. */
  readonly labelKey: string;
  readonly icon: SvgIconComponent;
  readonly destructive: boolean;
  /** Offered for several selected rows at once. */
  readonly bulk: boolean;
  /** The permission the action needs on each object: `verb` on the resource (or its `subresource`). */
  readonly access: { readonly verb: string; readonly subresource?: string };
  /** Hides the action for an object it makes no sense for (resume on a running CronJob). */
  readonly visible?: (object: KubeObject | undefined) => boolean;
  readonly dialog: ComponentType<ActionDialogProps>;
}

/**
 * `actionsFor(type)`: the actions of a resource type, for the resource browser's details header and (the
 * `bulk` ones, plus Delete for every kind, see {@link bulkActionsFor}) the selected rows of its lists.
 */
import DeleteIcon from '@mui/icons-material/Delete';
import ExitToAppIcon from '@mui/icons-material/ExitToApp';
import HistoryIcon from '@mui/icons-material/History';
import LinearScaleIcon from '@mui/icons-material/LinearScale';
import PauseCircleIcon from '@mui/icons-material/PauseCircle';
import PlayCircleIcon from '@mui/icons-material/PlayCircle';
import BlockIcon from '@mui/icons-material/Block';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import LowPriorityIcon from '@mui/icons-material/LowPriority';
import RestartAltIcon from '@mui/icons-material/RestartAlt';
import RocketLaunchIcon from '@mui/icons-material/RocketLaunch';
import { apiFetch } from '../../api/api-client.ts';
import { field, type KubeObject } from '../../k8s/kube-object.ts';
import { objectPath, type ResourceType } from '../../k8s/resource-ref.ts';
import type { ActionDescriptor, ActionDialogProps } from './action-types.ts';
import { DrainDialog } from './drain-dialog.tsx';
import { OperationDialog, type OperationSpec } from './operation-dialog.tsx';
import { RollbackDialog } from './rollback-dialog.tsx';
import { ScaleDialog } from './scale-dialog.tsx';
import { evict, remove, restart, runNow, setCordoned, setSuspended } from './workload-operations.ts';

function operation(spec: OperationSpec) {
  return function Operation(props: ActionDialogProps) {
    return <OperationDialog {...props} spec={spec} />;
  };
}

const RestartDialog = operation({ keys: 'actions.restart', destructive: false, run: (ref) => restart(ref) });
const SuspendDialog = operation({
  keys: 'actions.suspend',
  destructive: false,
  run: (ref) => setSuspended(ref, true),
});
const ResumeDialog = operation({
  keys: 'actions.resume',
  destructive: false,
  run: (ref) => setSuspended(ref, false),
});
const RunNowDialog = operation({
  keys: 'actions.runNow',
  destructive: false,
  run: async (ref) => runNow(ref, await apiFetch<KubeObject>(objectPath(ref))),
});
const CordonDialog = operation({
  keys: 'actions.cordon',
  destructive: false,
  run: (ref) => setCordoned(ref, true),
});
const UncordonDialog = operation({
  keys: 'actions.uncordon',
  destructive: false,
  run: (ref) => setCordoned(ref, false),
});
const EvictDialog = operation({ keys: 'actions.evict', destructive: true, run: (ref) => evict(ref) });
const DeletePodDialog = operation({
  keys: 'actions.deletePod',
  destructive: true,
  run: (ref) => remove(ref),
});
const DeleteDialog = operation({
  keys: 'actions.delete',
  destructive: true,
  run: (ref) => remove(ref, 'Background'),
});
const SuspendJobDialog = operation({
  keys: 'actions.suspendJob',
  destructive: false,
  run: (ref) => setSuspended(ref, true),
});
const ResumeJobDialog = operation({
  keys: 'actions.resumeJob',
  destructive: false,
  run: (ref) => setSuspended(ref, false),
});

const suspended = (object: KubeObject | undefined) => field(object, 'spec', 'suspend') === true;
const cordoned = (object: KubeObject | undefined) => field(object, 'spec', 'unschedulable') === true;
const finished = (object: KubeObject | undefined) => field(object, 'status', 'completionTime') !== undefined;

/** Delete, for the selected rows of any kind (a details page has the YAML feature's own Delete). */
const deleteAction: ActionDescriptor = {
  id: 'delete',
  labelKey: 'actions.delete.button',
  icon: DeleteIcon,
  destructive: true,
  bulk: true,
  access: { verb: 'delete' },
  dialog: DeleteDialog,
};

const scaleAction: ActionDescriptor = {
  id: 'scale',
  labelKey: 'actions.scale.button',
  icon: LinearScaleIcon,
  destructive: false,
  bulk: true,
  access: { verb: 'patch', subresource: 'scale' },
  dialog: ScaleDialog,
};
const restartAction: ActionDescriptor = {
  id: 'restart',
  labelKey: 'actions.restart.button',
  icon: RestartAltIcon,
  destructive: false,
  bulk: true,
  access: { verb: 'patch' },
  dialog: RestartDialog,
};
const rollbackAction: ActionDescriptor = {
  id: 'rollback',
  labelKey: 'actions.rollback.button',
  icon: HistoryIcon,
  destructive: false,
  bulk: false,
  access: { verb: 'patch' },
  dialog: RollbackDialog,
};

const byType: Record<string, readonly ActionDescriptor[]> = {
  'apps/deployments': [scaleAction, restartAction, rollbackAction],
  'apps/statefulsets': [scaleAction, restartAction, rollbackAction],
  'apps/daemonsets': [restartAction, rollbackAction],
  'apps/replicasets': [scaleAction],
  'batch/cronjobs': [
    {
      id: 'run-now',
      labelKey: 'actions.runNow.button',
      icon: RocketLaunchIcon,
      destructive: false,
      bulk: true,
      access: { verb: 'create' },
      dialog: RunNowDialog,
    },
    {
      id: 'suspend',
      labelKey: 'actions.suspend.button',
      icon: PauseCircleIcon,
      destructive: false,
      bulk: true,
      access: { verb: 'patch' },
      visible: (o) => !suspended(o),
      dialog: SuspendDialog,
    },
    {
      id: 'resume',
      labelKey: 'actions.resume.button',
      icon: PlayCircleIcon,
      destructive: false,
      bulk: true,
      access: { verb: 'patch' },
      visible: (o) => o === undefined || suspended(o),
      dialog: ResumeDialog,
    },
  ],
  'batch/jobs': [
    {
      id: 'suspend',
      labelKey: 'actions.suspendJob.button',
      icon: PauseCircleIcon,
      destructive: false,
      bulk: true,
      access: { verb: 'patch' },
      visible: (o) => !suspended(o) && !finished(o),
      dialog: SuspendJobDialog,
    },
    {
      id: 'resume',
      labelKey: 'actions.resumeJob.button',
      icon: PlayCircleIcon,
      destructive: false,
      bulk: true,
      access: { verb: 'patch' },
      visible: (o) => o === undefined || suspended(o),
      dialog: ResumeJobDialog,
    },
  ],
  '/nodes': [
    {
      id: 'cordon',
      labelKey: 'actions.cordon.button',
      icon: BlockIcon,
      destructive: false,
      bulk: true,
      access: { verb: 'patch' },
      visible: (o) => !cordoned(o),
      dialog: CordonDialog,
    },
    {
      id: 'uncordon',
      labelKey: 'actions.uncordon.button',
      icon: CheckCircleIcon,
      destructive: false,
      bulk: true,
      access: { verb: 'patch' },
      visible: (o) => o === undefined || cordoned(o),
      dialog: UncordonDialog,
    },
    {
      id: 'drain',
      labelKey: 'actions.drain.button',
      icon: LowPriorityIcon,
      destructive: true,
      bulk: false,
      access: { verb: 'patch' },
      dialog: DrainDialog,
    },
  ],
  '/pods': [
    {
      id: 'evict-pod',
      labelKey: 'actions.evict.button',
      icon: ExitToAppIcon,
      destructive: true,
      bulk: true,
      access: { verb: 'create', subresource: 'eviction' },
      dialog: EvictDialog,
    },
    {
      id: 'delete-pod',
      labelKey: 'actions.deletePod.button',
      icon: DeleteIcon,
      destructive: true,
      bulk: true,
      access: { verb: 'delete' },
      dialog: DeletePodDialog,
    },
  ],
};

/** The actions offered for objects of `type` (empty for types without any). */
export function actionsFor(type: Pick<ResourceType, 'group' | 'resource'>): readonly ActionDescriptor[] {
  return byType[`${type.group}/${type.resource}`] ?? [];
}

/**
 * The actions that work on several selected rows at once: the type's own bulk actions, then Delete (every
 * kind; Pods keep their own Delete, which says it skips PodDisruptionBudgets).
 */
export function bulkActionsFor(type: Pick<ResourceType, 'group' | 'resource'>): readonly ActionDescriptor[] {
  const own = actionsFor(type).filter((action) => action.bulk);
  return own.some((action) => action.access.verb === 'delete') ? own : [...own, deleteAction];
}

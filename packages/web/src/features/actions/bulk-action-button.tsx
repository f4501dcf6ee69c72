import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccessCheck } from '../../k8s/access-review.ts';
import { useCanAll } from '../../k8s/hooks/use-access-review.ts';
import type { ObjectRef } from '../../k8s/resource-ref.ts';
import type { ActionDescriptor } from './action-types.ts';

/**
 * The access checks an action needs for `refs`: one per cluster and namespace among them (RBAC grants per
 * namespace; one question covers every object there), without names.
 */
export function bulkAccessChecks(
  action: Pick<ActionDescriptor, 'access'>,
  refs: readonly ObjectRef[],
): { cluster: string; check: AccessCheck }[] {
  const seen = new Map<string, { cluster: string; check: AccessCheck }>();
  for (const ref of refs) {
    const key = JSON.stringify([ref.cluster, ref.type.group, ref.type.resource, ref.namespace ?? null]);
    if (seen.has(key)) continue;
    seen.set(key, {
      cluster: ref.cluster,
      check: {
        verb: action.access.verb,
        group: ref.type.group,
        resource: ref.type.resource,
        ...(action.access.subresource === undefined ? {} : { subresource: action.access.subresource }),
        ...(ref.namespace === undefined ? {} : { namespace: ref.namespace }),
      },
    });
  }
  return [...seen.values()];
}

/** Props of {@link BulkActionButton}. */
export interface BulkActionButtonProps {
  readonly action: ActionDescriptor;
  readonly refs: readonly ObjectRef[];
  readonly onOpen: () => void;
}

/**
 * One action's button in the bulk toolbar: disabled, with the reason as its tooltip (reachable by keyboard),
 * when a SelfSubjectAccessReview says the user may not do it in one of the selected rows' namespaces.
 */
export function BulkActionButton({ action, refs, onOpen }: BulkActionButtonProps) {
  const { t } = useTranslation();
  const checks = useMemo(() => bulkAccessChecks(action, refs), [action, refs]);
  const can = useCanAll(checks);
  const Icon = action.icon;
  const denied = can.allowed === false;
  return (
    <Tooltip title={denied ? (can.reason ?? '') : ''} describeChild>
      {/* A disabled button fires no events; the span carries the tooltip and keeps it reachable by keyboard. */}
      <span tabIndex={denied ? 0 : undefined}>
        <Button
          size="small"
          variant="outlined"
          color={action.destructive ? 'error' : 'primary'}
          startIcon={<Icon />}
          disabled={denied || refs.length === 0}
          onClick={onOpen}
        >
          {t(action.labelKey)}
        </Button>
      </span>
    </Tooltip>
  );
}

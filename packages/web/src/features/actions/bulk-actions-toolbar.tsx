import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import CloseIcon from '@mui/icons-material/Close';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiscoveredResource } from '../../k8s/discovery.ts';
import type { ObjectRef } from '../../k8s/resource-ref.ts';
import { bulkActionsFor } from './action-registry.tsx';
import type { ActionDescriptor } from './action-types.ts';
import { BulkActionButton } from './bulk-action-button.tsx';

/** The bulk actions a list of `type` offers: its own, minus those the type's discovery verbs rule out. */
export function offeredBulkActions(type: DiscoveredResource): readonly ActionDescriptor[] {
  return bulkActionsFor(type).filter(
    (action) =>
      (action.visible?.(undefined) ?? true) &&
      // The verbs discovery lists are the resource's own; subresources are not listed there.
      (action.access.subresource !== undefined ||
        type.verbs.length === 0 ||
        type.verbs.includes(action.access.verb)),
  );
}

/** Props of {@link BulkActionsToolbar}. */
export interface BulkActionsToolbarProps {
  readonly type: DiscoveredResource;
  /** The selected objects, in the list's order. */
  readonly refs: readonly ObjectRef[];
  readonly onClear: () => void;
}

/**
 * The toolbar of a list's selected rows ("Bulk actions"): how many are selected, the kind's bulk actions
 * (each confirmed in a dialog listing the objects) and "Clear selection". Shown while rows are selected; an
 * open dialog outlives the selection (rows deleted by it leave the selection while it runs). After an action
 * succeeded on every object the selection is cleared.
 */
export function BulkActionsToolbar({ type, refs, onClear }: BulkActionsToolbarProps) {
  const { t } = useTranslation();
  const [active, setActive] = useState<
    { readonly action: ActionDescriptor; readonly refs: readonly ObjectRef[] } | undefined
  >(undefined);
  const actions = offeredBulkActions(type);
  const Dialog = active?.action.dialog;
  return (
    <>
      {refs.length > 0 && (
        <Paper
          variant="outlined"
          role="toolbar"
          aria-label={t('actions.bulk.toolbar')}
          data-testid="bulk-actions"
          sx={{
            display: 'flex',
            alignItems: 'center',
            flexWrap: 'wrap',
            gap: 1,
            px: 1.5,
            py: 1,
            mb: 1,
            bgcolor: 'action.selected',
          }}
        >
          <Typography
            variant="body2"
            role="status"
            data-testid="selection-count"
            sx={{ fontWeight: 600, mr: 1 }}
          >
            {t('actions.bulk.selected', { count: refs.length })}
          </Typography>
          {actions.map((action) => (
            <BulkActionButton
              key={action.id}
              action={action}
              refs={refs}
              onOpen={() => {
                setActive({ action, refs });
              }}
            />
          ))}
          <Box sx={{ flex: 1 }} />
          <Button size="small" color="inherit" startIcon={<CloseIcon />} onClick={onClear}>
            {t('actions.bulk.clear')}
          </Button>
        </Paper>
      )}
      {active && Dialog && (
        <Dialog
          refs={active.refs}
          open
          onClose={() => {
            setActive(undefined);
          }}
          onFinished={(allSucceeded) => {
            if (allSucceeded) onClear();
          }}
        />
      )}
    </>
  );
}

import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/** Props of {@link EmptyState}. */
export interface EmptyStateProps {
  readonly icon?: ReactNode;
  readonly title: string;
  readonly description?: ReactNode;
  /** Buttons that tell the user what to do next. */
  readonly actions?: ReactNode;
}

/** A centred message for empty lists and states the user can act on. */
export function EmptyState({ icon, title, description, actions }: EmptyStateProps) {
  return (
    <Box sx={{ textAlign: 'center', py: 8, px: 3, maxWidth: 560, mx: 'auto' }}>
      {icon && <Box sx={{ color: 'primary.main', mb: 2, '& svg': { fontSize: 56 } }}>{icon}</Box>}
      <Typography variant="h2" component="h2" gutterBottom>
        {title}
      </Typography>
      {description && (
        <Typography color="text.secondary" component="div" sx={{ mb: 3 }}>
          {description}
        </Typography>
      )}
      {actions && (
        <Box sx={{ display: 'flex', gap: 1.5, justifyContent: 'center', flexWrap: 'wrap' }}>{actions}</Box>
      )}
    </Box>
  );
}

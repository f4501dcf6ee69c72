import Box from '@mui/material/Box';
import type { ReactNode } from 'react';

/** The main landmark of a page: padded, width-limited, target of the skip link. */
export function PageContainer({
  children,
  maxWidth = 1200,
}: {
  readonly children: ReactNode;
  readonly maxWidth?: number;
}) {
  return (
    <Box
      component="main"
      id="main"
      tabIndex={-1}
      sx={{ flex: 1, minWidth: 0, p: { xs: 2, sm: 3 }, outline: 'none' }}
    >
      <Box sx={{ maxWidth, mx: 'auto' }}>{children}</Box>
    </Box>
  );
}

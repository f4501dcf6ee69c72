import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/** A titled card of the details page. */
export function DetailCard(props: {
  readonly title: string;
  readonly children: ReactNode;
  readonly action?: ReactNode;
}) {
  return (
    <Card component="section" aria-label={props.title} sx={{ mb: 2 }}>
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', mb: 1.5, gap: 1 }}>
          <Typography variant="h3" component="h2" sx={{ fontSize: 16, fontWeight: 600, flex: 1 }}>
            {props.title}
          </Typography>
          {props.action}
        </Box>
        {props.children}
      </CardContent>
    </Card>
  );
}

/** A label/value grid (`dl`) for facts about an object. */
export function FactList(props: { readonly facts: readonly (readonly [string, ReactNode])[] }) {
  return (
    <Box
      component="dl"
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', sm: 'minmax(120px, max-content) 1fr' },
        columnGap: 3,
        rowGap: 1,
        m: 0,
        '& dt': { color: 'text.secondary', fontSize: 14 },
        '& dd': { m: 0, minWidth: 0, wordBreak: 'break-word', fontSize: 14 },
      }}
    >
      {props.facts.map(([label, value]) => (
        <Box key={label} sx={{ display: 'contents' }}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </Box>
      ))}
    </Box>
  );
}

import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import { Link as RouterLink } from 'react-router';
import { cellText, type ListColumn, type ListRow } from '../../k8s/list-rows.ts';
import type { ResourceType } from '../../k8s/resource-ref.ts';
import { detailsUrl } from '../../k8s/resource-route.ts';
import { isStatusColumn, statusTone, type StatusTone } from '../../k8s/status-summary.ts';

const toneColor: Record<StatusTone, string> = {
  success: 'success.main',
  warning: 'warning.main',
  error: 'error.main',
  default: 'text.disabled',
};

/** A status word with a coloured dot (colour is never the only signal: the word is always there). */
export function StatusText({ text }: { readonly text: string }) {
  if (!text) return null;
  const tone = statusTone(text);
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75, minWidth: 0 }}>
      <Box
        component="span"
        aria-hidden
        sx={{ width: 8, height: 8, borderRadius: '50%', bgcolor: toneColor[tone], flexShrink: 0 }}
      />
      <Box component="span" sx={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>
        {text}
      </Box>
    </Box>
  );
}

/** The content of one list cell: a link for the name, a status dot for status columns, else text. */
export function CellContent(props: {
  readonly row: ListRow;
  readonly column: ListColumn;
  readonly type: ResourceType;
  readonly now: number;
}) {
  const { row, column, type, now } = props;
  const text = cellText(row, column, now);
  if (column.source === 'cell' && column.column.format === 'name') {
    const { metadata } = row.row;
    const to = detailsUrl({
      cluster: row.cluster,
      type,
      ...(type.namespaced && metadata.namespace !== undefined ? { namespace: metadata.namespace } : {}),
      name: metadata.name,
    });
    return (
      <Link component={RouterLink} to={to} underline="hover" sx={{ fontWeight: 500 }} title={text}>
        {text}
      </Link>
    );
  }
  if (column.source === 'cell' && isStatusColumn(column.label)) return <StatusText text={text} />;
  return <span title={text.length > 24 ? text : undefined}>{text}</span>;
}

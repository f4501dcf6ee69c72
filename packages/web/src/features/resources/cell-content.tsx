import { useTheme } from '@mui/material/styles';
import { Link as RouterLink } from 'react-router';
import { cellText, type ListColumn, type ListRow } from '../../k8s/list-rows.ts';
import type { ResourceType } from '../../k8s/resource-ref.ts';
import { detailsUrl } from '../../k8s/resource-route.ts';
import { isStatusColumn, statusTone, type StatusTone } from '../../k8s/status-summary.ts';
import { tableClass } from './resource-table-styles.ts';

const dotStyle = { width: 8, height: 8, borderRadius: '50%', flexShrink: 0 } as const;

/**
 * A status word with a coloured dot (colour is never the only signal: the word is always there). Inline styles,
 * not `sx`: a big list shows dozens at once and re-renders them on every sort.
 */
export function StatusText({ text }: { readonly text: string }) {
  const { palette } = useTheme();
  if (!text) return null;
  const tone: StatusTone = statusTone(text);
  const color = tone === 'default' ? palette.text.disabled : palette[tone].main;
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6, minWidth: 0 }}>
      <span aria-hidden style={{ ...dotStyle, backgroundColor: color }} />
      <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{text}</span>
    </span>
  );
}

/**
 * The content of one list cell: a link for the name (styled by the table's `nameLink` class), a status dot for
 * status columns, else text.
 */
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
      <RouterLink to={to} className={tableClass.nameLink} title={text}>
        {text}
      </RouterLink>
    );
  }
  if (column.source === 'cell' && isStatusColumn(column.label)) return <StatusText text={text} />;
  return <span title={text.length > 24 ? text : undefined}>{text}</span>;
}

import { useTheme } from '@mui/material/styles';
import { Link as RouterLink } from 'react-router';
import { memo } from 'react';
import type { ListColumn, ListRow } from '../../k8s/list-rows.ts';
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

/** How a list cell shows its text: the name links to the details page, status columns get a dot. */
export type CellKind = 'name' | 'status' | 'text';

/** The {@link CellKind} of a column. */
export function cellKind(column: ListColumn): CellKind {
  if (column.source !== 'cell') return 'text';
  if (column.column.format === 'name') return 'name';
  return isStatusColumn(column.label) ? 'status' : 'text';
}

/** The details page of a row's object (where its name cell links to). */
export function rowDetailsUrl(row: ListRow, type: ResourceType): string {
  const { metadata } = row.row;
  return detailsUrl({
    cluster: row.cluster,
    type,
    ...(type.namespaced && metadata.namespace !== undefined ? { namespace: metadata.namespace } : {}),
    name: metadata.name,
  });
}

/**
 * The content of one list cell: a link to `to` for the name (styled by the table's `nameLink` class), a status
 * dot for status columns, else text. Memoized on plain values: when a watch event changes one cell of a row,
 * the row re-renders but its other cells (the name's router link above all) do not.
 */
export const CellContent = memo(function CellContent(props: {
  readonly text: string;
  readonly kind: CellKind;
  /** The name cell's link. */
  readonly to?: string | undefined;
}) {
  const { text, kind, to } = props;
  if (kind === 'name' && to !== undefined)
    return (
      <RouterLink to={to} className={tableClass.nameLink} title={text}>
        {text}
      </RouterLink>
    );
  if (kind === 'status') return <StatusText text={text} />;
  return <span title={text.length > 24 ? text : undefined}>{text}</span>;
});

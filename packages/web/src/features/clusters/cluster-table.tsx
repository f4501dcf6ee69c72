import type { ClusterSummary } from '@wheelhouse/api-types';
import Card from '@mui/material/Card';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { ClusterActions } from './cluster-actions.tsx';
import { StatusChip } from './cluster-status.tsx';
import { SourceLabel } from './source-label.tsx';

const wide = { display: { xs: 'none', lg: 'table-cell' } } as const;
const medium = { display: { xs: 'none', sm: 'table-cell' } } as const;

/** The clusters as a table: name, source, server, status (with reason), version, actions. */
export function ClusterTable(props: {
  readonly clusters: readonly ClusterSummary[];
  readonly hidden: ReadonlySet<string>;
}) {
  const { t } = useTranslation();
  return (
    <Card>
      <Table aria-label={t('home.title')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('home.name')}</TableCell>
            <TableCell sx={medium}>{t('home.source')}</TableCell>
            <TableCell sx={wide}>{t('home.server')}</TableCell>
            <TableCell>{t('home.status')}</TableCell>
            <TableCell sx={medium}>{t('home.version')}</TableCell>
            <TableCell align="right">
              <span className="visually-hidden">{t('home.actions')}</span>
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {props.clusters.map((cluster) => (
            <TableRow key={cluster.name} hover data-testid={`cluster-row-${cluster.name}`}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                <Link
                  component={RouterLink}
                  to={`/c/${encodeURIComponent(cluster.name)}`}
                  underline="hover"
                  sx={{ fontWeight: 600 }}
                >
                  {cluster.name}
                </Link>
                {props.hidden.has(cluster.name) && (
                  <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
                    {t('home.hiddenTag')}
                  </Typography>
                )}
              </TableCell>
              <TableCell sx={{ ...medium, maxWidth: 280 }}>
                <SourceLabel cluster={cluster} />
              </TableCell>
              <TableCell sx={{ ...wide, fontFamily: 'monospace', fontSize: 13, wordBreak: 'break-all' }}>
                {cluster.server}
              </TableCell>
              <TableCell>
                <StatusChip status={cluster.status} />
              </TableCell>
              <TableCell sx={medium}>{cluster.status.version ?? '—'}</TableCell>
              <TableCell align="right" padding="checkbox">
                <ClusterActions cluster={cluster} hidden={props.hidden.has(cluster.name)} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Card>
  );
}

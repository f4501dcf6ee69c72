import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import { ageOf } from '../../../k8s/age.ts';
import { conditionsOf } from '../../../k8s/kube-object.ts';
import { StatusText } from '../cell-content.tsx';
import type { DetailProps } from '../details/detail-registry.tsx';
import { DetailCard } from './detail-card.tsx';

/** `status.conditions` as a table (nothing when the object has none). */
export function ConditionsSection({ object }: DetailProps) {
  const { t } = useTranslation();
  const conditions = conditionsOf(object);
  if (conditions.length === 0) return null;
  return (
    <DetailCard title={t('resources.details.conditions')}>
      <Table size="small" aria-label={t('resources.details.conditions')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('resources.details.conditionType')}</TableCell>
            <TableCell>{t('resources.details.conditionStatus')}</TableCell>
            <TableCell>{t('resources.details.conditionReason')}</TableCell>
            <TableCell>{t('resources.details.conditionMessage')}</TableCell>
            <TableCell>{t('resources.details.conditionSince')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {conditions.map((condition) => (
            <TableRow key={condition.type}>
              <TableCell>{condition.type}</TableCell>
              <TableCell>
                <StatusText text={condition.status} />
              </TableCell>
              <TableCell>{condition.reason ?? ''}</TableCell>
              <TableCell sx={{ maxWidth: 480, wordBreak: 'break-word' }}>{condition.message ?? ''}</TableCell>
              <TableCell>{ageOf(condition.lastTransitionTime)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </DetailCard>
  );
}

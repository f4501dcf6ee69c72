import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip, { type ChipProps } from '@mui/material/Chip';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { manifestName, type ManifestProblem } from '../../k8s/yaml-documents.ts';
import type { DocumentOutcome, DocumentResult } from './create-manifests.ts';
import { editYamlPath } from './edit-yaml-path.ts';
import { KubeErrorAlert } from './kube-error-alert.tsx';

const chip: Record<DocumentOutcome['state'], { key: string; color: ChipProps['color'] }> = {
  invalid: { key: 'failed', color: 'error' },
  unknownKind: { key: 'failed', color: 'error' },
  rejected: { key: 'failed', color: 'error' },
  failed: { key: 'failed', color: 'error' },
  pending: { key: 'inProgress', color: 'default' },
  accepted: { key: 'ok', color: 'info' },
  deferred: { key: 'deferred', color: 'info' },
  created: { key: 'created', color: 'success' },
  notAttempted: { key: 'notAttempted', color: 'warning' },
};

function problemText(t: TFunction, problem: ManifestProblem): string {
  if (problem.type === 'syntax')
    return t('yaml.create.syntax', { line: problem.line, column: problem.column, message: problem.message });
  if (problem.type === 'notMapping') return t('yaml.create.notMapping');
  return t('yaml.create.missingField', { field: problem.field });
}

function title(t: TFunction, result: DocumentResult): string {
  const { document } = result;
  if (!document.manifest) return t('yaml.create.document', { number: document.number, line: document.line });
  const name = manifestName(document.manifest);
  return t('yaml.create.documentNamed', {
    number: document.number,
    kind: document.manifest.kind,
    name: result.namespace ? `${result.namespace}/${name}` : name,
  });
}

/** Per-document results of "Create from YAML", each error naming its document and the field at fault. */
export function CreateResults({
  results,
  busy,
  onNavigate,
}: {
  readonly results: readonly DocumentResult[];
  readonly busy: boolean;
  readonly onNavigate: () => void;
}) {
  const { t } = useTranslation();
  const blocked =
    !busy && results.some((r) => ['invalid', 'unknownKind', 'rejected'].includes(r.outcome.state));
  return (
    <Box sx={{ mt: 2 }}>
      {blocked && (
        <Alert severity="error" sx={{ mb: 1 }}>
          {t('yaml.create.noneCreated')}
        </Alert>
      )}
      <List dense aria-label={t('yaml.create.title')} disablePadding>
        {results.map((result) => {
          const { outcome } = result;
          const status = chip[outcome.state];
          const label = outcome.state === 'pending' ? t('common.loading') : t(`yaml.create.${status.key}`);
          return (
            <ListItem key={result.document.number} divider sx={{ display: 'block', py: 1 }}>
              <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
                <Typography sx={{ fontWeight: 500 }}>{title(t, result)}</Typography>
                <Chip size="small" variant="outlined" color={status.color} label={label} />
                {outcome.state === 'created' && (
                  <Link component={RouterLink} to={editYamlPath(outcome.ref)} onClick={onNavigate}>
                    {t('yaml.create.open')}
                  </Link>
                )}
              </Box>
              {outcome.state === 'invalid' && (
                <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5, color: 'error.main' }}>
                  {outcome.problems.map((problem, i) => (
                    <li key={i}>{problemText(t, problem)}</li>
                  ))}
                </Box>
              )}
              {outcome.state === 'unknownKind' && result.document.manifest && (
                <Typography color="error" variant="body2" sx={{ mt: 0.5 }}>
                  {t('yaml.create.unknownKind', {
                    kind: result.document.manifest.kind,
                    apiVersion: result.document.manifest.apiVersion,
                  })}
                </Typography>
              )}
              {(outcome.state === 'rejected' || outcome.state === 'failed') && (
                <Box sx={{ mt: 0.5 }}>
                  <KubeErrorAlert error={outcome.error} />
                </Box>
              )}
            </ListItem>
          );
        })}
      </List>
    </Box>
  );
}

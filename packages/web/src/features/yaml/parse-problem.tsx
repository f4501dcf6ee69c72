import Alert from '@mui/material/Alert';
import { useTranslation } from 'react-i18next';
import type { ParsedObject } from '../../k8s/object-yaml.ts';

/** Says why the edited text cannot be applied (syntax error with its position, or not one object). */
export function ParseProblem({ parsed }: { readonly parsed: ParsedObject }) {
  const { t } = useTranslation();
  if (parsed.ok) return null;
  const message =
    parsed.type === 'notMapping'
      ? t('yaml.editor.notMapping')
      : parsed.line === undefined
        ? t('yaml.editor.syntaxErrorNoLine', { message: parsed.message })
        : t('yaml.editor.syntaxError', { line: parsed.line, column: parsed.column, message: parsed.message });
  return <Alert severity="error">{message}</Alert>;
}

import Skeleton from '@mui/material/Skeleton';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { YamlCodeEditorProps } from './yaml-code-editor.tsx';
import type { YamlDiffEditorProps } from './yaml-diff-editor.tsx';

const CodeEditor = lazy(() => import('./yaml-code-editor.tsx').then((m) => ({ default: m.YamlCodeEditor })));
const DiffEditor = lazy(() => import('./yaml-diff-editor.tsx').then((m) => ({ default: m.YamlDiffEditor })));

function Placeholder({ height }: { readonly height: number | string }) {
  const { t } = useTranslation();
  return <Skeleton variant="rounded" sx={{ height, minHeight: 200 }} aria-label={t('yaml.editor.loading')} />;
}

/**
 * The Monaco YAML editor, loaded on first use: what surrounds it (toolbars, dialogs) shows at once while
 * Monaco (a few MB) arrives.
 */
export function LazyYamlCodeEditor(props: YamlCodeEditorProps) {
  return (
    <Suspense fallback={<Placeholder height={props.height} />}>
      <CodeEditor {...props} />
    </Suspense>
  );
}

/** The Monaco diff editor, loaded on first use (see {@link LazyYamlCodeEditor}). */
export function LazyYamlDiffEditor(props: YamlDiffEditorProps) {
  return (
    <Suspense fallback={<Placeholder height={props.height} />}>
      <DiffEditor {...props} />
    </Suspense>
  );
}

import { useEffect, useRef } from 'react';
import { EditorFrame, useMonacoTheme } from './editor-frame.tsx';
import { monaco } from './monaco-setup.ts';

/** Props of {@link YamlDiffEditor}. */
export interface YamlDiffEditorProps {
  readonly original: string;
  readonly modified: string;
  readonly ariaLabel: string;
  readonly height: number | string;
}

/** Monaco's side-by-side diff of two YAML texts, read-only (lazy-only module: it pulls Monaco in). */
export function YamlDiffEditor({ original, modified, ariaLabel, height }: YamlDiffEditorProps) {
  const container = useRef<HTMLDivElement>(null);
  const models = useRef<{ original: monaco.editor.ITextModel; modified: monaco.editor.ITextModel } | null>(
    null,
  );
  const initial = useRef({ original, modified });
  useMonacoTheme();

  useEffect(() => {
    const element = container.current;
    if (!element) return undefined;
    const pair = {
      original: monaco.editor.createModel(initial.current.original, 'yaml'),
      modified: monaco.editor.createModel(initial.current.modified, 'yaml'),
    };
    models.current = pair;
    const diff = monaco.editor.createDiffEditor(element, {
      readOnly: true,
      originalEditable: false,
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      renderSideBySide: true,
      useInlineViewWhenSpaceIsLimited: true,
      hideUnchangedRegions: { enabled: true, contextLineCount: 3, minimumLineCount: 5 },
      fontSize: 13,
      ariaLabel,
    });
    diff.setModel(pair);
    return () => {
      diff.dispose();
      pair.original.dispose();
      pair.modified.dispose();
      models.current = null;
    };
    // The diff editor is created once; text changes are applied by the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (!models.current) return;
    if (models.current.original.getValue() !== original) models.current.original.setValue(original);
    if (models.current.modified.getValue() !== modified) models.current.modified.setValue(modified);
  }, [original, modified]);

  return (
    <EditorFrame
      ref={container}
      height={height}
      data-testid="yaml-diff"
      role="region"
      aria-label={ariaLabel}
    />
  );
}

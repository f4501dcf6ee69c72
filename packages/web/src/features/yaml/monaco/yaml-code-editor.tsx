import { useEffect, useRef } from 'react';
import { EditorFrame, useMonacoTheme } from './editor-frame.tsx';
import type { JsonSchema } from '../../../k8s/openapi-schema.ts';
import { monaco, newModelUri, setModelSchema } from './monaco-setup.ts';

/** Props of {@link YamlCodeEditor}. */
export interface YamlCodeEditorProps {
  /** The text; when it changes from outside, the editor takes it over (as one undoable edit). */
  readonly value: string;
  readonly onChange?: (value: string) => void;
  /** Completion, hovers and validation follow this schema. */
  readonly schema?: JsonSchema | null | undefined;
  readonly readOnly?: boolean;
  readonly ariaLabel: string;
  readonly height: number | string;
}

/** The Monaco editor on one YAML model (lazy-only module: it pulls Monaco in). */
export function YamlCodeEditor({
  value,
  onChange,
  schema,
  readOnly,
  ariaLabel,
  height,
}: YamlCodeEditorProps) {
  const container = useRef<HTMLDivElement>(null);
  const editor = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const uri = useRef(newModelUri());
  const onChangeRef = useRef(onChange);
  const initial = useRef(value);
  // The last text this editor reported: `value` coming back equal to it is our own echo, not a reset
  // (applying a stale echo after further typing would drop keystrokes).
  const emitted = useRef(value);
  useMonacoTheme();

  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  useEffect(() => {
    const element = container.current;
    if (!element) return undefined;
    const modelUri = uri.current;
    const model = monaco.editor.createModel(initial.current, 'yaml', monaco.Uri.parse(modelUri));
    const instance = monaco.editor.create(element, {
      model,
      ariaLabel,
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      tabSize: 2,
      insertSpaces: true,
      fontSize: 13,
      wordWrap: 'off',
      // The textarea input, not the experimental EditContext one (with it, keystrokes after the first were
      // lost in Chromium as soon as React re-rendered around the editor).
      editContext: false,
      quickSuggestions: { other: true, comments: false, strings: true },
    });
    editor.current = instance;
    const subscription = model.onDidChangeContent(() => {
      emitted.current = model.getValue();
      onChangeRef.current?.(emitted.current);
    });
    return () => {
      subscription.dispose();
      instance.dispose();
      model.dispose();
      setModelSchema(modelUri, undefined);
      editor.current = null;
    };
    // The editor is created once; later prop changes are applied by the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const model = editor.current?.getModel();
    if (!model || value === emitted.current || model.getValue() === value) return;
    editor.current?.executeEdits('wheelhouse', [{ range: model.getFullModelRange(), text: value }]);
    editor.current?.setScrollTop(0);
  }, [value]);

  useEffect(() => {
    editor.current?.updateOptions({ readOnly: readOnly ?? false, ariaLabel });
  }, [readOnly, ariaLabel]);

  useEffect(() => {
    setModelSchema(uri.current, schema ?? undefined);
  }, [schema]);

  return <EditorFrame ref={container} height={height} data-testid="yaml-editor" />;
}

/**
 * Monaco with only what the YAML editor needs, loaded on demand (never part of the first screen's bundle):
 * the editor API, the editing features people expect (find, folding, suggestions, hovers, comments…), the
 * YAML tokenizer, the diff editor and monaco-yaml. Workers are bundled by Vite (`?worker`), so the editor
 * works offline and never reaches a CDN.
 */
import * as monaco from 'monaco-editor/editor/editor.api.js';
import 'monaco-editor/features/codeEditor/register.js';
import 'monaco-editor/features/codicon/register.js';
import 'monaco-editor/features/bracketMatching/register.js';
import 'monaco-editor/features/clipboard/register.js';
import 'monaco-editor/features/codeAction/register.js';
import 'monaco-editor/features/comment/register.js';
import 'monaco-editor/features/contextmenu/register.js';
import 'monaco-editor/features/cursorUndo/register.js';
import 'monaco-editor/features/diffEditor/register.js';
import 'monaco-editor/features/find/register.js';
import 'monaco-editor/features/folding/register.js';
import 'monaco-editor/features/format/register.js';
import 'monaco-editor/features/gotoError/register.js';
import 'monaco-editor/features/hover/register.js';
import 'monaco-editor/features/indentation/register.js';
import 'monaco-editor/features/linesOperations/register.js';
import 'monaco-editor/features/links/register.js';
import 'monaco-editor/features/multicursor/register.js';
import 'monaco-editor/features/readOnlyMessage/register.js';
import 'monaco-editor/features/smartSelect/register.js';
import 'monaco-editor/features/snippet/register.js';
import 'monaco-editor/features/suggest/register.js';
// The suggestion widget itself (the `suggest` feature above only registers inline suggestions).
import 'monaco-editor/editor/contrib/suggest/browser/suggestController.js';
import 'monaco-editor/editor/browser/coreCommands.js';
import 'monaco-editor/features/wordHighlighter/register.js';
import 'monaco-editor/features/wordOperations/register.js';
import 'monaco-editor/languages/definitions/yaml/register.js';
import { configureMonacoYaml, type MonacoYaml, type SchemasSettings } from 'monaco-yaml';
import EditorWorker from 'monaco-editor/editor/editor.worker.js?worker';
import YamlWorker from './yaml.worker.ts?worker';
import type { JsonSchema } from '../../../k8s/openapi-schema.ts';

globalThis.MonacoEnvironment = {
  getWorker(_moduleId: string, label: string): Worker {
    return label === 'yaml' ? new YamlWorker() : new EditorWorker();
  },
};

const schemas = new Map<string, SchemasSettings>();
let yaml: MonacoYaml | undefined;

/**
 * monaco-yaml (through monaco-worker-manager) calls `editor.createWebWorker({ label, createData })`, the
 * signature before monaco-editor 0.55, which now takes a ready `Worker`. This adapter creates the worker and
 * hands it its `createData` the way Monaco's own language workers are started (a first message boots the
 * worker, the second carries the data), then wraps it with the current API.
 */
function createWebWorker<T extends object>(options: {
  readonly label?: string;
  readonly createData?: unknown;
}): monaco.editor.MonacoWebWorker<T> {
  const worker = options.label === 'yaml' ? new YamlWorker() : new EditorWorker();
  worker.postMessage('ignore');
  worker.postMessage(options.createData);
  return monaco.editor.createWebWorker<T>({ worker });
}

const monacoForYaml = { ...monaco, editor: { ...monaco.editor, createWebWorker } };

function yamlSupport(): MonacoYaml {
  yaml ??= configureMonacoYaml(monacoForYaml, {
    enableSchemaRequest: false,
    format: { enable: false },
    validate: true,
    completion: true,
    hover: true,
    isKubernetes: false,
    schemas: [],
  });
  return yaml;
}

/**
 * Associates `schema` with the model at `modelUri` (or removes the association with `undefined`). monaco-yaml
 * has one configuration for the whole page, so every open editor's schema is kept here and sent together.
 */
export function setModelSchema(modelUri: string, schema: JsonSchema | undefined): void {
  if (schema)
    schemas.set(modelUri, {
      uri: modelUri.replace(/\.yaml$/, '.schema.json'),
      fileMatch: [modelUri],
      schema,
    });
  else schemas.delete(modelUri);
  void yamlSupport().update({ schemas: [...schemas.values()] });
}

let counter = 0;

/** A fresh YAML model URI (each editor owns one model). */
export function newModelUri(): string {
  counter += 1;
  return `file:///wheelhouse/object-${String(counter)}.yaml`;
}

yamlSupport();

export { monaco };

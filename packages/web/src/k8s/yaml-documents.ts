/**
 * Multi-document YAML as the editor and "Create from YAML" read it: each document parsed on its own, with
 * the problems of each document named by its number and line, so one bad document never hides the others.
 */
import { LineCounter, parseAllDocuments, stringify } from 'yaml';

/** Why one document cannot be sent to the API server. */
export type ManifestProblem =
  | { readonly type: 'syntax'; readonly message: string; readonly line: number; readonly column: number }
  | { readonly type: 'notMapping' }
  | { readonly type: 'missingField'; readonly field: 'apiVersion' | 'kind' | 'metadata.name' };

/** The parts of a Kubernetes object every manifest has. */
export interface KubeManifest {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: {
    readonly name?: string;
    readonly generateName?: string;
    readonly namespace?: string;
    readonly [key: string]: unknown;
  };
  readonly [key: string]: unknown;
}

/** One document of a YAML stream. */
export interface ManifestDocument {
  /** 1-based number of the document among the non-empty documents of the text. */
  readonly number: number;
  /** 1-based line of the whole text where the document starts. */
  readonly line: number;
  /** The manifest, when the document has no problems. */
  readonly manifest: KubeManifest | undefined;
  readonly problems: readonly ManifestProblem[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function manifestProblems(value: unknown): ManifestProblem[] {
  if (!isRecord(value)) return [{ type: 'notMapping' }];
  const problems: ManifestProblem[] = [];
  if (typeof value['apiVersion'] !== 'string' || value['apiVersion'] === '')
    problems.push({ type: 'missingField', field: 'apiVersion' });
  if (typeof value['kind'] !== 'string' || value['kind'] === '')
    problems.push({ type: 'missingField', field: 'kind' });
  const metadata = value['metadata'];
  const named =
    isRecord(metadata) &&
    ((typeof metadata['name'] === 'string' && metadata['name'] !== '') ||
      (typeof metadata['generateName'] === 'string' && metadata['generateName'] !== ''));
  if (!named) problems.push({ type: 'missingField', field: 'metadata.name' });
  return problems;
}

/**
 * Splits `text` at `---` into documents and checks each one: YAML syntax (with line and column in the whole
 * text), a mapping, `apiVersion`, `kind` and `metadata.name` (or `generateName`). Documents holding only
 * comments or nothing are left out.
 */
export function parseManifests(text: string): ManifestDocument[] {
  const lineCounter = new LineCounter();
  const parsed = parseAllDocuments(text, { lineCounter, prettyErrors: false });
  const documents = Array.isArray(parsed) ? parsed : [];
  const result: ManifestDocument[] = [];
  for (const document of documents) {
    const syntax: ManifestProblem[] = document.errors.map((error) => {
      const position = lineCounter.linePos(error.pos[0]);
      return {
        type: 'syntax',
        message: error.message.split('\n')[0] ?? error.message,
        line: position.line,
        column: position.col,
      };
    });
    const value: unknown = syntax.length ? undefined : document.toJS({ maxAliasCount: 100 });
    // A document of only comments (or nothing) between two `---` is no manifest: skip it.
    if (syntax.length === 0 && (value === null || value === undefined)) continue;
    const start = document.contents?.range[0] ?? document.range[0];
    const line = lineCounter.linePos(start).line;
    const number = result.length + 1;
    if (syntax.length > 0) {
      result.push({ number, line, manifest: undefined, problems: syntax });
      continue;
    }
    const problems = manifestProblems(value);
    result.push({ number, line, manifest: problems.length ? undefined : (value as KubeManifest), problems });
  }
  return result;
}

/** A Kubernetes object as YAML the way the editor shows it: no line folding, no anchors. */
export function toYaml(value: unknown): string {
  return stringify(value, { lineWidth: 0, aliasDuplicateObjects: false });
}

/** `metadata.name`, else `generateName` followed by `*`, else `''`: how messages name a manifest. */
export function manifestName(manifest: KubeManifest): string {
  return (
    manifest.metadata.name ?? (manifest.metadata.generateName ? `${manifest.metadata.generateName}*` : '')
  );
}

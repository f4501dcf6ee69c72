/**
 * The JSON schema of one kind, cut out of the cluster's OpenAPI v3 document of its group version, in the
 * shape monaco-yaml reads: `$ref`s point into `definitions`, only the schemas the kind reaches are kept.
 */

/** A JSON schema (the subset of keywords this module reads is typed; everything else passes through). */
export interface JsonSchema {
  readonly $ref?: string;
  readonly type?: string | string[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly additionalProperties?: boolean | JsonSchema;
  readonly definitions?: Readonly<Record<string, JsonSchema>>;
  readonly [keyword: string]: unknown;
}

/** `/openapi/v3`: where each group version's document is served. */
export interface OpenApiIndex {
  readonly paths: Readonly<Record<string, { readonly serverRelativeURL: string }>>;
}

/** The part of a group version's OpenAPI v3 document this module reads. */
export interface OpenApiDocument {
  readonly components?: { readonly schemas?: Readonly<Record<string, JsonSchema>> };
}

/** A kind in a group version. */
export interface GroupVersionKind {
  readonly group: string;
  readonly version: string;
  readonly kind: string;
}

const refPrefix = '#/components/schemas/';

/** The key of a group version in `/openapi/v3` (`api/v1`, `apis/apps/v1`). */
export function openApiPathOf(gvk: Pick<GroupVersionKind, 'group' | 'version'>): string {
  return gvk.group === '' ? `api/${gvk.version}` : `apis/${gvk.group}/${gvk.version}`;
}

function isGvkList(value: unknown): value is readonly Partial<GroupVersionKind>[] {
  return Array.isArray(value);
}

/** The name under `components.schemas` of the schema of `gvk`, found by `x-kubernetes-group-version-kind`. */
export function findKindSchemaName(document: OpenApiDocument, gvk: GroupVersionKind): string | undefined {
  const schemas = document.components?.schemas ?? {};
  return Object.keys(schemas).find((name) => {
    const list = schemas[name]?.['x-kubernetes-group-version-kind'];
    return (
      isGvkList(list) &&
      list.some((x) => x.group === gvk.group && x.version === gvk.version && x.kind === gvk.kind)
    );
  });
}

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Rewrites one schema for a JSON-schema validator: `$ref` into `definitions`; `x-kubernetes-int-or-string`
 * as integer-or-string; `nullable` as an allowed `null`; objects with a closed list of properties (no
 * `x-kubernetes-preserve-unknown-fields`) refuse unknown fields, as the API server's strict field validation
 * does. Each `$ref` reached is reported to `onRef`.
 */
function convert(value: unknown, onRef: (name: string) => void): unknown {
  if (Array.isArray(value)) return value.map((item: unknown) => convert(item, onRef));
  if (!isSchema(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === '$ref' && typeof child === 'string' && child.startsWith(refPrefix)) {
      const name = child.slice(refPrefix.length);
      onRef(name);
      out[key] = `#/definitions/${name}`;
    } else if (key === 'x-kubernetes-group-version-kind' || key === 'nullable') {
      // not JSON schema; `nullable` is handled below
    } else {
      out[key] = convert(child, onRef);
    }
  }
  if (value['x-kubernetes-int-or-string'] === true) {
    delete out['type'];
    delete out['format'];
    out['anyOf'] = [{ type: 'integer' }, { type: 'string' }];
  }
  if (value['nullable'] === true && typeof value.type === 'string') out['type'] = [value.type, 'null'];
  if (
    value.properties !== undefined &&
    value.additionalProperties === undefined &&
    value['x-kubernetes-preserve-unknown-fields'] !== true
  )
    out['additionalProperties'] = false;
  return out;
}

/**
 * The schema of `gvk` from its group version's OpenAPI v3 `document`, with every schema it references in
 * `definitions`, `apiVersion` and `kind` pinned to the kind; `undefined` when the document lacks the kind.
 */
export function extractKindSchema(document: OpenApiDocument, gvk: GroupVersionKind): JsonSchema | undefined {
  const schemas = document.components?.schemas ?? {};
  const rootName = findKindSchemaName(document, gvk);
  if (rootName === undefined) return undefined;
  const definitions: Record<string, JsonSchema> = {};
  const pending = [rootName];
  const seen = new Set(pending);
  const onRef = (name: string): void => {
    if (!seen.has(name)) {
      seen.add(name);
      pending.push(name);
    }
  };
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    const schema = schemas[name];
    if (schema) definitions[name] = convert(schema, onRef) as JsonSchema;
  }
  const root = definitions[rootName] ?? {};
  const apiVersion = gvk.group === '' ? gvk.version : `${gvk.group}/${gvk.version}`;
  return {
    ...root,
    properties: {
      ...root.properties,
      apiVersion: {
        type: 'string',
        enum: [apiVersion],
        description: root.properties?.['apiVersion']?.['description'],
      },
      kind: { type: 'string', enum: [gvk.kind], description: root.properties?.['kind']?.['description'] },
    },
    definitions,
  };
}

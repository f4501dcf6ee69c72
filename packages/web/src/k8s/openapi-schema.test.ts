import { describe, expect, it } from 'vitest';
import {
  extractKindSchema,
  findKindSchemaName,
  openApiPathOf,
  type OpenApiDocument,
} from './openapi-schema.ts';

const document: OpenApiDocument = {
  components: {
    schemas: {
      'io.k8s.api.core.v1.ConfigMap': {
        type: 'object',
        'x-kubernetes-group-version-kind': [{ group: '', version: 'v1', kind: 'ConfigMap' }],
        properties: {
          apiVersion: { type: 'string', description: 'APIVersion defines…' },
          kind: { type: 'string' },
          metadata: {
            allOf: [{ $ref: '#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' }],
            default: {},
          },
          data: { type: 'object', additionalProperties: { type: 'string' } },
        },
      },
      'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta': {
        type: 'object',
        properties: {
          name: { type: 'string' },
          ownerReferences: {
            type: 'array',
            items: { $ref: '#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference' },
          },
        },
      },
      'io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference': {
        type: 'object',
        properties: { uid: { type: 'string', nullable: true } },
      },
      'io.k8s.api.core.v1.Pod': {
        'x-kubernetes-group-version-kind': [{ group: '', version: 'v1', kind: 'Pod' }],
        properties: { port: { 'x-kubernetes-int-or-string': true, type: 'string', format: 'int-or-string' } },
      },
      'io.k8s.api.core.v1.Unused': { type: 'object' },
      'example.Widget': {
        'x-kubernetes-group-version-kind': [{ group: 'example.com', version: 'v1', kind: 'Widget' }],
        type: 'object',
        properties: {
          spec: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true, properties: {} },
        },
      },
    },
  },
};

describe('openapi schema of a kind', () => {
  it('knows where a group version is listed', () => {
    expect(openApiPathOf({ group: '', version: 'v1' })).toBe('api/v1');
    expect(openApiPathOf({ group: 'apps', version: 'v1' })).toBe('apis/apps/v1');
  });

  it('finds the schema by x-kubernetes-group-version-kind', () => {
    expect(findKindSchemaName(document, { group: '', version: 'v1', kind: 'ConfigMap' })).toBe(
      'io.k8s.api.core.v1.ConfigMap',
    );
    expect(findKindSchemaName(document, { group: 'apps', version: 'v1', kind: 'ConfigMap' })).toBeUndefined();
  });

  it('keeps only the reachable schemas, with $refs into definitions', () => {
    const schema = extractKindSchema(document, { group: '', version: 'v1', kind: 'ConfigMap' });
    expect(Object.keys(schema?.definitions ?? {}).sort()).toEqual([
      'io.k8s.api.core.v1.ConfigMap',
      'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta',
      'io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference',
    ]);
    expect(schema?.properties?.['metadata']).toEqual({
      allOf: [{ $ref: '#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' }],
      default: {},
    });
    expect(schema?.['x-kubernetes-group-version-kind']).toBeUndefined();
  });

  it('pins apiVersion and kind, refuses unknown fields and allows null where OpenAPI says nullable', () => {
    const schema = extractKindSchema(document, { group: '', version: 'v1', kind: 'ConfigMap' });
    expect(schema?.properties?.['apiVersion']).toEqual({
      type: 'string',
      enum: ['v1'],
      description: 'APIVersion defines…',
    });
    expect(schema?.properties?.['kind']).toMatchObject({ enum: ['ConfigMap'] });
    expect(schema?.additionalProperties).toBe(false);
    const owner = schema?.definitions?.['io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference'];
    expect(owner?.properties?.['uid']).toEqual({ type: ['string', 'null'] });
  });

  it('turns int-or-string into integer or string, and keeps preserve-unknown-fields objects open', () => {
    const pod = extractKindSchema(document, { group: '', version: 'v1', kind: 'Pod' });
    expect(pod?.properties?.['port']).toEqual({
      'x-kubernetes-int-or-string': true,
      anyOf: [{ type: 'integer' }, { type: 'string' }],
    });
    const widget = extractKindSchema(document, { group: 'example.com', version: 'v1', kind: 'Widget' });
    expect(widget?.properties?.['spec']?.additionalProperties).toBeUndefined();
    expect(widget?.properties?.['apiVersion']).toMatchObject({ enum: ['example.com/v1'] });
  });

  it('returns undefined for a kind the document lacks', () => {
    expect(extractKindSchema(document, { group: '', version: 'v1', kind: 'Secret' })).toBeUndefined();
    expect(extractKindSchema({}, { group: '', version: 'v1', kind: 'Secret' })).toBeUndefined();
  });
});

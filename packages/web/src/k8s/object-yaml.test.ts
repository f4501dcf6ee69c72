import { describe, expect, it } from 'vitest';
import { parseObjectYaml, withoutManagedFields } from './object-yaml.ts';

describe('withoutManagedFields', () => {
  it('removes metadata.managedFields and nothing else, without touching the input', () => {
    const object = {
      kind: 'ConfigMap',
      metadata: { name: 'a', resourceVersion: '7', managedFields: [{ manager: 'kubectl' }] },
      data: { x: '1' },
    };
    expect(withoutManagedFields(object)).toEqual({
      kind: 'ConfigMap',
      metadata: { name: 'a', resourceVersion: '7' },
      data: { x: '1' },
    });
    expect(object.metadata.managedFields).toHaveLength(1);
  });

  it('returns objects without managedFields as they are', () => {
    const object = { metadata: { name: 'a' } };
    expect(withoutManagedFields(object)).toBe(object);
  });
});

describe('parseObjectYaml', () => {
  it('reads one object', () => {
    expect(parseObjectYaml('kind: ConfigMap\nmetadata:\n  name: a\n')).toEqual({
      ok: true,
      object: { kind: 'ConfigMap', metadata: { name: 'a' } },
    });
  });

  it('names the position of a syntax error', () => {
    const result = parseObjectYaml('kind: ConfigMap\nmetadata:\n  name: [a\n');
    expect(result).toMatchObject({ ok: false, type: 'syntax', line: expect.any(Number) as number });
  });

  it('refuses lists, scalars and several documents', () => {
    expect(parseObjectYaml('- a\n')).toEqual({ ok: false, type: 'notMapping' });
    expect(parseObjectYaml('42\n')).toEqual({ ok: false, type: 'notMapping' });
    expect(parseObjectYaml('a: 1\n---\nb: 2\n')).toMatchObject({ ok: false, type: 'syntax' });
  });
});

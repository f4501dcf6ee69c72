import { describe, expect, it } from 'vitest';
import { ManagedFieldsCutter } from './managed-fields-cut.ts';

/** Runs `text` through a cutter in pieces of the given sizes (the rest in one piece). */
function cut(text: string, sizes: readonly number[] = []): string {
  const bytes = Buffer.from(text);
  const cutter = new ManagedFieldsCutter();
  const out: Buffer[] = [];
  let at = 0;
  for (const size of sizes) {
    out.push(...cutter.push(bytes.subarray(at, at + size)));
    at += size;
  }
  if (at < bytes.length) out.push(...cutter.push(bytes.subarray(at)));
  out.push(...cutter.end());
  return Buffer.concat(out).toString();
}

/** Every way of splitting `text` in two, and in pieces of 1 to 7 bytes. */
function splits(text: string): number[][] {
  const length = Buffer.byteLength(text);
  const ways: number[][] = [];
  for (let at = 0; at <= length; at++) ways.push([at]);
  for (let size = 1; size <= 7; size++)
    ways.push(Array.from({ length: Math.ceil(length / size) }, () => size));
  return ways;
}

function withoutManagedFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutManagedFields);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'managedFields')
      .map(([key, member]) => [key, withoutManagedFields(member)]),
  );
}

const managedFields = [
  {
    manager: 'kubectl',
    operation: 'Apply',
    fieldsType: 'FieldsV1',
    fieldsV1: { 'f:status': { 'k:{"type":"Ready"}': { '.': {}, 'f:status': {} } }, 'f:data': { 'f:x': {} } },
  },
];

function row(name: string, extra: Record<string, unknown> = {}): unknown {
  return {
    cells: [name, '1/1', 'Running', 0, '5m'],
    object: {
      kind: 'PartialObjectMetadata',
      apiVersion: 'meta.k8s.io/v1',
      metadata: { name, namespace: 'default', uid: `${name}-uid`, managedFields, ...extra },
    },
  };
}

const table = {
  kind: 'Table',
  apiVersion: 'meta.k8s.io/v1',
  metadata: { resourceVersion: '42', continue: 'abc' },
  columnDefinitions: [{ name: 'Name', type: 'string' }],
  rows: [
    row('a'),
    row('b', { labels: { tricky: '"managedFields":[1]' } }),
    row('c', { annotations: { 'x/y': '{"metadata":{"managedFields":[{"a":"}"}]}}' } }),
  ],
};

describe('ManagedFieldsCutter', () => {
  it('leaves managedFields out of every row, whatever the chunk boundaries', () => {
    const text = JSON.stringify(table);
    const expected = JSON.stringify(withoutManagedFields(table));
    for (const sizes of splits(text)) expect(cut(text, sizes), `pieces ${sizes.join(',')}`).toBe(expected);
  });

  it('keeps strings that only look like the key, and keys that only start like it', () => {
    const doc = {
      metadata: { managedFieldsCount: 2, name: 'managedFields', note: 'a "managedFields": b' },
      'x"managedFields': [1],
    };
    const text = JSON.stringify(doc);
    for (const sizes of splits(text)) expect(cut(text, sizes)).toBe(text);
  });

  it('cuts a first member, a last member and an only member, with their comma', () => {
    const docs = [
      { managedFields: [{ a: 1 }], name: 'first' },
      { name: 'last', managedFields: [] },
      { managedFields: { nested: ['}', ']'] } },
      { a: { managedFields: null }, b: { managedFields: 12, c: 'd' } },
      { a: { managedFields: 'text with \\"quotes\\" and \\\\', c: true } },
    ];
    for (const doc of docs) {
      const text = JSON.stringify(doc);
      for (const sizes of splits(text)) {
        expect(JSON.parse(cut(text, sizes)), `${text} in ${sizes.join(',')}`).toEqual(
          withoutManagedFields(doc),
        );
      }
    }
  });

  it('cuts indented JSON (pretty=true) and leaves valid JSON', () => {
    const text = JSON.stringify(table, null, 2);
    for (const sizes of [[], [1], [100], [101], [333], [5, 5, 5, 5]]) {
      expect(JSON.parse(cut(text, sizes))).toEqual(withoutManagedFields(table));
    }
  });

  it('cuts every event of a watch stream', () => {
    const events = [
      { type: 'ADDED', object: { ...table, rows: [row('a')] } },
      { type: 'BOOKMARK', object: { kind: 'Table', metadata: { resourceVersion: '43' } } },
      { type: 'MODIFIED', object: { ...table, rows: [row('b')] } },
    ];
    const text = events.map((event) => `${JSON.stringify(event)}\n`).join('');
    for (const sizes of [[], [17], [200], [3, 3, 3]]) {
      const lines = cut(text, sizes).split('\n');
      expect(lines.pop()).toBe('');
      expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual(events.map(withoutManagedFields));
    }
  });

  it('passes a body without the key through unchanged, chunk for chunk', () => {
    const cutter = new ManagedFieldsCutter();
    const chunk = Buffer.from('{"kind":"Table","rows":[]}');
    expect(cutter.push(chunk)).toEqual([chunk]);
    expect(cutter.end()).toEqual([]);
  });

  it('sends nothing of a value cut off by the end of the body', () => {
    expect(cut('{"a":1,"managedFields":[{"b":')).toBe('{"a":1');
  });
});

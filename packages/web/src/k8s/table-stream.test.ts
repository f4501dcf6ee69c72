import { describe, expect, it } from 'vitest';
import { parseTablePage } from './table.ts';
import { readTableStream, TableScanner } from './table-stream.ts';

const table = {
  kind: 'Table',
  apiVersion: 'meta.k8s.io/v1',
  metadata: { resourceVersion: '42', continue: 'tok' },
  columnDefinitions: [
    { name: 'Name', type: 'string', format: 'name', description: 'the "rows": [ name', priority: 0 },
    { name: 'Status', type: 'string', format: '', description: '', priority: 0 },
  ],
  rows: ['web-1', 'we}b-2', 'web-"3"', 'web\\4', 'wéb-5'].map((name, i) => ({
    cells: [name, i % 2 ? 'Running' : 'Pending'],
    object: {
      kind: 'PartialObjectMetadata',
      metadata: { name, namespace: 'shop', uid: `u${String(i)}`, labels: { 'a{b': '[c]', rows: 'x' } },
    },
  })),
};

/** The document as a stream cut into pieces of `size` bytes (cutting inside characters and strings). */
function streamOf(text: string, size: number): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) controller.close();
      else controller.enqueue(bytes.slice(at, (at += size)));
    },
  });
}

describe('reading a Table while it arrives', () => {
  for (const [label, text] of [
    ['compact', JSON.stringify(table)],
    ['indented', JSON.stringify(table, null, 2)],
  ] as const) {
    it(`gives what parsing the whole ${label} document gives, however it is cut`, async () => {
      const whole = parseTablePage(JSON.parse(text));
      expect(whole.rows).toHaveLength(5);
      for (const size of [1, 3, 7, 64, 100_000])
        expect(await readTableStream(streamOf(text, size))).toEqual(whole);
    });
  }

  it('hands out rows as soon as their text is complete', () => {
    const text = JSON.stringify(table);
    const scanner = new TableScanner();
    const secondRow = text.indexOf('we}b-2');
    scanner.push(text.slice(0, secondRow));
    expect(scanner.takeRows().map((row) => row.metadata.name)).toEqual(['web-1']);
    scanner.push(text.slice(secondRow));
    expect(scanner.takeRows()).toHaveLength(4);
    expect(scanner.finish()).toMatchObject({ rows: [], resourceVersion: '42', continueToken: 'tok' });
  });

  it('leaves out each row’s managedFields, like the whole-document parser, however it is cut', async () => {
    const managed = {
      ...table,
      rows: table.rows.map((r, i) => ({
        ...r,
        object: {
          ...r.object,
          metadata: {
            // A value that reads like the key, and a key that is not the metadata's.
            generateName: 'managedFields',
            ...r.object.metadata,
            managedFields: [
              { manager: 'kubectl', fieldsV1: { 'f:metadata': { 'f:labels': { '.': {}, 'f:a{b': {} } } } },
              { manager: `x"]}[{${String(i)}`, fieldsType: 'FieldsV1' },
            ],
            annotations: { managedFields: '[not this]' },
          },
        },
      })),
    };
    for (const text of [JSON.stringify(managed), JSON.stringify(managed, null, 2)]) {
      const whole = parseTablePage(JSON.parse(text));
      expect(whole.rows).toHaveLength(5);
      expect(whole.rows[0]?.metadata).not.toHaveProperty('managedFields');
      expect(whole.rows[0]?.metadata).toMatchObject({
        generateName: 'managedFields',
        annotations: { managedFields: '[not this]' },
      });
      for (const size of [1, 3, 7, 64, 100_000])
        expect(await readTableStream(streamOf(text, size))).toEqual(whole);
    }
  });

  it('tells the page without its rows (continue token, columns) once, as soon as the rows start', async () => {
    for (const text of [JSON.stringify(table), JSON.stringify(table, null, 2)]) {
      const scanner = new TableScanner();
      const rowsStart = text.indexOf('web-1');
      scanner.push(text.slice(0, text.indexOf('"rows"')));
      expect(scanner.head()).toBeUndefined();
      scanner.push(text.slice(text.indexOf('"rows"'), rowsStart));
      expect(scanner.head()).toMatchObject({ rows: [], continueToken: 'tok', resourceVersion: '42' });
      expect(scanner.head()?.columns).toHaveLength(2);
      const heads: unknown[] = [];
      await readTableStream(streamOf(text, 7), (head) => heads.push(head));
      expect(heads).toEqual([scanner.head()]);
    }
  });

  it('reads a plain list and an empty Table like the whole-document parser', async () => {
    const list = {
      kind: 'PodList',
      metadata: { resourceVersion: '7' },
      items: [{ metadata: { name: 'a' } }],
    };
    const empty = { ...table, rows: [] };
    for (const doc of [list, empty]) {
      const text = JSON.stringify(doc);
      expect(await readTableStream(streamOf(text, 5))).toEqual(parseTablePage(JSON.parse(text)));
    }
  });

  it('rejects a broken document', async () => {
    await expect(readTableStream(streamOf('{"kind":"Table","rows":[{"cells":[}]}', 4))).rejects.toThrow(
      SyntaxError,
    );
  });
});

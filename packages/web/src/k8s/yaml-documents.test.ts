import { describe, expect, it } from 'vitest';
import { manifestName, parseManifests, toYaml } from './yaml-documents.ts';

describe('parseManifests', () => {
  it('reads several documents with their numbers and starting lines, skipping empty ones', () => {
    const text = [
      '# leading comment',
      '---',
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata: { name: a }',
      '---',
      '# only a comment',
      '---',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  generateName: web-',
      '',
    ].join('\n');
    const documents = parseManifests(text);
    expect(documents.map((d) => [d.number, d.line, d.problems.length])).toEqual([
      [1, 3, 0],
      [2, 9, 0],
    ]);
    expect(documents[0]?.manifest).toEqual({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a' } });
    expect(documents[1]?.manifest && manifestName(documents[1].manifest)).toBe('web-*');
  });

  it('names a syntax error by its line and column in the whole text, without hiding the other documents', () => {
    const text =
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ok}\n---\napiVersion: v1\nkind: [unclosed\n';
    const [first, second] = parseManifests(text);
    expect(first?.problems).toEqual([]);
    expect(second?.manifest).toBeUndefined();
    expect(second?.problems[0]).toMatchObject({ type: 'syntax', line: expect.any(Number) as number });
    const problem = second?.problems[0];
    expect(problem?.type === 'syntax' && problem.line).toBeGreaterThanOrEqual(6);
  });

  it('says which required field a document lacks', () => {
    const [document] = parseManifests('kind: ConfigMap\nmetadata: {}\n');
    expect(document?.problems).toEqual([
      { type: 'missingField', field: 'apiVersion' },
      { type: 'missingField', field: 'metadata.name' },
    ]);
  });

  it('refuses a document that is not a mapping', () => {
    expect(parseManifests('- a\n- b\n')[0]?.problems).toEqual([{ type: 'notMapping' }]);
    expect(parseManifests('just text\n')[0]?.problems).toEqual([{ type: 'notMapping' }]);
  });

  it('returns nothing for an empty or comment-only text', () => {
    expect(parseManifests('')).toEqual([]);
    expect(parseManifests('# nothing\n---\n')).toEqual([]);
  });
});

describe('toYaml', () => {
  it('keeps long strings on one line and repeats shared objects instead of anchoring them', () => {
    const shared = { a: 1 };
    const long = 'x'.repeat(200);
    const text = toYaml({ one: shared, two: shared, long });
    expect(text).not.toContain('&');
    expect(text).toContain(`long: ${long}\n`);
  });
});

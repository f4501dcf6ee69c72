import { describe, expect, it } from 'vitest';
import { entryPathProblem, parsePluginManifest } from './plugin-manifest.ts';

describe('parsePluginManifest', () => {
  it('reads name, version, entry, display name and description', () => {
    const result = parsePluginManifest(
      JSON.stringify({
        name: '@acme/pod-counter',
        version: '1.2.3-beta.1',
        description: 'Counts pods',
        wheelhouse: { entry: './dist/index.js', displayName: 'Pod counter' },
      }),
    );
    expect(result.errors).toEqual([]);
    expect(result.value).toEqual({
      name: '@acme/pod-counter',
      version: '1.2.3-beta.1',
      entry: 'dist/index.js',
      displayName: 'Pod counter',
      description: 'Counts pods',
    });
  });

  it('falls back to module, then main, and to the name as display name', () => {
    expect(
      parsePluginManifest('{"name":"a","version":"1.0.0","module":"m.mjs","main":"x.js"}').value?.entry,
    ).toBe('m.mjs');
    const main = parsePluginManifest('{"name":"a","version":"1.0.0","main":"x.js"}').value;
    expect(main).toMatchObject({ entry: 'x.js', displayName: 'a' });
  });

  it('names each field at fault', () => {
    const result = parsePluginManifest(
      '{"name":"Bad Name","version":"one","wheelhouse":{"entry":"../x.js"}}',
    );
    expect(result.value).toBeUndefined();
    expect(result.name).toBeUndefined();
    expect(result.errors.map((e) => e.field)).toEqual(['name', 'version', 'wheelhouse.entry']);
    expect(result.errors[2]?.message).toContain('must stay inside the plugin folder');
  });

  it('explains a missing entry and invalid JSON', () => {
    expect(parsePluginManifest('{"name":"a","version":"1.0.0"}').errors[0]?.message).toContain(
      '"wheelhouse": {"entry"',
    );
    expect(parsePluginManifest('{nope').errors[0]?.message).toContain('not valid JSON');
    expect(parsePluginManifest('[1]').errors[0]?.message).toContain('JSON object');
    expect(parsePluginManifest('{"name":"a","version":"1.0.0","wheelhouse":3}').errors[0]?.field).toBe(
      'wheelhouse',
    );
  });
});

describe('entryPathProblem', () => {
  it.each(['/etc/passwd', 'C:/x.js', 'a/../b.js', 'a//b.js', './', 'a\\b.js', 'a\0.js', 'index.ts', '.'])(
    'refuses %j',
    (entry) => {
      expect(entryPathProblem(entry)).toBeDefined();
    },
  );

  it('accepts relative module paths', () => {
    expect(entryPathProblem('dist/index.js')).toBeUndefined();
    expect(entryPathProblem('./index.mjs')).toBeUndefined();
  });
});

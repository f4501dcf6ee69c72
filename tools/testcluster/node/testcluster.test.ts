import { mkdtempSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goAvailable } from './testcluster.ts';

/** A PATH holding only a fake `go` that prints `version`. */
function fakeGo(version: string): NodeJS.ProcessEnv {
  const dir = mkdtempSync(join(tmpdir(), 'fake-go-'));
  writeFileSync(join(dir, 'go'), `#!/bin/sh\necho go${version}\n`);
  chmodSync(join(dir, 'go'), 0o755);
  return { PATH: dir };
}

describe('goAvailable', () => {
  it('says so when Go is missing', () => {
    expect(goAvailable({ PATH: '/nonexistent' })).toEqual({
      ok: false,
      message: 'Go is not installed (need Go 1.26 or newer)',
    });
  });

  it('refuses a Go older than 1.26 and accepts newer ones', () => {
    expect(goAvailable(fakeGo('1.25.4'))).toEqual({
      ok: false,
      message: 'Go 1.25.4 is too old (need 1.26+)',
    });
    expect(goAvailable(fakeGo('1.26.0'))).toEqual({ ok: true });
    expect(goAvailable(fakeGo('1.27.1'))).toEqual({ ok: true });
  });
});

/**
 * The web app the browser scenarios measure: built from the working tree if its sources changed, and which
 * sources those were (the commit, and whether packages/web had uncommitted changes), for the report.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../../tools/testcluster/node/testcluster.ts';

/** Rebuilds packages/web/dist when its sources are newer (packages/web/build-if-stale.ts). */
export function buildWebIfStale(): void {
  execFileSync(process.execPath, [join(repoRoot, 'packages/web/build-if-stale.ts')], { stdio: 'inherit' });
}

/** "commit abc1234" or "commit abc1234 + uncommitted changes in packages/web (N files)". */
export function webSourceState(): string {
  const git = (...args: string[]): string =>
    execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' }).trim();
  try {
    const commit = git('rev-parse', '--short', 'HEAD');
    const changed = git('status', '--porcelain', '--', 'packages/web').split('\n').filter(Boolean);
    return changed.length === 0
      ? `commit ${commit}`
      : `commit ${commit} + uncommitted changes in packages/web (${String(changed.length)} files)`;
  } catch {
    return 'unknown (no git)';
  }
}

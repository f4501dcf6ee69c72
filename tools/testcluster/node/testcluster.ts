/**
 * Node side of tools/testcluster: builds the Go multi-call binary when needed and starts or stops clusters.
 * Used by the npm scripts (cluster:up, cluster:down, kubectl, demo) and by the test command's global setup.
 */
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** Where clusters live by default (git-ignored). */
export const defaultClusterDir = join(repoRoot, '.testcluster');
const moduleDir = join(repoRoot, 'tools/testcluster');
/** The built binary. */
export const binaryPath = join(moduleDir, 'bin/testcluster');

/** cluster.json, written by the supervisor once the cluster is usable. */
export interface ClusterInfo {
  name: string;
  server: string;
  version: string;
  ports: Record<string, number>;
  supervisorPid: number;
  pids: Record<string, number>;
  executable: string;
  adminKubeconfig: string;
  viewerKubeconfig: string;
  viewerToken: string;
  caCert: string;
  nodes: number;
  seeded: boolean;
  logsDir: string;
  podLogFile: string;
}

/** Thrown when Go is missing, too old, or the build fails; `code` is the exit status to use. */
export class TestClusterError extends Error {
  readonly code: number;
  constructor(message: string, code = 1) {
    super(message);
    this.name = 'TestClusterError';
    this.code = code;
  }
}

/** Newest modification time of the Go sources the binary is built from. */
function newestSourceTime(dir = moduleDir): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'bin' || entry.name === 'node') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceTime(path));
    else if (/\.(go|mod|sum|yaml|sh)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Whether Go is installed; the message says why not. `env` is the environment to look in (PATH). */
export function goAvailable(
  env: NodeJS.ProcessEnv = process.env,
): { ok: true } | { ok: false; message: string } {
  const result = spawnSync('go', ['env', 'GOVERSION'], {
    encoding: 'utf8',
    env: { ...env, GOTOOLCHAIN: 'local' },
  });
  if (result.error) return { ok: false, message: 'Go is not installed (need Go 1.26 or newer)' };
  const version = result.stdout.trim().replace(/^go/, '');
  const [major = 0, minor = 0] = version.split('.').map(Number);
  if (major < 1 || (major === 1 && minor < 26))
    return { ok: false, message: `Go ${version} is too old (need 1.26+)` };
  return { ok: true };
}

/**
 * Builds the binary unless it is newer than every source file. The first build compiles Kubernetes
 * (about 10 minutes on 2 cores); later builds come from the Go build cache in seconds.
 */
export function ensureBinary(log: (line: string) => void = (l) => process.stderr.write(l + '\n')): string {
  if (existsSync(binaryPath) && statSync(binaryPath).mtimeMs >= newestSourceTime()) return binaryPath;
  const go = goAvailable();
  if (!go.ok) throw new TestClusterError(`testcluster: ${go.message}`, 3);
  log('testcluster: building the control plane binary (the first build takes ~10 minutes)…');
  const started = Date.now();
  const result = spawnSync('bash', [join(moduleDir, 'build.sh'), binaryPath], { stdio: 'inherit' });
  if (result.status !== 0) {
    throw new TestClusterError(
      `testcluster: the build failed (exit ${String(result.status)}); see the output above`,
    );
  }
  log(`testcluster: built in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  return binaryPath;
}

/** Options of {@link clusterUp}. */
export interface UpOptions {
  dir?: string;
  name?: string;
  nodes?: number;
  seed?: boolean;
  /** Stop the cluster when this process exits (tests pass their own pid). */
  ownerPid?: number;
}

/** Starts a cluster (building the binary first if needed) and returns its cluster.json. */
export async function clusterUp(options: UpOptions = {}): Promise<ClusterInfo> {
  const exe = ensureBinary();
  const dir = options.dir ?? defaultClusterDir;
  const name = options.name ?? 'dev';
  const args = ['up', `--dir=${dir}`, `--name=${name}`, `--nodes=${String(options.nodes ?? 2)}`];
  if (options.seed) args.push('--seed');
  if (options.ownerPid) args.push(`--owner-pid=${String(options.ownerPid)}`);
  await run(exe, args);
  return readClusterInfo(dir, name);
}

/** Stops a cluster and removes its state. */
export async function clusterDown(options: { dir?: string; name?: string } = {}): Promise<void> {
  const exe = ensureBinary();
  await run(exe, ['down', `--dir=${options.dir ?? defaultClusterDir}`, `--name=${options.name ?? 'dev'}`]);
}

/** Reads DIR/NAME/cluster.json. */
export function readClusterInfo(dir: string, name: string): ClusterInfo {
  return JSON.parse(readFileSync(join(dir, name, 'cluster.json'), 'utf8')) as ClusterInfo;
}

function run(exe: string, args: string[]): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(exe, args, { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolvePromise();
      else
        reject(
          new TestClusterError(`testcluster ${args.join(' ')} failed (exit ${String(code)})`, code ?? 1),
        );
    });
  });
}

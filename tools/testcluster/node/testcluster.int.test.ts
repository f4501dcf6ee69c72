import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kubectl, skipIntegration, testClusters } from '../../../test/clusters.ts';
import { clusterDown, clusterUp, repoRoot } from './testcluster.ts';

/** PIDs whose command line mentions path (what `down` must leave none of). */
function processesMentioning(path: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return running(Number(pid)) && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(path);
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** Whether pid runs (a zombie does not: some sandboxes' init never reaps orphans). */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${String(pid)}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

describe.skipIf(skipIntegration())('testcluster', () => {
  const clusters = testClusters();
  const admin = clusters?.beta.adminKubeconfig ?? '';
  const viewer = clusters?.beta.viewerKubeconfig ?? '';

  it('reports the pinned Kubernetes version and N Ready nodes', async () => {
    const version = await kubectl(admin, ['version', '-o', 'json']);
    expect(version.code).toBe(0);
    const parsed = JSON.parse(version.stdout) as {
      serverVersion: { gitVersion: string };
      clientVersion: { gitVersion: string };
    };
    expect(parsed.serverVersion.gitVersion).toMatch(/^v1\.36\.\d+$/);
    expect(parsed.clientVersion.gitVersion).toBe(parsed.serverVersion.gitVersion);

    const nodes = await kubectl(admin, ['get', 'nodes', '--no-headers']);
    expect(nodes.code).toBe(0);
    const lines = nodes.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line.split(/\s+/)[1]).toBe('Ready');
  });

  it('runs a 3-replica Deployment to 3 Running pods, with logs and exec', async () => {
    const created = await kubectl(admin, ['create', 'deployment', 'web', '--image=nginx', '--replicas=3']);
    expect(created.stderr).toBe('');
    const rollout = await kubectl(admin, ['rollout', 'status', 'deployment/web', '--timeout=90s']);
    expect(rollout.code, rollout.stderr).toBe(0);
    const pods = await kubectl(admin, [
      'get',
      'pods',
      '-l',
      'app=web',
      '-o',
      'jsonpath={.items[*].status.phase}',
    ]);
    expect(pods.stdout.split(' ')).toEqual(['Running', 'Running', 'Running']);

    const name = (
      await kubectl(admin, ['get', 'pods', '-l', 'app=web', '-o', 'jsonpath={.items[0].metadata.name}'])
    ).stdout;
    const logs = await kubectl(admin, ['logs', name, '--tail=3']);
    expect(logs.code, logs.stderr).toBe(0);
    expect(logs.stdout).toMatch(/request handled|WARN/);
    const exec = await kubectl(admin, [
      'exec',
      name,
      '--',
      'sh',
      '-c',
      'echo exec-ok $WHEELHOUSE_TESTCLUSTER',
    ]);
    expect(exec.code, exec.stderr).toBe(0);
    expect(exec.stdout.trim()).toBe('exec-ok true');
  });

  it('refuses the viewer when it creates (403) but lets it read', async () => {
    const read = await kubectl(viewer, ['get', 'pods', '-A']);
    expect(read.code, read.stderr).toBe(0);
    const create = await kubectl(viewer, ['create', 'configmap', 'nope', '--from-literal=a=b']);
    expect(create.code).not.toBe(0);
    expect(create.stderr).toMatch(/forbidden/i);
    expect(create.stderr).toContain('User "viewer" cannot create resource "configmaps"');
  });

  it('down leaves no process behind', async () => {
    const dir = join(repoRoot, '.testcluster', 'test-down');
    const info = await clusterUp({ dir, name: 'gamma', nodes: 1, ownerPid: process.pid });
    const root = join(dir, 'gamma');
    // The five components carry the cluster directory in their flags; the supervisor is known by its PID.
    expect(processesMentioning(root)).toHaveLength(5);
    expect(running(info.supervisorPid)).toBe(true);
    expect(Object.keys(info.pids).sort()).toEqual(
      ['etcd', 'kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'kwok'].sort(),
    );
    await clusterDown({ dir, name: 'gamma' });
    expect(processesMentioning(root)).toEqual([]);
    expect(running(info.supervisorPid)).toBe(false);
    expect(existsSync(root)).toBe(false);
  });

  it('a crashed run leaves nothing behind, and the next up starts cleanly', async () => {
    const dir = join(repoRoot, '.testcluster', 'test-crash');
    const root = join(dir, 'delta');
    const first = await clusterUp({ dir, name: 'delta', nodes: 1, ownerPid: process.pid });
    process.kill(first.supervisorPid, 'SIGKILL');
    // The components die with their supervisor (Pdeathsig).
    const deadline = Date.now() + 10_000;
    while (processesMentioning(root).length > 0 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    expect(processesMentioning(root)).toEqual([]);
    const second = await clusterUp({ dir, name: 'delta', nodes: 1, ownerPid: process.pid });
    const nodes = await kubectl(second.adminKubeconfig, ['get', 'nodes', '-o', 'name']);
    expect(nodes.stdout.trim()).toBe('node/kwok-node-0');
    await clusterDown({ dir, name: 'delta' });
    expect(processesMentioning(root)).toEqual([]);
  });
});

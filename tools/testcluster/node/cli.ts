/**
 * npm glue: `npm run cluster:up -- [--name NAME] [--nodes N] [--seed]`, `npm run cluster:down -- [--name NAME]`,
 * `npm run kubectl -- ARGS` (against .testcluster/dev/admin.kubeconfig) and `npm run demo`.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  TestClusterError,
  clusterDown,
  clusterUp,
  defaultClusterDir,
  ensureBinary,
  repoRoot,
} from './testcluster.ts';

const usage = `usage:
  npm run cluster:up -- [--name NAME] [--nodes N] [--seed]
  npm run cluster:down -- [--name NAME]
  npm run kubectl -- ARGS...        (uses .testcluster/dev/admin.kubeconfig; KUBECONFIG overrides)
  npm run demo                      (a seeded cluster "demo" and Wheelhouse pointed at it)`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'up': {
      const { values } = parseArgs({
        args: rest,
        options: { name: { type: 'string' }, nodes: { type: 'string' }, seed: { type: 'boolean' } },
      });
      const nodes = values.nodes === undefined ? undefined : Number(values.nodes);
      if (nodes !== undefined && !Number.isInteger(nodes))
        throw new TestClusterError(`--nodes: not a number: ${String(values.nodes)}`, 2);
      await clusterUp({ name: values.name, nodes, seed: values.seed });
      return 0;
    }
    case 'down': {
      const { values } = parseArgs({ args: rest, options: { name: { type: 'string' } } });
      await clusterDown({ name: values.name });
      return 0;
    }
    case 'kubectl':
      return kubectl(rest);
    case 'demo':
      return demo();
    default:
      process.stderr.write(usage + '\n');
      return command === undefined || command === '--help' ? 0 : 2;
  }
}

function kubectl(args: string[]): Promise<number> {
  const exe = ensureBinary();
  const kubeconfig = process.env['KUBECONFIG'] ?? join(defaultClusterDir, 'dev', 'admin.kubeconfig');
  if (!process.env['KUBECONFIG'] && !existsSync(kubeconfig)) {
    throw new TestClusterError('no dev cluster: run `npm run cluster:up` first', 1);
  }
  return forward(exe, ['kubectl', ...args], { ...process.env, KUBECONFIG: kubeconfig });
}

async function demo(): Promise<number> {
  const info = await clusterUp({ name: 'demo', seed: true, nodes: 3 });
  const server = join(repoRoot, 'packages/server/src/cli.ts');
  process.stdout.write(`\nDemo cluster ready (${info.server}). Starting Wheelhouse…\n`);
  const code = await forward(
    process.execPath,
    [server, '--kubeconfig', `${info.adminKubeconfig}:${info.viewerKubeconfig}`],
    {
      ...process.env,
    },
  );
  await clusterDown({ name: 'demo' });
  return code;
}

function forward(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    const stop = (): void => {
      child.kill('SIGTERM');
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    child.on('error', reject);
    child.on('exit', (code) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(code ?? 1);
    });
  });
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof TestClusterError) {
      process.stderr.write(error.message + '\n');
      process.exit(error.code);
    }
    throw error;
  },
);

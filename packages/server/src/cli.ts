#!/usr/bin/env node
/**
 * The `wheelhouse` command. `wheelhouse [serve] [flags]` runs the server; `wheelhouse kubeconfig [flags]`
 * prints a kubeconfig that reaches every cluster through it.
 */
import { runKubeconfigCommand } from './kubeconfig-command.ts';
import { main } from './main.ts';

const [first, ...rest] = process.argv.slice(2);
if (first === 'kubeconfig') {
  process.exitCode = await runKubeconfigCommand(rest, {
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
} else {
  const argv = first === 'serve' ? rest : process.argv.slice(2);
  const result = await main(argv);
  if (typeof result === 'number') process.exitCode = result;
}

/**
 * The test command, `npm test`: lint, typecheck and every test project, side by side.
 *
 * The tests spend much of their time waiting on the clusters, the server and the browser, so the two checks
 * run at the same time at a lower CPU priority (nice 10) and fill the idle time instead of adding to the
 * total. The tests' output streams as usual; each check's output is held and printed when it ends, so the
 * logs never interleave. Every step runs to the end, whatever another step did, and the command fails when
 * any step fails. Arguments go to Vitest (`npm test -- --project unit`).
 */
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';

interface Step {
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  /** Held output is printed at the end of the step; otherwise the step writes to the terminal directly. */
  readonly hold: boolean;
}

interface Outcome {
  readonly name: string;
  readonly code: number;
  readonly seconds: number;
}

const CHECK_PRIORITY = 10;

function run(step: Step): Promise<Outcome> {
  const started = performance.now();
  const child = spawn(step.command, step.args, {
    stdio: step.hold ? ['ignore', 'pipe', 'pipe'] : 'inherit',
  });
  if (step.hold && child.pid !== undefined) setPriority(child.pid, CHECK_PRIORITY);
  const held: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => held.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => held.push(chunk));
  return new Promise((resolve) => {
    const finish = (code: number): void => {
      const seconds = (performance.now() - started) / 1000;
      if (step.hold) {
        process.stdout.write(`\n── ${step.name} (${seconds.toFixed(0)} s, exit ${String(code)}) ──\n`);
        process.stdout.write(Buffer.concat(held));
      }
      resolve({ name: step.name, code, seconds });
    };
    child.on('error', (error) => {
      held.push(Buffer.from(`${step.name}: ${error.message}\n`));
      finish(1);
    });
    child.on('close', (code, signal) => {
      finish(code ?? (signal ? 1 : 0));
    });
  });
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const steps: Step[] = [
  { name: 'tests (vitest run)', command: 'vitest', args: ['run', ...process.argv.slice(2)], hold: false },
  { name: 'lint (eslint, prettier)', command: npm, args: ['run', '--silent', 'lint'], hold: true },
  { name: 'typecheck (tsc)', command: npm, args: ['run', '--silent', 'typecheck'], hold: true },
];

const outcomes = await Promise.all(steps.map(run));
process.stdout.write('\n');
for (const outcome of outcomes) {
  const verdict = outcome.code === 0 ? 'passed' : `FAILED (exit ${String(outcome.code)})`;
  process.stdout.write(`${outcome.name}: ${verdict} in ${outcome.seconds.toFixed(0)} s\n`);
}
process.exitCode = outcomes.some((outcome) => outcome.code !== 0) ? 1 : 0;

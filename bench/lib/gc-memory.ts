/** Memory of a Wheelhouse started with {@link gcPreloadEnv}, read after a forced full GC. */
import type { Wheelhouse } from '../../test/wheelhouse.ts';

/**
 * Environment that preloads gc-on-signal.ts's code into the started server, as a `data:` JavaScript module:
 * importing the .ts file would load Node's type stripper into the measured process (~17 MiB RSS).
 */
export function gcPreloadEnv(): Record<string, string> {
  const code = [
    "import { setFlagsFromString } from 'node:v8';",
    "import { runInNewContext } from 'node:vm';",
    "setFlagsFromString('--expose-gc');",
    "const gc = runInNewContext('gc');",
    "process.on('SIGUSR2', () => { gc(); gc(); process.stderr.write('BENCH-MEM ' + JSON.stringify(process.memoryUsage()) + '\\n'); });",
  ].join('\n');
  return { NODE_OPTIONS: `--import=data:text/javascript,${encodeURIComponent(code)}` };
}

/** process.memoryUsage() of the server after a full GC. */
export interface GcMemory {
  readonly rss: number;
  readonly heapUsed: number;
  readonly external: number;
}

/** Signals the server, waits for its `BENCH-MEM` line and returns it. */
export async function memoryAfterGc(wheelhouse: Wheelhouse, timeoutMs = 5_000): Promise<GcMemory> {
  const count = (): number => wheelhouse.output().split('BENCH-MEM ').length - 1;
  const before = count();
  wheelhouse.process.kill('SIGUSR2');
  const deadline = Date.now() + timeoutMs;
  while (count() === before) {
    if (Date.now() > deadline) throw new Error('no BENCH-MEM answer (was gc-on-signal.ts preloaded?)');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const line = wheelhouse.output().split('BENCH-MEM ').at(-1)?.split('\n')[0] ?? '{}';
  return JSON.parse(line) as GcMemory;
}

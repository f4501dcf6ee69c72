/**
 * Preloaded into a benchmarked Wheelhouse (`NODE_OPTIONS=--import …/gc-on-signal.ts`): on SIGUSR2 it runs
 * a full garbage collection and writes `BENCH-MEM {json}` (process.memoryUsage()) to stderr, so memory per
 * object can be measured without the garbage of the requests that made the objects.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

process.on('SIGUSR2', () => {
  gc();
  gc();
  process.stderr.write(`BENCH-MEM ${JSON.stringify(process.memoryUsage())}\n`);
});

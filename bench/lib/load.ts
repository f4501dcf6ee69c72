/**
 * A closed-loop load generator: N workers, each sending its next request as soon as the previous one's
 * body has been read to the end, for a fixed time. Latency is request start → last body byte.
 */
import type { Dispatcher } from 'undici';

/** Where requests go: a dispatcher (an undici Pool for one origin), a path and headers. */
export interface LoadRequest {
  readonly dispatcher: Dispatcher;
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** What one run measured. */
export interface LoadResult {
  /** One entry per completed 2xx request, in milliseconds. */
  readonly latenciesMs: number[];
  readonly errors: number;
  readonly bytes: number;
  readonly elapsedMs: number;
  readonly firstError: string | undefined;
}

/** Sends one GET, reads the body to the end and returns its size; throws on a non-2xx status. */
export async function getOnce(request: LoadRequest): Promise<number> {
  const response = await request.dispatcher.request({
    method: 'GET',
    path: request.path,
    headers: request.headers,
  });
  let bytes = 0;
  for await (const chunk of response.body as AsyncIterable<Buffer>) bytes += chunk.length;
  if (response.statusCode < 200 || response.statusCode > 299)
    throw new Error(`GET ${request.path}: HTTP ${String(response.statusCode)}`);
  return bytes;
}

/** Runs `concurrency` closed-loop workers against `request` for `durationMs`. */
export async function runLoad(
  request: LoadRequest,
  options: { readonly concurrency: number; readonly durationMs: number },
): Promise<LoadResult> {
  const latenciesMs: number[] = [];
  let errors = 0;
  let bytes = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const deadline = started + options.durationMs;
  const worker = async (): Promise<void> => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      try {
        const size = await getOnce(request);
        latenciesMs.push(performance.now() - t0);
        bytes += size;
      } catch (error) {
        errors++;
        firstError ??= error instanceof Error ? error.message : String(error);
        if (errors > 100) return;
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return { latenciesMs, errors, bytes, elapsedMs: performance.now() - started, firstError };
}

/** Merges runs of the same configuration (e.g. the rounds of an A/B/A/B comparison). */
export function mergeResults(results: readonly LoadResult[]): LoadResult {
  return {
    latenciesMs: results.flatMap((r) => r.latenciesMs),
    errors: results.reduce((n, r) => n + r.errors, 0),
    bytes: results.reduce((n, r) => n + r.bytes, 0),
    elapsedMs: results.reduce((n, r) => n + r.elapsedMs, 0),
    firstError: results.find((r) => r.firstError !== undefined)?.firstError,
  };
}

/**
 * A Kubernetes watch read by the bench itself, each event handed over with the time its line was received
 * (performance.now() of the chunk that completed it): the "API event" clock of the watch scenarios.
 */
import type { ApiTarget } from './servers.ts';

/** One watch event line, parsed. */
export interface WatchEvent {
  readonly type?: string;
  readonly object?: unknown;
}

/** Streams `path` (a `?watch=1` URL below the target's prefix) and calls `onEvent` for each line until stopped. */
export class TimedWatch {
  readonly #abort = new AbortController();
  readonly done: Promise<void>;

  constructor(target: ApiTarget, path: string, onEvent: (event: WatchEvent, receivedAt: number) => void) {
    this.done = this.#read(target, `${target.prefix}${path}`, onEvent).catch((error: unknown) => {
      if (!this.#abort.signal.aborted) throw error;
    });
  }

  async #read(
    target: ApiTarget,
    path: string,
    onEvent: (event: WatchEvent, receivedAt: number) => void,
  ): Promise<void> {
    const response = await target.pool.request({
      method: 'GET',
      path,
      headers: target.headers,
      signal: this.#abort.signal,
    });
    if (response.statusCode !== 200)
      throw new Error(`watch via ${target.name}: HTTP ${String(response.statusCode)}`);
    let buffered = '';
    for await (const chunk of response.body as AsyncIterable<Buffer>) {
      const now = performance.now();
      buffered += chunk.toString('utf8');
      let newline = buffered.indexOf('\n');
      while (newline >= 0) {
        onEvent(JSON.parse(buffered.slice(0, newline)) as WatchEvent, now);
        buffered = buffered.slice(newline + 1);
        newline = buffered.indexOf('\n');
      }
    }
  }

  /** Ends the stream; resolves once it is closed. */
  stop(): Promise<void> {
    this.#abort.abort();
    return this.done;
  }
}

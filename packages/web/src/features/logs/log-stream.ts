/**
 * Follows one container's log through the proxy (`GET …/pods/NAME/log?follow=true&timestamps=true…`) with
 * fetch and a ReadableStream, and keeps following when the stream drops: it waits (backing off), then resumes
 * with `sinceTime` of the last line it saw, skipping the lines it already delivered at that same instant.
 */
import { apiErrorFromResponse, toApiError, type ApiError } from '../../api/api-error.ts';
import { baseUrl } from '../../api/base-url.ts';
import { compareTimestamps, toLogLine, type LogLine, type LogSource } from './log-line.ts';
import { abortableSleep } from '../../util/abortable-sleep.ts';

/** What to fetch: the Kubernetes `PodLogOptions` the viewer offers. */
export interface LogOptions {
  /** Lines from the end to start with; undefined = the whole log. */
  readonly tailLines?: number;
  /** Only lines newer than this many seconds. */
  readonly sinceSeconds?: number;
  /** The previous (terminated) instance of the container. Never followed: it cannot grow. */
  readonly previous: boolean;
  readonly follow: boolean;
}

/** The state of one stream, for the status line. */
export type StreamState =
  | { readonly type: 'connecting' }
  | { readonly type: 'streaming' }
  | { readonly type: 'ended' }
  | {
      readonly type: 'reconnecting';
      readonly attempt: number;
      readonly delayMs: number;
      readonly error?: ApiError;
    }
  | { readonly type: 'failed'; readonly error: ApiError };

/** Callbacks and dependencies of {@link followLog}. */
export interface FollowLogOptions {
  /** `/clusters/C/api/v1/namespaces/NS/pods/P` */
  readonly podPath: string;
  readonly source: LogSource;
  readonly options: LogOptions;
  readonly signal: AbortSignal;
  /** Called with each batch of complete lines read from the network. */
  readonly onLines: (lines: LogLine[]) => void;
  readonly onState: (state: StreamState) => void;
  /** Numbers lines; shared by all streams of one viewer. */
  readonly nextSeq: () => number;
  readonly fetch?: typeof fetch;
  readonly sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/** The query string of a log request. */
export function logQuery(container: string, options: LogOptions, sinceTime?: string): string {
  const query = new URLSearchParams({ container, timestamps: 'true' });
  if (options.follow && !options.previous) query.set('follow', 'true');
  if (options.previous) query.set('previous', 'true');
  if (sinceTime !== undefined) query.set('sinceTime', sinceTime);
  else {
    if (options.tailLines !== undefined) query.set('tailLines', String(options.tailLines));
    if (options.sinceSeconds !== undefined) query.set('sinceSeconds', String(options.sinceSeconds));
  }
  return query.toString();
}

/** Backoff before reconnect attempt `attempt` (1-based): 1 s, 2 s, 4 s … capped at 30 s. */
export function reconnectDelay(attempt: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, attempt - 1));
}

/**
 * Remembers the last timestamp delivered and the lines seen at it, to drop repeats after a resume. The API
 * server passes `sinceTime` on with whole seconds, so a resumed stream repeats that whole second: lines older
 * than the resume point are dropped, and lines at it are dropped as often as they were delivered before.
 */
export class ResumePoint {
  timestamp: string | undefined;
  #seenAtTimestamp = new Map<string, number>();
  #replay = new Map<string, number>();
  #resuming = false;

  /** Starts a resumed request: lines up to the resume instant are checked against what was delivered. */
  beginResume(): void {
    this.#replay = new Map(this.#seenAtTimestamp);
    this.#resuming = this.timestamp !== undefined;
  }

  /** False for a line that was already delivered before the stream dropped. */
  accept(line: LogLine): boolean {
    if (this.#resuming && line.timestamp !== undefined) {
      const order = compareTimestamps(line.timestamp, this.timestamp);
      if (order < 0) return false;
      if (order === 0) {
        const pending = this.#replay.get(line.text) ?? 0;
        if (pending > 0) {
          this.#replay.set(line.text, pending - 1);
          return false;
        }
      } else this.#resuming = false;
    }
    if (line.timestamp !== this.timestamp) {
      this.timestamp = line.timestamp;
      this.#seenAtTimestamp = new Map();
    }
    this.#seenAtTimestamp.set(line.text, (this.#seenAtTimestamp.get(line.text) ?? 0) + 1);
    return true;
  }
}

async function readLines(body: ReadableStream<Uint8Array>, deliver: (raw: string[]) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let rest = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    const text = rest + decoder.decode(value, { stream: true });
    const parts = text.split('\n');
    rest = parts.pop() ?? '';
    if (parts.length > 0) deliver(parts);
  }
  rest += decoder.decode();
  if (rest !== '') deliver([rest]);
}

/**
 * Streams one container's log until `signal` aborts. A stream that ends or breaks while following is resumed
 * after a backoff; a 4xx answer (no such container, forbidden, previous instance missing) fails for good.
 */
export async function followLog(options: FollowLogOptions): Promise<void> {
  const send = options.fetch ?? fetch;
  const sleep = options.sleep ?? abortableSleep;
  const { signal, source } = options;
  const resume = new ResumePoint();
  let attempt = 0;
  const following = options.options.follow && !options.options.previous;
  // A function, so the checks after each await are not narrowed away by the loop condition.
  const aborted = (): boolean => signal.aborted;
  while (!aborted()) {
    options.onState({ type: 'connecting' });
    let error: ApiError | undefined;
    try {
      if (resume.timestamp !== undefined) resume.beginResume();
      const url = `${baseUrl}${options.podPath}/log?${logQuery(source.container, options.options, resume.timestamp)}`;
      const response = await send(url, { credentials: 'same-origin', signal });
      if (!response.ok) {
        const failure = await apiErrorFromResponse(response);
        if (failure.status >= 400 && failure.status < 500 && failure.status !== 429) {
          options.onState({ type: 'failed', error: failure });
          return;
        }
        throw failure;
      }
      if (!response.body) throw new Error('The log response has no body');
      options.onState({ type: 'streaming' });
      attempt = 0;
      await readLines(response.body, (raw) => {
        const lines = raw.map((r) => toLogLine(r, source, options.nextSeq())).filter((l) => resume.accept(l));
        if (lines.length > 0) options.onLines(lines);
      });
    } catch (caught) {
      if (aborted()) return;
      error = toApiError(caught);
    }
    if (!following) {
      if (error) options.onState({ type: 'failed', error });
      else options.onState({ type: 'ended' });
      return;
    }
    attempt++;
    const delayMs = reconnectDelay(attempt);
    options.onState({ type: 'reconnecting', attempt, delayMs, ...(error ? { error } : {}) });
    await sleep(delayMs, signal);
  }
}

/**
 * When each watch event reached the browser's network stack, before the page's main thread had a chance to
 * read it: the pods watch's response is streamed to the bench over CDP (Network.streamResourceContent), each
 * chunk stamped by the browser. Splits "API event → page" into Wheelhouse + network and a busy main thread.
 */
import { StringDecoder } from 'node:string_decoder';
import type { CDPSession } from 'playwright-core';
import type { Sighting } from './watch-dom-probe.ts';

interface TableEvent {
  readonly object?: {
    readonly columnDefinitions?: readonly { readonly name?: string }[];
    readonly rows?: readonly {
      readonly cells?: readonly unknown[];
      readonly object?: { readonly metadata?: { readonly name?: string } };
    }[];
  };
}

/** One watch response being read: its line buffer and where the value's column is. */
interface Stream {
  readonly decoder: StringDecoder;
  buffer: string;
  valueAt: number;
  /** Browser wall clock − monotonic clock, s (from the request's own timestamps). */
  readonly wallOffsetS: number;
}

const WATCH_URL = /\/pods\?(.*&)?watch=(1|true)/;

/** Records [pod, value of `column`, browser epoch ms] of each pods-watch event line as the browser received it. */
export class NetworkArrivals {
  readonly #arrivals: Sighting[] = [];
  readonly #streams = new Map<string, Stream>();
  readonly #prefix: string;
  readonly #column: string;

  private constructor(prefix: string, column: string) {
    this.#prefix = prefix;
    this.#column = column;
  }

  /** Starts listening on `cdp` (to do before the page opens the watch). */
  static async listen(cdp: CDPSession, prefix: string, column: string): Promise<NetworkArrivals> {
    const arrivals = new NetworkArrivals(prefix, column);
    const offsets = new Map<string, number>();
    cdp.on('Network.requestWillBeSent', (event) => {
      if (WATCH_URL.test(event.request.url)) offsets.set(event.requestId, event.wallTime - event.timestamp);
    });
    cdp.on('Network.responseReceived', (event) => {
      const wallOffsetS = offsets.get(event.requestId);
      if (wallOffsetS === undefined) return;
      const stream = { decoder: new StringDecoder('utf8'), buffer: '', valueAt: -1, wallOffsetS };
      arrivals.#streams.set(event.requestId, stream);
      // Data that came before streaming started has no time of its own; it is the watch's first events.
      void cdp
        .send('Network.streamResourceContent', { requestId: event.requestId })
        .then(({ bufferedData }) => {
          arrivals.#read(stream, Buffer.from(bufferedData, 'base64'), Number.NaN);
        })
        .catch(() => arrivals.#streams.delete(event.requestId));
    });
    cdp.on('Network.dataReceived', (event) => {
      const stream = arrivals.#streams.get(event.requestId);
      if (stream === undefined || event.data === undefined) return;
      const at = (event.timestamp + stream.wallOffsetS) * 1000;
      arrivals.#read(stream, Buffer.from(event.data, 'base64'), at);
    });
    await cdp.send('Network.enable');
    return arrivals;
  }

  /** Takes (and clears) the arrivals recorded since the last call. */
  take(): Sighting[] {
    return this.#arrivals.splice(0);
  }

  #read(stream: Stream, chunk: Buffer, at: number): void {
    stream.buffer += stream.decoder.write(chunk);
    for (let newline = stream.buffer.indexOf('\n'); newline >= 0; newline = stream.buffer.indexOf('\n')) {
      const line = stream.buffer.slice(0, newline).trim();
      stream.buffer = stream.buffer.slice(newline + 1);
      if (line === '') continue;
      const object = (JSON.parse(line) as TableEvent).object;
      const columns = object?.columnDefinitions;
      if (columns && columns.length > 0) stream.valueAt = columns.findIndex((c) => c.name === this.#column);
      const row = object?.rows?.[0];
      const pod = row?.object?.metadata?.name ?? '';
      const value = parseInt(String(row?.cells?.[stream.valueAt]), 10);
      if (stream.valueAt >= 0 && pod.startsWith(this.#prefix) && !Number.isNaN(value) && !Number.isNaN(at))
        this.#arrivals.push({ pod, value, at });
    }
  }
}

import { describe, expect, it } from 'vitest';
import type { LogLine } from './log-line.ts';
import { followLog, logQuery, reconnectDelay, type StreamState } from './log-stream.ts';

const source = { pod: 'web-1', container: 'app' };

function streamOf(chunks: readonly string[], error?: Error): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let i = 0;
  return new ReadableStream({
    pull(controller) {
      const chunk = chunks[i++];
      if (chunk !== undefined) controller.enqueue(encoder.encode(chunk));
      else if (error) controller.error(error);
      else controller.close();
    },
  });
}

describe('logQuery', () => {
  it('always asks for timestamps and follows unless previous', () => {
    expect(logQuery('app', { follow: true, previous: false, tailLines: 100 })).toBe(
      'container=app&timestamps=true&follow=true&tailLines=100',
    );
    expect(logQuery('app', { follow: true, previous: true, sinceSeconds: 60 })).toBe(
      'container=app&timestamps=true&previous=true&sinceSeconds=60',
    );
  });
  it('resumes with sinceTime instead of tail and since', () => {
    expect(logQuery('app', { follow: true, previous: false, tailLines: 5 }, '2026-12-02T10:00:00Z')).toBe(
      'container=app&timestamps=true&follow=true&sinceTime=2026-12-02T10%3A00%3A00Z',
    );
  });
});

describe('reconnectDelay', () => {
  it('backs off from 1 s to a 30 s cap', () => {
    expect([1, 2, 3, 6, 10].map(reconnectDelay)).toEqual([1000, 2000, 4000, 30_000, 30_000]);
  });
});

describe('followLog', () => {
  it('splits chunks into lines, resumes after a drop with sinceTime and skips repeated lines', async () => {
    const controller = new AbortController();
    const urls: string[] = [];
    const states: StreamState['type'][] = [];
    const received: LogLine[] = [];
    const answers = [
      () =>
        streamOf(
          ['2026-12-02T10:00:00.1Z one\n2026-12-02T10:00:00.2Z tw', 'o\n2026-12-02T10:00:00.2Z two\n'],
          new Error('reset'),
        ),
      // The API server resumes at whole seconds: everything of 10:00:00 comes again, then the new line.
      () =>
        streamOf([
          '2026-12-02T10:00:00.1Z one\n2026-12-02T10:00:00.2Z two\n2026-12-02T10:00:00.2Z two\n2026-12-02T10:00:00.2Z two\n2026-12-02T10:00:01Z three\n',
        ]),
    ];
    let seq = 0;
    await followLog({
      podPath: '/clusters/a/api/v1/namespaces/ns/pods/web-1',
      source,
      options: { follow: true, previous: false, tailLines: 10 },
      signal: controller.signal,
      nextSeq: () => seq++,
      onLines: (lines) => received.push(...lines),
      onState: (state) => {
        states.push(state.type);
        if (state.type === 'reconnecting' && urls.length === 2) controller.abort();
      },
      fetch: (input) => {
        urls.push(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
        const body = answers[urls.length - 1]?.();
        return Promise.resolve(new Response(body ?? streamOf([])));
      },
      sleep: () => Promise.resolve(),
    });
    expect(received.map((l) => l.plain)).toEqual(['one', 'two', 'two', 'two', 'three']);
    expect(urls[0]).toContain('tailLines=10');
    expect(urls[1]).toContain('sinceTime=2026-12-02T10%3A00%3A00.2Z');
    expect(urls[1]).not.toContain('tailLines');
    expect(states).toEqual([
      'connecting',
      'streaming',
      'reconnecting',
      'connecting',
      'streaming',
      'reconnecting',
    ]);
  });

  it('fails for good on a 4xx answer, naming the API server message', async () => {
    const states: StreamState[] = [];
    await followLog({
      podPath: '/clusters/a/api/v1/namespaces/ns/pods/web-1',
      source,
      options: { follow: true, previous: true },
      signal: new AbortController().signal,
      nextSeq: () => 0,
      onLines: () => undefined,
      onState: (state) => states.push(state),
      fetch: () =>
        Promise.resolve(
          Response.json(
            { kind: 'Status', code: 400, message: 'previous terminated container "app" not found' },
            { status: 400 },
          ),
        ),
    });
    const last = states.at(-1);
    expect(last?.type).toBe('failed');
    expect(last?.type === 'failed' && last.error.message).toContain('previous terminated container');
  });
});

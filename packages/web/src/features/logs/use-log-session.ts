/**
 * Runs the log streams of one viewer: one {@link followLog} per pod container, lines batched per animation
 * frame (merged by timestamp within the frame) into a capped {@link LogBuffer}, with pause and clear.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { podsType } from '../../k8s/well-known-types.ts';
import { objectPath } from '../../k8s/resource-ref.ts';
import { LogBuffer } from './log-buffer.ts';
import type { LogLine, LogSource } from './log-line.ts';
import { followLog, type LogOptions, type StreamState } from './log-stream.ts';
import { mergeRuns } from './merge-lines.ts';

/** What a session streams. */
export interface LogSessionInput {
  readonly cluster: string;
  readonly namespace: string;
  readonly sources: readonly LogSource[];
  readonly options: LogOptions;
}

/** The live state of a session. */
export interface LogSession {
  readonly buffer: LogBuffer;
  /** Bumps whenever the buffer changes. */
  readonly version: number;
  readonly states: ReadonlyMap<string, StreamState>;
  readonly paused: boolean;
  /** Lines waiting while paused. */
  readonly pending: number;
  setPaused(paused: boolean): void;
  clear(): void;
}

/** A source's key in {@link LogSession.states}. */
export function sourceKey(source: LogSource): string {
  return `${source.pod}/${source.container}`;
}

/** Upper bound of lines held back while paused; beyond it the oldest waiting lines go. */
const pendingLimit = 50_000;

/** Streams `input.sources` while mounted; restarts when any input changes. */
export function useLogSession(input: LogSessionInput): LogSession {
  const buffer = useMemo(() => new LogBuffer(), []);
  const [version, setVersion] = useState(0);
  const [states, setStates] = useState<ReadonlyMap<string, StreamState>>(new Map());
  const [paused, setPausedState] = useState(false);
  const [pendingCount, setPendingCount] = useState(0);
  const pending = useRef(new Map<string, LogLine[]>());
  const pausedRef = useRef(false);
  const frame = useRef<number | undefined>(undefined);
  const seq = useRef(0);

  const flush = useCallback(() => {
    frame.current = undefined;
    if (pausedRef.current) {
      let count = 0;
      for (const run of pending.current.values()) count += run.length;
      setPendingCount(count);
      return;
    }
    const runs = [...pending.current.values()];
    pending.current.clear();
    buffer.append(mergeRuns(runs));
    setPendingCount(0);
    setVersion(buffer.version);
  }, [buffer]);

  const schedule = useCallback(() => {
    frame.current ??= requestAnimationFrame(flush);
  }, [flush]);

  const sourcesKey = input.sources.map(sourceKey).join(',');
  const { cluster, namespace, options } = input;
  const { tailLines, sinceSeconds, previous, follow } = options;
  useEffect(() => {
    const controller = new AbortController();
    const sources =
      sourcesKey === ''
        ? []
        : sourcesKey.split(',').map((key) => {
            const slash = key.indexOf('/');
            return { pod: key.slice(0, slash), container: key.slice(slash + 1) };
          });
    const streamOptions: LogOptions = {
      previous,
      follow,
      ...(tailLines === undefined ? {} : { tailLines }),
      ...(sinceSeconds === undefined ? {} : { sinceSeconds }),
    };
    for (const source of sources) {
      const key = sourceKey(source);
      void followLog({
        podPath: objectPath({ cluster, type: podsType, namespace, name: source.pod }),
        source,
        options: streamOptions,
        signal: controller.signal,
        nextSeq: () => seq.current++,
        onLines: (lines) => {
          const run = pending.current.get(key);
          if (run) run.push(...lines);
          else pending.current.set(key, lines);
          if (run && run.length > pendingLimit) run.splice(0, run.length - pendingLimit);
          schedule();
        },
        onState: (state) => {
          if (controller.signal.aborted) return;
          setStates((previousStates) => new Map(previousStates).set(key, state));
        },
      });
    }
    const waiting = pending.current;
    return () => {
      controller.abort();
      if (frame.current !== undefined) cancelAnimationFrame(frame.current);
      frame.current = undefined;
      // The next sources start from an empty view.
      buffer.clear();
      waiting.clear();
      setVersion(buffer.version);
      setStates(new Map());
    };
  }, [buffer, cluster, namespace, sourcesKey, tailLines, sinceSeconds, previous, follow, schedule]);

  const setPaused = useCallback(
    (next: boolean) => {
      pausedRef.current = next;
      setPausedState(next);
      if (!next) schedule();
    },
    [schedule],
  );
  const clear = useCallback(() => {
    buffer.clear();
    pending.current.clear();
    setPendingCount(0);
    setVersion(buffer.version);
  }, [buffer]);

  return { buffer, version, states, paused, pending: pendingCount, setPaused, clear };
}

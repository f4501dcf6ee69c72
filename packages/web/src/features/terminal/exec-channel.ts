/**
 * The Kubernetes websocket channel protocol of exec and attach (`v5.channel.k8s.io`, `v4.channel.k8s.io`):
 * every binary message starts with a channel byte — 0 stdin, 1 stdout, 2 stderr, 3 error (a `Status` as JSON,
 * sent once when the process ends), 4 resize (`{"Width":…,"Height":…}`), and in v5 255 "close this channel".
 */

/** The subprotocols offered, preferred first. */
export const execProtocols = ['v5.channel.k8s.io', 'v4.channel.k8s.io'] as const;

/** Channel numbers. */
export const Channel = { stdin: 0, stdout: 1, stderr: 2, error: 3, resize: 4, close: 255 } as const;

const encoder = new TextEncoder();

function frame(channel: number, payload: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(payload.length + 1);
  out[0] = channel;
  out.set(payload, 1);
  return out;
}

/** A stdin message carrying `data` (text is sent as UTF-8). */
export function encodeStdin(data: string | Uint8Array): Uint8Array<ArrayBuffer> {
  return frame(Channel.stdin, typeof data === 'string' ? encoder.encode(data) : data);
}

/** A resize message for a terminal of `cols` × `rows` characters. */
export function encodeResize(cols: number, rows: number): Uint8Array<ArrayBuffer> {
  if (!Number.isInteger(cols) || !Number.isInteger(rows) || cols < 1 || rows < 1)
    throw new Error(`terminal size must be positive integers, got ${String(cols)}×${String(rows)}`);
  return frame(Channel.resize, encoder.encode(JSON.stringify({ Width: cols, Height: rows })));
}

/** The v5 message that closes `channel` (stdin: the process sees end of input). */
export function encodeClose(channel: number): Uint8Array<ArrayBuffer> {
  return new Uint8Array([Channel.close, channel]);
}

/** A received message: its channel and payload; undefined for an empty message. */
export function decodeFrame(
  data: ArrayBuffer | Uint8Array,
): { channel: number; payload: Uint8Array } | undefined {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const channel = bytes[0];
  if (channel === undefined) return undefined;
  return { channel, payload: bytes.subarray(1) };
}

/** How a process ended, from the `Status` on the error channel. */
export interface ExecStatus {
  readonly success: boolean;
  /** The exit code, when the process ran and exited non-zero. */
  readonly exitCode?: number;
  readonly reason?: string;
  readonly message: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads the error channel's payload; a payload that is not a Status becomes a failure with its text. */
export function parseExecStatus(payload: Uint8Array): ExecStatus {
  const text = new TextDecoder().decode(payload);
  let body: unknown;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    return { success: false, message: text.trim() };
  }
  if (!isRecord(body)) return { success: false, message: text.trim() };
  const success = body['status'] === 'Success';
  const message = typeof body['message'] === 'string' ? body['message'] : '';
  const reason = typeof body['reason'] === 'string' ? body['reason'] : undefined;
  const details = body['details'];
  const causes: readonly unknown[] =
    isRecord(details) && Array.isArray(details['causes']) ? details['causes'] : [];
  const exit = causes.find((c) => isRecord(c) && c['reason'] === 'ExitCode');
  const exitCode =
    isRecord(exit) && typeof exit['message'] === 'string' ? Number(exit['message']) : undefined;
  return {
    success,
    message,
    ...(reason === undefined ? {} : { reason }),
    ...(exitCode === undefined || Number.isNaN(exitCode) ? {} : { exitCode }),
  };
}

/**
 * True when a failed start means "this shell does not exist in the container" (so the next shell is tried):
 * the runtime's not-found errors, or the shells' own 126/127 exit codes.
 */
export function isMissingShell(status: ExecStatus): boolean {
  if (status.success) return false;
  if (status.exitCode === 127 || status.exitCode === 126) return true;
  return /executable file not found|no such file or directory|not found in \$PATH|exec format error/i.test(
    status.message,
  );
}

/**
 * One exec or attach connection over a websocket (channel protocol v5, falling back to v4), and the shell
 * fallback on top: `bash` first, `sh` when the container has no bash.
 */
import {
  Channel,
  decodeFrame,
  encodeClose,
  encodeResize,
  encodeStdin,
  execProtocols,
  isMissingShell,
  parseExecStatus,
  type ExecStatus,
} from './exec-channel.ts';

/** How a connection ended. */
export interface ExecClose {
  /** False when the handshake never completed (refused upgrade: forbidden, no such pod, proxy refusal). */
  readonly opened: boolean;
  /** The process's end, if the error channel said. */
  readonly status: ExecStatus | undefined;
  /** Whether any output arrived. */
  readonly sawOutput: boolean;
  readonly code: number;
}

/** What a connection reports. */
export interface ExecHandlers {
  readonly onOpen?: (protocol: string) => void;
  readonly onOutput: (data: Uint8Array) => void;
  readonly onClose: (close: ExecClose) => void;
}

/** An open (or opening) connection. */
export interface ExecConnection {
  send(data: string | Uint8Array): void;
  resize(cols: number, rows: number): void;
  close(): void;
}

/** Creates the browser socket; tests pass a fake. */
export type SocketFactory = (url: string, protocols: string[]) => WebSocket;

const browserSocket: SocketFactory = (url, protocols) => new WebSocket(url, protocols);

/** Opens `url` with the channel protocols and routes channels to `handlers`. */
export function openExec(
  url: string,
  handlers: ExecHandlers,
  createSocket: SocketFactory = browserSocket,
): ExecConnection {
  const socket = createSocket(url, [...execProtocols]);
  socket.binaryType = 'arraybuffer';
  let opened = false;
  let status: ExecStatus | undefined;
  let sawOutput = false;
  let size: [number, number] | undefined;
  socket.addEventListener('open', () => {
    opened = true;
    handlers.onOpen?.(socket.protocol);
    if (size) socket.send(encodeResize(size[0], size[1]));
  });
  socket.addEventListener('message', (event: MessageEvent) => {
    const data: unknown = event.data;
    const frame =
      data instanceof ArrayBuffer
        ? decodeFrame(data)
        : typeof data === 'string'
          ? decodeFrame(new TextEncoder().encode(data))
          : undefined;
    if (!frame) return;
    if (frame.channel === Channel.stdout || frame.channel === Channel.stderr) {
      if (frame.payload.length > 0) sawOutput = true;
      handlers.onOutput(frame.payload);
    } else if (frame.channel === Channel.error) status = parseExecStatus(frame.payload);
  });
  socket.addEventListener('close', (event: CloseEvent) => {
    handlers.onClose({ opened, status, sawOutput, code: event.code });
  });
  return {
    send(data) {
      if (socket.readyState === WebSocket.OPEN) socket.send(encodeStdin(data));
    },
    resize(cols, rows) {
      size = [cols, rows];
      if (socket.readyState === WebSocket.OPEN) socket.send(encodeResize(cols, rows));
    },
    close() {
      if (socket.readyState === WebSocket.OPEN && socket.protocol === execProtocols[0])
        socket.send(encodeClose(Channel.stdin));
      socket.close();
    },
  };
}

/** Shells tried in order. */
export const shells = ['bash', 'sh'] as const;

/**
 * Whether to try the next shell after a connection closed: the shell was missing (runtime not-found error or
 * 126/127) and nothing was printed, so the user never saw it run.
 */
export function shouldTryNextShell(close: ExecClose): boolean {
  return close.opened && !close.sawOutput && close.status !== undefined && isMissingShell(close.status);
}

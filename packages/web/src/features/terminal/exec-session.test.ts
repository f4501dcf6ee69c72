import { describe, expect, it } from 'vitest';
import { openExec, shouldTryNextShell, type ExecClose } from './exec-session.ts';

/** A minimal WebSocket stand-in that records what is sent and lets the test play the server. */
class FakeSocket extends EventTarget {
  binaryType = 'blob';
  readyState: number = WebSocket.CONNECTING;
  protocol = '';
  readonly sent: Uint8Array[] = [];
  readonly url: string;
  readonly protocols: string[];
  constructor(url: string, protocols: string[]) {
    super();
    this.url = url;
    this.protocols = protocols;
  }
  send(data: Uint8Array) {
    this.sent.push(data);
  }
  close() {
    this.finish(1000);
  }
  open(protocol: string) {
    this.protocol = protocol;
    this.readyState = WebSocket.OPEN;
    this.dispatchEvent(new Event('open'));
  }
  receive(bytes: number[]) {
    this.dispatchEvent(new MessageEvent('message', { data: new Uint8Array(bytes).buffer }));
  }
  finish(code: number) {
    this.readyState = WebSocket.CLOSED;
    this.dispatchEvent(new CloseEvent('close', { code }));
  }
}

function setup() {
  let socket: FakeSocket | undefined;
  const output: string[] = [];
  const closes: ExecClose[] = [];
  const connection = openExec(
    'ws://h/x',
    { onOutput: (d) => output.push(new TextDecoder().decode(d)), onClose: (c) => closes.push(c) },
    (url, protocols) => {
      socket = new FakeSocket(url, protocols);
      return socket as unknown as WebSocket;
    },
  );
  if (!socket) throw new Error('no socket');
  return { socket, output, closes, connection };
}

describe('openExec', () => {
  it('offers v5 then v4, sends the pending size on open and frames stdin', () => {
    const { socket, connection } = setup();
    expect(socket.protocols).toEqual(['v5.channel.k8s.io', 'v4.channel.k8s.io']);
    connection.resize(80, 24);
    expect(socket.sent).toHaveLength(0);
    socket.open('v5.channel.k8s.io');
    connection.send('ls\r');
    expect(socket.sent.map((m) => m[0])).toEqual([4, 0]);
  });

  it('routes stdout to output and reports the exit status on close', () => {
    const { socket, output, closes } = setup();
    socket.open('v4.channel.k8s.io');
    socket.receive([1, 104, 105]);
    socket.receive([3, ...new TextEncoder().encode('{"status":"Success"}')]);
    socket.finish(1000);
    expect(output).toEqual(['hi']);
    expect(closes).toEqual([
      { opened: true, sawOutput: true, status: { success: true, message: '' }, code: 1000 },
    ]);
  });

  it('closes stdin first on v5 only', () => {
    const five = setup();
    five.socket.open('v5.channel.k8s.io');
    five.connection.close();
    expect([...(five.socket.sent[0] ?? [])]).toEqual([255, 0]);
    const four = setup();
    four.socket.open('v4.channel.k8s.io');
    four.connection.close();
    expect(four.socket.sent).toHaveLength(0);
  });

  it('reports a refused handshake as never opened', () => {
    const { socket, closes } = setup();
    socket.finish(1006);
    expect(closes[0]?.opened).toBe(false);
  });
});

describe('shouldTryNextShell', () => {
  const missing = { success: false, exitCode: 127, message: 'exit 127' };
  it('moves on when the shell is missing and printed nothing', () => {
    expect(shouldTryNextShell({ opened: true, sawOutput: false, status: missing, code: 1000 })).toBe(true);
  });
  it('stays when the shell ran (output seen), or failed for another reason', () => {
    expect(shouldTryNextShell({ opened: true, sawOutput: true, status: missing, code: 1000 })).toBe(false);
    expect(
      shouldTryNextShell({
        opened: true,
        sawOutput: false,
        status: { success: false, exitCode: 1, message: '' },
        code: 1000,
      }),
    ).toBe(false);
    expect(shouldTryNextShell({ opened: false, sawOutput: false, status: undefined, code: 1006 })).toBe(
      false,
    );
  });
});

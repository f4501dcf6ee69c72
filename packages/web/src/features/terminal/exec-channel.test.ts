import { describe, expect, it } from 'vitest';
import {
  decodeFrame,
  encodeClose,
  encodeResize,
  encodeStdin,
  isMissingShell,
  parseExecStatus,
} from './exec-channel.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('encoding', () => {
  it('prefixes stdin with channel 0, text as UTF-8', () => {
    expect([...encodeStdin('hé')]).toEqual([0, 104, 195, 169]);
    expect([...encodeStdin(new Uint8Array([3]))]).toEqual([0, 3]);
  });
  it('sends resize as JSON on channel 4', () => {
    const message = encodeResize(120, 40);
    expect(message[0]).toBe(4);
    expect(new TextDecoder().decode(message.subarray(1))).toBe('{"Width":120,"Height":40}');
  });
  it('refuses a size that is not positive integers', () => {
    expect(() => encodeResize(0, 10)).toThrow(/positive integers/);
    expect(() => encodeResize(1.5, 10)).toThrow(/positive integers/);
  });
  it('closes a channel with the v5 close message', () => {
    expect([...encodeClose(0)]).toEqual([255, 0]);
  });
});

describe('decodeFrame', () => {
  it('splits the channel byte from the payload', () => {
    const frame = decodeFrame(new Uint8Array([1, 104, 105]).buffer);
    expect(frame?.channel).toBe(1);
    expect(new TextDecoder().decode(frame?.payload)).toBe('hi');
  });
  it('returns undefined for an empty message', () => {
    expect(decodeFrame(new ArrayBuffer(0))).toBeUndefined();
  });
});

describe('parseExecStatus', () => {
  it('reads success', () => {
    expect(parseExecStatus(bytes('{"metadata":{},"status":"Success"}'))).toEqual({
      success: true,
      message: '',
    });
  });
  it('reads a non-zero exit code', () => {
    const status = parseExecStatus(
      bytes(
        '{"status":"Failure","message":"command terminated with non-zero exit code: exit status 127","reason":"NonZeroExitCode","details":{"causes":[{"reason":"ExitCode","message":"127"}]}}',
      ),
    );
    expect(status).toEqual({
      success: false,
      exitCode: 127,
      reason: 'NonZeroExitCode',
      message: 'command terminated with non-zero exit code: exit status 127',
    });
    expect(isMissingShell(status)).toBe(true);
  });
  it('recognises a runtime not-found error as a missing shell', () => {
    const status = parseExecStatus(
      bytes('{"status":"Failure","message":"exec: \\"bash\\": executable file not found in $PATH"}'),
    );
    expect(isMissingShell(status)).toBe(true);
    expect(isMissingShell({ success: false, exitCode: 1, message: 'exit 1' })).toBe(false);
  });
  it('keeps text that is not a Status as the message', () => {
    expect(parseExecStatus(bytes('boom\n'))).toEqual({ success: false, message: 'boom' });
  });
});

import { describe, expect, it } from 'vitest';
import { encodeData, PortForwardDecoder } from './port-forward-channels.ts';

describe('encodeData', () => {
  it('prefixes data with channel 0', () => {
    expect([...encodeData(Buffer.from('GET'))]).toEqual([0, 71, 69, 84]);
  });
});

describe('PortForwardDecoder', () => {
  it('drops the port number at the start of each channel, once', () => {
    const decoder = new PortForwardDecoder();
    expect(decoder.decode(Buffer.from([0, 0x50, 0x00]))?.payload.length).toBe(0);
    expect(decoder.decode(Buffer.from([1, 0x50, 0x00]))?.payload.length).toBe(0);
    expect(decoder.decode(Buffer.from([0, 104, 105]))).toEqual({ channel: 0, payload: Buffer.from('hi') });
    expect(decoder.decode(Buffer.from([1, 0x6f, 0x6b]))?.payload.toString()).toBe('ok');
  });

  it('handles a prefix that arrives together with data or split in two', () => {
    const joined = new PortForwardDecoder();
    expect(joined.decode(Buffer.from([0, 0x50, 0x00, 65]))?.payload.toString()).toBe('A');
    const split = new PortForwardDecoder();
    expect(split.decode(Buffer.from([0, 0x50]))?.payload.length).toBe(0);
    expect(split.decode(Buffer.from([0, 0x00, 66]))?.payload.toString()).toBe('B');
    expect(split.decode(Buffer.from([0, 67]))?.payload.toString()).toBe('C');
  });

  it('returns undefined for an empty message', () => {
    expect(new PortForwardDecoder().decode(Buffer.alloc(0))).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { parseSgr, stripAnsi } from './sgr-parser.ts';

describe('parseSgr', () => {
  it('returns one plain segment for text without escapes, none for empty text', () => {
    expect(parseSgr('hello')).toEqual([{ text: 'hello', style: {} }]);
    expect(parseSgr('')).toEqual([]);
  });

  it('applies basic and bright foreground colours and resets', () => {
    expect(parseSgr('\x1b[31mred\x1b[0m plain \x1b[92mgreen')).toEqual([
      { text: 'red', style: { fg: { type: 'index', index: 1 } } },
      { text: ' plain ', style: {} },
      { text: 'green', style: { fg: { type: 'index', index: 10 } } },
    ]);
  });

  it('treats an empty parameter list as reset and combines attributes', () => {
    expect(parseSgr('\x1b[1;4;44mA\x1b[mB')).toEqual([
      { text: 'A', style: { bold: true, underline: true, bg: { type: 'index', index: 4 } } },
      { text: 'B', style: {} },
    ]);
  });

  it('reads 256-colour and true-colour forms, with semicolons or colons', () => {
    expect(parseSgr('\x1b[38;5;208mo\x1b[48;2;10;20;300mx\x1b[38:5:9my')).toEqual([
      { text: 'o', style: { fg: { type: 'index', index: 208 } } },
      { text: 'x', style: { fg: { type: 'index', index: 208 }, bg: { type: 'rgb', r: 10, g: 20, b: 255 } } },
      { text: 'y', style: { fg: { type: 'index', index: 9 }, bg: { type: 'rgb', r: 10, g: 20, b: 255 } } },
    ]);
  });

  it('turns single attributes off with their own codes', () => {
    const [, second] = parseSgr('\x1b[1;3;31mA\x1b[22;23;39mB');
    expect(second).toEqual({ text: 'B', style: {} });
  });

  it('drops non-SGR escapes (cursor, erase, OSC title) without showing them', () => {
    expect(parseSgr('a\x1b[2Kb\x1b[1Gc\x1b]0;title\x07d')).toEqual([
      { text: 'a', style: {} },
      { text: 'b', style: {} },
      { text: 'c', style: {} },
      { text: 'd', style: {} },
    ]);
  });

  it('ignores a malformed extended colour instead of throwing', () => {
    expect(parseSgr('\x1b[38;5mX')).toEqual([{ text: 'X', style: {} }]);
  });
});

describe('stripAnsi', () => {
  it('removes every escape sequence and keeps the text', () => {
    expect(stripAnsi('\x1b[1;32mINFO\x1b[0m started \x1b[2Kok')).toBe('INFO started ok');
    expect(stripAnsi('plain')).toBe('plain');
  });
});

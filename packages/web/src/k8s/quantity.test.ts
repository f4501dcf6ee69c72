import { describe, expect, it } from 'vitest';
import { formatBytes, formatCpu, formatResourceQuantity, parseQuantity } from './quantity.ts';

describe('quantities', () => {
  it('parses decimal, binary and exponent suffixes', () => {
    expect(parseQuantity('500m')).toBe(0.5);
    expect(parseQuantity('2')).toBe(2);
    expect(parseQuantity('1.5')).toBe(1.5);
    expect(parseQuantity('1Gi')).toBe(1073741824);
    expect(parseQuantity('128Mi')).toBe(134217728);
    expect(parseQuantity('1k')).toBe(1000);
    expect(parseQuantity('129M')).toBe(129_000_000);
    expect(parseQuantity('1e3')).toBe(1000);
    expect(parseQuantity('250u')).toBeCloseTo(0.00025);
    expect(parseQuantity('100n')).toBeCloseTo(1e-7);
  });

  it('rejects what is not a quantity', () => {
    expect(parseQuantity('')).toBeUndefined();
    expect(parseQuantity('abc')).toBeUndefined();
    expect(parseQuantity('1Gb')).toBeUndefined();
    expect(parseQuantity('1 Gi')).toBeUndefined();
  });

  it('formats CPU as kubectl does', () => {
    expect(formatCpu(0.5)).toBe('500m');
    expect(formatCpu(0.001)).toBe('1m');
    expect(formatCpu(2)).toBe('2');
    expect(formatCpu(1.25)).toBe('1.25');
    expect(formatCpu(0)).toBe('0');
  });

  it('formats bytes in binary units', () => {
    expect(formatBytes(1073741824)).toBe('1Gi');
    expect(formatBytes(1536)).toBe('1.5Ki');
    expect(formatBytes(32 * 2 ** 30)).toBe('32Gi');
    expect(formatBytes(512)).toBe('512');
  });

  it('re-formats by resource name and leaves unknown resources alone', () => {
    expect(formatResourceQuantity('memory', '32901712Ki')).toBe('31.4Gi');
    expect(formatResourceQuantity('cpu', '8')).toBe('8');
    expect(formatResourceQuantity('cpu', '7800m')).toBe('7.8');
    expect(formatResourceQuantity('ephemeral-storage', '1Gi')).toBe('1Gi');
    expect(formatResourceQuantity('pods', '110')).toBe('110');
    expect(formatResourceQuantity('memory', 'lots')).toBe('lots');
  });
});

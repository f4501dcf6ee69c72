/** CSS colours for ANSI colour indexes, tuned per theme so dim colours stay readable on both backgrounds. */
import type { SgrColor } from './sgr-parser.ts';

const dark = [
  '#3b3b3b',
  '#f47067',
  '#57ab5a',
  '#c69026',
  '#539bf5',
  '#b083f0',
  '#39c5cf',
  '#c5d1de',
  '#768390',
  '#ff938a',
  '#6bc46d',
  '#daaa3f',
  '#6cb6ff',
  '#dcbdfb',
  '#56d4dd',
  '#ffffff',
] as const;
const light = [
  '#24292f',
  '#cf222e',
  '#116329',
  '#7d4e00',
  '#0550ae',
  '#8250df',
  '#1b7c83',
  '#6e7781',
  '#57606a',
  '#a40e26',
  '#1a7f37',
  '#633c01',
  '#218bff',
  '#a475f9',
  '#3192aa',
  '#8c959f',
] as const;

const cubeSteps = [0, 95, 135, 175, 215, 255] as const;

function hex(n: number): string {
  return n.toString(16).padStart(2, '0');
}

/** The CSS colour of an SGR colour in the given theme mode. */
export function cssColor(color: SgrColor, mode: 'light' | 'dark'): string {
  if (color.type === 'rgb') return `#${hex(color.r)}${hex(color.g)}${hex(color.b)}`;
  const { index } = color;
  if (index < 16) return (mode === 'dark' ? dark : light)[index] ?? 'inherit';
  if (index < 232) {
    const n = index - 16;
    const r = cubeSteps[Math.floor(n / 36)] ?? 0;
    const g = cubeSteps[Math.floor(n / 6) % 6] ?? 0;
    const b = cubeSteps[n % 6] ?? 0;
    return `#${hex(r)}${hex(g)}${hex(b)}`;
  }
  const grey = 8 + (index - 232) * 10;
  return `#${hex(grey)}${hex(grey)}${hex(grey)}`;
}

/** A stable colour for a pod prefix, so lines of one pod are recognisable at a glance. */
export function sourceColor(name: string, mode: 'light' | 'dark'): string {
  let hash = 0;
  for (let i = 0; i < name.length; i++) hash = (hash * 31 + name.charCodeAt(i)) | 0;
  const palette = mode === 'dark' ? [9, 10, 11, 12, 13, 14] : [1, 2, 3, 4, 5, 6];
  return cssColor({ type: 'index', index: palette[Math.abs(hash) % palette.length] ?? 4 }, mode);
}

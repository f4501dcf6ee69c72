/**
 * ANSI SGR ("Select Graphic Rendition", `ESC [ … m`) parsing for log lines: text becomes styled segments.
 * Other escape sequences (cursor moves, erase, OSC titles) are removed, never shown as garbage.
 */

/** A colour: an index into the 256-colour palette, or an RGB triple. */
export type SgrColor =
  | { readonly type: 'index'; readonly index: number }
  | { readonly type: 'rgb'; readonly r: number; readonly g: number; readonly b: number };

/** The style of a run of text. Absent fields mean the default. */
export interface SgrStyle {
  readonly fg?: SgrColor;
  readonly bg?: SgrColor;
  readonly bold?: boolean;
  readonly dim?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly inverse?: boolean;
  readonly strike?: boolean;
}

/** A run of text with one style. */
export interface SgrSegment {
  readonly text: string;
  readonly style: SgrStyle;
}

// CSI sequences (ESC [ params intermediates final), OSC sequences (ESC ] … BEL or ESC \), other 2-byte escapes.
// eslint-disable-next-line no-control-regex
const escapePattern = /\x1b\[([0-?]*)([ -/]*)([@-~])|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]?/g;

type MutableStyle = { -readonly [K in keyof SgrStyle]: SgrStyle[K] };

function extendedColor(codes: readonly number[], at: number): { color?: SgrColor; used: number } {
  const mode = codes[at + 1];
  if (mode === 5) {
    const index = codes[at + 2];
    if (index === undefined || index < 0 || index > 255) return { used: 2 };
    return { color: { type: 'index', index }, used: 3 };
  }
  if (mode === 2) {
    const [r, g, b] = [codes[at + 2], codes[at + 3], codes[at + 4]];
    if (r === undefined || g === undefined || b === undefined) return { used: codes.length - at };
    const clamp = (v: number) => Math.min(255, Math.max(0, v));
    return { color: { type: 'rgb', r: clamp(r), g: clamp(g), b: clamp(b) }, used: 5 };
  }
  return { used: 1 };
}

/** Applies one SGR parameter list to `current`, in order, as terminals do; returns the new style. */
function applySgr(current: SgrStyle, params: string): SgrStyle {
  let style: MutableStyle = { ...current };
  const codes = params === '' ? [0] : params.split(/[;:]/).map((p) => (p === '' ? 0 : Number(p)));
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i] ?? 0;
    if (code === 0) style = {};
    else if (code === 1) style.bold = true;
    else if (code === 2) style.dim = true;
    else if (code === 3) style.italic = true;
    else if (code === 4) style.underline = true;
    else if (code === 7) style.inverse = true;
    else if (code === 9) style.strike = true;
    else if (code === 22) {
      delete style.bold;
      delete style.dim;
    } else if (code === 23) delete style.italic;
    else if (code === 24) delete style.underline;
    else if (code === 27) delete style.inverse;
    else if (code === 29) delete style.strike;
    else if (code >= 30 && code <= 37) style.fg = { type: 'index', index: code - 30 };
    else if (code >= 90 && code <= 97) style.fg = { type: 'index', index: code - 90 + 8 };
    else if (code === 39) delete style.fg;
    else if (code >= 40 && code <= 47) style.bg = { type: 'index', index: code - 40 };
    else if (code >= 100 && code <= 107) style.bg = { type: 'index', index: code - 100 + 8 };
    else if (code === 49) delete style.bg;
    else if (code === 38 || code === 48) {
      const { color, used } = extendedColor(codes, i);
      if (color) {
        if (code === 38) style.fg = color;
        else style.bg = color;
      }
      i += used - 1;
    }
  }
  return style;
}

/** True when `text` contains an escape character (fast path: most log lines have none). */
export function hasEscapes(text: string): boolean {
  return text.includes('\x1b');
}

/** Removes every escape sequence from `text` (for search and download). */
export function stripAnsi(text: string): string {
  return hasEscapes(text) ? text.replace(escapePattern, '') : text;
}

/**
 * Splits `text` into styled segments, applying SGR sequences and dropping every other escape. Empty runs are
 * omitted; a line without escapes is one unstyled segment.
 */
export function parseSgr(text: string): SgrSegment[] {
  if (!hasEscapes(text)) return text === '' ? [] : [{ text, style: {} }];
  const segments: SgrSegment[] = [];
  let style: SgrStyle = {};
  let last = 0;
  for (const match of text.matchAll(escapePattern)) {
    if (match.index > last) segments.push({ text: text.slice(last, match.index), style: { ...style } });
    last = match.index + match[0].length;
    if (match[3] === 'm' && match[2] === '') style = applySgr(style, match[1] ?? '');
  }
  if (last < text.length) segments.push({ text: text.slice(last), style: { ...style } });
  return segments;
}

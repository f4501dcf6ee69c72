/** Marks search matches across the styled segments of a line (a match may span several segments). */
import type { SgrSegment } from './sgr-parser.ts';

/** A styled segment that is, or is not, part of a search match. */
export interface MarkedSegment extends SgrSegment {
  readonly match: boolean;
}

/** Start/end offsets (in the plain text) of every case-insensitive occurrence of `query`. */
export function matchRanges(plain: string, query: string): [number, number][] {
  const needle = query.toLowerCase();
  if (needle === '') return [];
  const haystack = plain.toLowerCase();
  const ranges: [number, number][] = [];
  let from = haystack.indexOf(needle);
  while (from >= 0) {
    ranges.push([from, from + needle.length]);
    from = haystack.indexOf(needle, from + needle.length);
  }
  return ranges;
}

/** Splits `segments` at the boundaries of the matches of `query`, marking the parts inside a match. */
export function markMatches(segments: readonly SgrSegment[], query: string): MarkedSegment[] {
  const plain = segments.map((s) => s.text).join('');
  const ranges = matchRanges(plain, query);
  if (ranges.length === 0) return segments.map((s) => ({ ...s, match: false }));
  const out: MarkedSegment[] = [];
  let offset = 0;
  for (const segment of segments) {
    const end = offset + segment.text.length;
    let cursor = offset;
    for (const [start, stop] of ranges) {
      if (stop <= cursor || start >= end) continue;
      if (start > cursor) out.push({ text: plain.slice(cursor, start), style: segment.style, match: false });
      const matchEnd = Math.min(stop, end);
      out.push({ text: plain.slice(Math.max(start, cursor), matchEnd), style: segment.style, match: true });
      cursor = matchEnd;
    }
    if (cursor < end) out.push({ text: plain.slice(cursor, end), style: segment.style, match: false });
    offset = end;
  }
  return out;
}

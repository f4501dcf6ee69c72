/**
 * Leaves `managedFields` out of a JSON answer while it streams through the proxy, for clients that ask
 * (`X-Wheelhouse-Omit: managedFields`, see omit-managed-fields.ts). In a Table of pods the rows' server-side
 * apply bookkeeping is about three quarters of the bytes, and a list view never shows it.
 *
 * The body is not parsed. In valid JSON the bytes `"managedFields":` are a member's key exactly when the
 * last non-blank byte before them is `{` or `,` (inside a string every quote is escaped, so `s"` cannot
 * occur there). So the cutter finds the key natively (`Buffer.indexOf`), checks that byte, and walks only
 * the value it leaves out, following strings and nesting. The comma before the member (or, for a first
 * member, after it) goes too, so the answer stays valid JSON. A member it cannot prove to be one is passed
 * on unchanged.
 */

const KEY = Buffer.from('"managedFields":');
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;

/** Blank bytes held back at a chunk's end at most (Go's indented output stays far below). */
const MAX_HELD_BLANKS = 4096;

function isBlank(c: number | undefined): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** Length of the longest proper prefix of {@link KEY} that `buf` ends with. */
function partialKeyAtEnd(buf: Buffer): number {
  for (let n = Math.min(KEY.length - 1, buf.length); n > 0; n--) {
    if (buf.compare(KEY, 0, n, buf.length - n) === 0) return n;
  }
  return 0;
}

/** Where the member being left out stands. */
type Phase =
  /** Outside any member being cut: looking for the next key. */
  | 'search'
  /** After the key, before the value's first byte. */
  | 'before-value'
  /** Inside the value. */
  | 'value'
  /** After the value of a first member: its following comma goes too. */
  | 'after-first';

/** Incremental cutter: feed chunks to {@link push}, then call {@link end}; each returns the bytes to send. */
export class ManagedFieldsCutter {
  private phase: Phase = 'search';
  /** Bytes of the previous chunk not yet decided on: a possible start of the key and the blanks before it. */
  private held: Buffer = Buffer.alloc(0);
  /** Nesting inside the value (objects and arrays), while in phase `value`. */
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** Whether the member being cut had a comma before it (cut already); otherwise the one after goes. */
  private cutComma = false;

  /** Consumes the next chunk; returns the pieces to send, in order (views of the input, not copies). */
  push(chunk: Buffer): Buffer[] {
    const buf = this.held.length === 0 ? chunk : Buffer.concat([this.held, chunk]);
    this.held = Buffer.alloc(0);
    const out: Buffer[] = [];
    let emitFrom = 0;
    let i = 0;
    while (i < buf.length) {
      if (this.phase === 'before-value') {
        while (i < buf.length && isBlank(buf[i])) i++;
        if (i === buf.length) break;
        this.phase = 'value';
        this.depth = 0;
        this.inString = false;
        this.escaped = false;
      }
      if (this.phase === 'value') {
        const end = this.skipValue(buf, i);
        if (end === -1) break;
        i = emitFrom = end;
        continue;
      }
      if (this.phase === 'after-first') {
        while (i < buf.length && isBlank(buf[i])) i++;
        if (i === buf.length) break;
        if (buf[i] === COMMA) i++;
        emitFrom = i;
        this.phase = 'search';
        continue;
      }
      const key = buf.indexOf(KEY, i);
      if (key === -1) {
        const keep = this.heldTail(buf, emitFrom);
        this.held = Buffer.from(buf.subarray(keep));
        out.push(buf.subarray(emitFrom, keep));
        return out.filter((piece) => piece.length > 0);
      }
      let before = key - 1;
      while (before >= emitFrom && key - before <= MAX_HELD_BLANKS && isBlank(buf[before])) before--;
      const opener = before >= emitFrom ? buf[before] : undefined;
      if (opener !== COMMA && opener !== OPEN_BRACE) {
        i = key + 1;
        continue;
      }
      this.cutComma = opener === COMMA;
      out.push(buf.subarray(emitFrom, this.cutComma ? before : key));
      this.phase = 'before-value';
      i = key + KEY.length;
      emitFrom = i;
    }
    return out.filter((piece) => piece.length > 0);
  }

  /** Returns what is still held back; the body is over. */
  end(): Buffer[] {
    const rest = this.held;
    this.held = Buffer.alloc(0);
    return rest.length > 0 && this.phase === 'search' ? [rest] : [];
  }

  /**
   * Where the bytes to hold back at the end of `buf` start (`buf.length`: none): a possible start of the
   * key, with the blanks and the comma or `{` before it, which decide whether it is a member.
   */
  private heldTail(buf: Buffer, emitFrom: number): number {
    let from = buf.length - partialKeyAtEnd(buf.subarray(emitFrom));
    const floor = Math.max(emitFrom, from - MAX_HELD_BLANKS);
    while (from > floor && isBlank(buf[from - 1])) from--;
    const opener = from > emitFrom ? buf[from - 1] : undefined;
    return opener === COMMA || opener === OPEN_BRACE ? from - 1 : buf.length;
  }

  /** Walks the value being cut from `i`; returns where the value ends, or -1 if it goes on past `buf`. */
  private skipValue(buf: Buffer, i: number): number {
    while (i < buf.length) {
      const c = buf[i];
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) {
          this.inString = false;
          if (this.depth === 0) return this.valueEnded(i + 1);
        }
        i++;
        continue;
      }
      if (c === QUOTE) this.inString = true;
      else if (c === OPEN_BRACE || c === OPEN_BRACKET) this.depth++;
      else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        // A scalar value (null, a number) ends at its container's closing bracket, which stays.
        if (this.depth === 0) return this.valueEnded(i);
        this.depth--;
        if (this.depth === 0) return this.valueEnded(i + 1);
      } else if (this.depth === 0 && (c === COMMA || isBlank(c))) return this.valueEnded(i);
      i++;
    }
    return -1;
  }

  private valueEnded(at: number): number {
    this.phase = this.cutComma ? 'search' : 'after-first';
    return at;
  }
}

/**
 * Reads a Table list answer while it arrives. The API server streams a big list for the better part of a
 * second; reading it whole and then parsing it (10k pods: 21 MB of JSON) held the page another ~0.5–1 s after
 * the last byte. Here each row is parsed as soon as its text is complete, so little is left at the end.
 *
 * The document is split, not interpreted: the scanner follows strings and nesting to find the elements of the
 * top-level `rows` array, parses each on its own, and parses the rest (kind, metadata, columns) at the end with
 * `rows` left empty. A document without top-level `rows` (a plain list) is parsed whole, as before.
 *
 * The rows' `metadata.managedFields` (three quarters of a pod's bytes) never get here: the web app asks
 * Wheelhouse's proxy to leave it out (kube-client.ts); parseTableRows drops it from any row that has it.
 */
import { parseTablePage, parseTableRows, type TablePage, type TableRow } from './table.ts';

const QUOTE = 0x22;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;

/** Incremental splitter of one Table document; feed it text with {@link push}, then call {@link finish}. */
export class TableScanner {
  /** The document without the rows' elements. */
  private skeleton = '';
  /** Text of the row being read, from earlier chunks. */
  private rowText = '';
  private readonly rowBodies: string[] = [];
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** Depth of the top-level `rows` array's elements while inside it, else -1. */
  private rowsDepth = -1;
  private inRow = false;
  /** The document up to the top-level `rows` array's `[`, closed: everything but the rows. */
  private headText: string | undefined;

  /** Consumes the next piece of the document. */
  push(text: string): void {
    let keepFrom = 0;
    let rowFrom = this.inRow ? 0 : -1;
    // The next backslash at or after the current string's position (text.length: none), found lazily.
    let nextBackslash = -1;
    for (let i = 0; i < text.length; i++) {
      if (this.inString) {
        if (this.escaped) {
          this.escaped = false;
          continue;
        }
        // Most of the text is inside strings: jump to the string's end (or its next escape) natively.
        if (nextBackslash < i) {
          const found = text.indexOf('\\', i);
          nextBackslash = found === -1 ? text.length : found;
        }
        const found = text.indexOf('"', i);
        const quote = found === -1 ? text.length : found;
        if (nextBackslash < quote) {
          i = nextBackslash;
          this.escaped = true;
        } else if (quote === text.length) {
          i = quote;
        } else {
          i = quote;
          this.inString = false;
        }
        continue;
      }
      const c = text.charCodeAt(i);
      if (c === QUOTE) {
        this.inString = true;
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (c === OPEN_BRACKET && this.depth === 1 && this.isRowsKey(text, keepFrom, i)) {
          this.rowsDepth = 2;
          this.headText ??= `${this.skeleton}${text.slice(keepFrom, i + 1)}]}`;
        } else if (c === OPEN_BRACE && this.depth === this.rowsDepth && !this.inRow) {
          // A row starts: the skeleton keeps the text up to here; the row's text is collected apart.
          this.skeleton += text.slice(keepFrom, i);
          this.inRow = true;
          rowFrom = i;
        }
        this.depth += 1;
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        this.depth -= 1;
        if (this.inRow && this.depth === this.rowsDepth) {
          this.rowBodies.push(this.rowText + text.slice(rowFrom, i + 1));
          this.rowText = '';
          this.inRow = false;
          rowFrom = -1;
          keepFrom = i + 1;
        } else if (c === CLOSE_BRACKET && this.depth === this.rowsDepth - 1) {
          this.rowsDepth = -1;
          // The separators between rows were dropped with them: `rows` reads as an empty array.
          this.skeleton += text.slice(keepFrom, i).replace(/[\s,]+$/, '');
          keepFrom = i;
        }
      } else if (this.rowsDepth !== -1 && !this.inRow && c === COMMA && this.depth === this.rowsDepth) {
        // A comma between rows.
        this.skeleton += text.slice(keepFrom, i);
        keepFrom = i + 1;
      }
    }
    if (this.inRow) this.rowText += text.slice(rowFrom);
    else this.skeleton += text.slice(keepFrom);
  }

  /** Rows whose text is complete, parsed; each is returned once. */
  takeRows(): TableRow[] {
    if (this.rowBodies.length === 0) return [];
    const bodies = this.rowBodies.splice(0);
    return parseTableRows({ rows: bodies.map((body) => JSON.parse(body) as unknown) });
  }

  /**
   * The page without its rows (kind, metadata with the continue token, columns) as soon as the `rows` array
   * starts, which in the API server's Table documents is after everything else; undefined before, or when it
   * does not parse.
   */
  head(): TablePage | undefined {
    if (this.headText === undefined) return undefined;
    try {
      return parseTablePage(JSON.parse(this.headText) as unknown);
    } catch {
      return undefined;
    }
  }

  /** The whole page, once the document ended: `rows` are the rows not taken yet. */
  finish(): TablePage {
    const rows = this.takeRows();
    const page = parseTablePage(JSON.parse(this.skeleton) as unknown);
    return rows.length === 0 ? page : { ...page, rows: [...page.rows, ...rows] };
  }

  /** Whether the `[` at `at` opens the value of the top-level key `rows`. */
  private isRowsKey(text: string, from: number, at: number): boolean {
    const before = (this.skeleton.slice(-16) + text.slice(Math.max(from, at - 16), at)).trimEnd();
    return /"rows"\s*:$/.test(before);
  }
}

/**
 * Reads a Table document from `body`, parsing rows while it arrives (see the module comment); the result is
 * what `parseTablePage(JSON.parse(text))` gives for the whole text. `onHead` gets the page without its rows as
 * soon as they start (see {@link TableScanner.head}): a list can ask for its next page with that continue token
 * while this one still streams.
 */
export async function readTableStream(
  body: ReadableStream<Uint8Array>,
  onHead?: (head: TablePage) => void,
): Promise<TablePage> {
  const scanner = new TableScanner();
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const rows: TableRow[] = [];
  let headSeen = onHead === undefined;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    scanner.push(decoder.decode(value, { stream: true }));
    if (!headSeen) {
      const head = scanner.head();
      if (head) {
        headSeen = true;
        onHead?.(head);
        // Let the browser send what onHead asked for: the rest of a buffered body would otherwise be read in
        // one chain of microtasks, and the request would leave only after it.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    }
    for (const row of scanner.takeRows()) rows.push(row);
  }
  scanner.push(decoder.decode());
  const page = scanner.finish();
  return rows.length === 0 ? page : { ...page, rows: [...rows, ...page.rows] };
}

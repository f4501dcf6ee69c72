/** Secret values: base64 in the API, shown as text when they are UTF-8 text, else as a byte count. */

/** A decoded Secret value: its text, or the byte count when it is binary (or not valid base64). */
export interface DecodedValue {
  readonly text: string;
  /** Set when the value is not printable UTF-8 text. */
  readonly binaryBytes: number | undefined;
}

/** Decodes a base64 Secret value. */
export function decodeSecretValue(base64: string): DecodedValue {
  let bytes: Uint8Array;
  try {
    bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  } catch {
    return { text: base64, binaryBytes: undefined };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return hasControlCharacters(text)
      ? { text: '', binaryBytes: bytes.length }
      : { text, binaryBytes: undefined };
  } catch {
    return { text: '', binaryBytes: bytes.length };
  }
}

/** Control characters other than tab, newline, vertical tab, form feed and CR mean binary content. */
function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && (code < 0x09 || code > 0x0d)) return true;
  }
  return false;
}

// Escape sequences as the pre-filter decodes them (needle-automaton.ts): a needle an escape makes
// (`'\x74ls'`, `reject\u0055nauthorized`, `'t\<newline>ls'`) counts as one written plainly.

const hexValue = (c: number): number => (c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1);

/** Where the escape sequence decodeEscape() read ends (set by it, so it allocates nothing). */
let escapeEnd = 0;

/** Where the escape sequence the last decodeEscape() read ends. */
export function lastEscapeEnd(): number {
  return escapeEnd;
}

const done = (code: number, end: number): number => {
  escapeEnd = end;
  return code;
};

/**
 * The character an escape sequence stands for, as JavaScript decodes it in strings and
 * identifiers (-1 for a line continuation, which stands for nothing); the sequence's end goes to
 * `escapeEnd`. `i` is the position after the backslash. A malformed sequence stands for its first
 * character.
 */
export function decodeEscape(bytes: boolean, i: number, n: number, at: (k: number) => number): number {
  const c = at(i);
  switch (c) {
    case 117: {
      // \u{...} or \uXXXX
      if (i + 1 < n && at(i + 1) === 123) {
        let v = 0;
        let k = i + 2;
        for (; k < n && k < i + 9 && hexValue(at(k)) >= 0; k++) v = v * 16 + hexValue(at(k));
        if (k < n && k > i + 2 && at(k) === 125) return done(v, k + 1);
        return done(c, i + 1);
      }
      return hexRun(i + 1, 4, n, at) ?? done(c, i + 1);
    }
    case 120: // \xXX
      return hexRun(i + 1, 2, n, at) ?? done(c, i + 1);
    case 13: // \ CR LF and \ CR: line continuations
      return done(-1, i + 1 < n && at(i + 1) === 10 ? i + 2 : i + 1);
    case 10:
    case 0x2028:
    case 0x2029:
      return done(-1, i + 1);
    case 0xe2:
      // U+2028 and U+2029 in UTF-8 bytes (E2 80 A8/A9) after a backslash continue the line too.
      if (bytes && i + 2 < n && at(i + 1) === 0x80 && (at(i + 2) === 0xa8 || at(i + 2) === 0xa9)) return done(-1, i + 3);
      return done(c, i + 1);
    case 98:
    case 102:
    case 110:
    case 114:
    case 116:
    case 118:
      // \b \f \n \r \t \v: control characters, in no needle.
      return done(0, i + 1);
  }
  if (c >= 48 && c <= 55) {
    // Legacy octal: up to three digits while the value stays under 256.
    let v = c - 48;
    let k = i + 1;
    const max = c <= 51 ? i + 3 : i + 2;
    for (; k < n && k < max && at(k) >= 48 && at(k) <= 55; k++) v = v * 8 + (at(k) - 48);
    return done(v, k);
  }
  return done(c, i + 1);
}

function hexRun(from: number, digits: number, n: number, at: (k: number) => number): number | undefined {
  if (from + digits > n) return undefined;
  let v = 0;
  for (let k = from; k < from + digits; k++) {
    const h = hexValue(at(k));
    if (h < 0) return undefined;
    v = v * 16 + h;
  }
  return done(v, from + digits);
}

/**
 * A text with every escape sequence decoded as decodeEscape() reads it, and the offsets in it of the
 * characters an escape made (a line continuation marks the character after it, which it joins on).
 */
export function decodedText(text: string): { text: string; escaped: number[] } {
  const at = (k: number) => text.charCodeAt(k);
  const parts: string[] = [];
  const escaped: number[] = [];
  let length = 0;
  let from = 0;
  for (let bs = text.indexOf('\\'); bs >= 0 && bs + 1 < text.length; bs = text.indexOf('\\', from)) {
    parts.push(text.slice(from, bs));
    length += bs - from;
    const code = decodeEscape(false, bs + 1, text.length, at);
    from = escapeEnd;
    escaped.push(length);
    if (code < 0) continue;
    const ch = String.fromCodePoint(Math.min(code, 0x10ffff));
    parts.push(ch);
    length += ch.length;
  }
  parts.push(text.slice(from));
  return { text: parts.join(''), escaped };
}

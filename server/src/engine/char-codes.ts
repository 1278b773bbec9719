// Character codes the byte checks of texts compare with (the same in UTF-8 bytes and in UTF-16 code units: all ASCII).
export const QUOTE = 39;
export const DOUBLE_QUOTE = 34;
export const BACKTICK = 96;
export const LF = 10;
export const CR = 13;
export const DOT = 46;
export const SLASH = 47;
export const HASH = 35;
export const AT = 64;
export const TILDE = 126;

/** An ASCII name character (letter, digit, `_`): what bounds a name in JavaScript or Python text. */
export function isNameChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

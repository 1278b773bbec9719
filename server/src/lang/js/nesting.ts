// Guards that keep pathological input from crashing the analysis. TypeScript's parser is
// recursive: about 700 nested brackets overflow Node's default stack (measured on 6.0.3), so
// deeper files are skipped with a note instead of parsed.

export const MAX_NESTING_DEPTH = 500;

/**
 * The deepest bracket nesting in the text, stopping early once `limit` is passed. Strings,
 * template text and comments are skipped roughly (regex literals are not recognised; a guard
 * only needs to be right about real code).
 */
export function nestingDepth(text: string, limit = MAX_NESTING_DEPTH): number {
  let depth = 0;
  let max = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    switch (c) {
      case 40: // (
      case 91: // [
      case 123: // {
        depth++;
        if (depth > max) {
          max = depth;
          if (max > limit) return max;
        }
        break;
      case 41: // )
      case 93: // ]
      case 125: // }
        if (depth > 0) depth--;
        break;
      case 34: // "
      case 39: // '
        i = skipQuoted(text, i, c);
        break;
      case 47: // /
        if (text.charCodeAt(i + 1) === 47) i = lineEnd(text, i);
        else if (text.charCodeAt(i + 1) === 42) i = blockCommentEnd(text, i);
        break;
    }
  }
  return max;
}

function skipQuoted(text: string, start: number, quote: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) i++;
    else if (c === quote || c === 10) return i;
  }
  return text.length;
}

function lineEnd(text: string, start: number): number {
  const i = text.indexOf('\n', start);
  return i < 0 ? text.length : i;
}

function blockCommentEnd(text: string, start: number): number {
  const i = text.indexOf('*/', start + 2);
  return i < 0 ? text.length : i + 1;
}

// Python tokens for the mutations (mutate.ts): strings with their prefixes and triple quotes,
// comments, numbers, names, operators, line breaks and indentation. A regular scanner, not
// tokenize.py: on broken text it still cuts somewhere sensible, which is all a mutation needs.
import type { Token } from './mutate.js';

const PY_TOKEN = new RegExp(
  [
    String.raw`(?<str>(?:[rRbBuUfF]{0,2})(?:'''[\s\S]*?(?:'''|$)|"""[\s\S]*?(?:"""|$)|'(?:[^'\\\n]|\\[\s\S])*'?|"(?:[^"\\\n]|\\[\s\S])*"?))`,
    String.raw`(?<comment>#[^\r\n]*)`,
    String.raw`(?<num>(?:0[xXoObB][\da-fA-F_]+|\d[\d_]*(?:\.\d*)?(?:[eE][+-]?\d+)?j?|\.\d+))`,
    String.raw`(?<name>[\p{L}_][\p{L}\p{N}_]*)`,
    String.raw`(?<op>\*\*=?|//=?|>>=?|<<=?|->|:=|[-+*/%@&|^~<>!=]=?|[()[\]{},:;.])`,
    String.raw`(?<ws>\r\n|[\r\n]|[ \t\f]+|\\\r?\n)`,
    String.raw`(?<other>[\s\S])`,
  ].join('|'),
  'gu',
);

/** Every token of a text, whitespace and comments marked as trivia. */
export function pyTokens(text: string): Token[] {
  const out: Token[] = [];
  PY_TOKEN.lastIndex = 0;
  for (let m = PY_TOKEN.exec(text); m; m = PY_TOKEN.exec(text)) {
    if (m[0].length === 0) {
      PY_TOKEN.lastIndex++;
      continue;
    }
    const g = m.groups!;
    out.push({ start: m.index, end: m.index + m[0].length, trivia: g.ws !== undefined || g.comment !== undefined });
  }
  return out;
}

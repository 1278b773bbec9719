// Strings the code only looks for in other strings: the operand of a comparison (`"sslmode=require"
// in url`) or the argument of a search (`url.count("sslmode=verify-full")`). They configure nothing.
import type { Node } from './api.js';

/** String methods whose argument is text looked for, not a setting (`url.count("sslmode=verify-full")`). */
const SEARCHES = new Set(['count', 'find', 'rfind', 'index', 'rindex', 'startswith', 'endswith', 'split', 'rsplit', 'partition', 'rpartition', 'replace', 'removeprefix', 'removesuffix']);

/** A string a comparison or a search reads (`assert "sslmode=require" in db.PG_URL`): not a connection string given to anything. */
export function searchedFor(s: Node): boolean {
  const p = s.parent;
  if (p?.type === 'comparison_operator') return true;
  const call = p?.type === 'argument_list' ? p.parent : null;
  const fn = call?.type === 'call' ? call.childForFieldName('function') : null;
  return fn?.type === 'attribute' && SEARCHES.has(fn.childForFieldName('attribute')?.text ?? '');
}

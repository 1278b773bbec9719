// What a write to `SSLContext.options` (or a pyOpenSSL `set_options` call) sets and clears, read
// from the expression: `ctx.options |= A | B` sets A and B, `ctx.options &= ~(A | B)` clears them,
// `ctx.options = ctx.options & ~A` clears A, `ctx.options = A | B` sets them. Flags are reported by
// their short name (`OP_NO_TLSv1`) with the name as written, for messages and fixes.
import type { AttrWrite, Node, PyEdit, PyRuleContext } from './api.js';
import { editIn } from './edits.js';

/** Modules whose OP_* constants are OpenSSL's option bits. */
const FLAG_PREFIXES = ['ssl.', 'ssl.Options.', 'OpenSSL.SSL.'];

export interface Flag {
  /** `OP_NO_TLSv1`. */
  short: string;
  /** As the file names it: `ssl.OP_NO_TLSv1`. */
  shown: string;
  /** The expression naming it. */
  node: Node;
}

export interface FlagChange {
  set: Flag[];
  cleared: Flag[];
  /** The statement (an assignment or a call) the change is made by. */
  node: Node;
}

function flagOf(ctx: PyRuleContext, node: Node): Flag | undefined {
  const name = ctx.nameOf(node);
  if (!name) return undefined;
  const prefix = FLAG_PREFIXES.find((p) => name.startsWith(p) && /^OP_\w+$/.test(name.slice(p.length)));
  if (!prefix) return undefined;
  const short = name.slice(prefix.length);
  return { short, shown: prefix === 'OpenSSL.SSL.' ? `SSL.${short}` : `ssl.${short}`, node };
}

function unparen(n: Node): Node {
  while (n.type === 'parenthesized_expression' && n.namedChildren[0]) n = n.namedChildren[0];
  return n;
}
const operatorOf = (n: Node) => n.childForFieldName('operator')?.text;

/** Names followed to their `A | B` values in one expression; past it the expression is unknown. */
const MAX_NAMED_PARTS = 256;

/** The flags an `A | B | …` expression ORs together; undefined when a part is not a flag (or `keep` says to skip it). */
export function orFlags(ctx: PyRuleContext, expr: Node, keep: (n: Node) => boolean = () => true): Flag[] | undefined {
  const out: Flag[] = [];
  let named = 0;
  // An explicit stack, left part first: a chain of thousands of `|` nests as deep as it is long.
  const stack: Node[] = [expr];
  while (stack.length > 0) {
    const n = unparen(stack.pop()!);
    if (n.type === 'binary_operator' && operatorOf(n) === '|') {
      stack.push(n.childForFieldName('right')!, n.childForFieldName('left')!);
      continue;
    }
    if (!keep(n)) continue;
    const flag = flagOf(ctx, n);
    if (flag) {
      out.push(flag);
      continue;
    }
    // A name bound to a flag expression: `LEGACY = ssl.OP_NO_TLSv1 | …; ctx.options &= ~LEGACY`.
    const v = ctx.valueOf(n);
    if (v.kind === 'operation' && v.operator === '|' && v.node.id !== n.id && v.node.type === 'binary_operator' && ++named <= MAX_NAMED_PARTS) {
      stack.push(v.node);
      continue;
    }
    return undefined;
  }
  return out;
}

/** `~X` → the flags of X. */
function complement(ctx: PyRuleContext, expr: Node): Flag[] | undefined {
  const n = unparen(expr);
  if (n.type !== 'unary_operator' || operatorOf(n) !== '~') return undefined;
  const arg = n.childForFieldName('argument');
  return arg ? orFlags(ctx, arg) : undefined;
}

/** Whether `n` reads the attribute being written (`ctx.options` in `ctx.options = ctx.options | X`). */
const sameTarget = (n: Node, target: Node) => n.type === 'attribute' && n.text.replace(/\s+/g, '') === target.text.replace(/\s+/g, '');

/** What a write to `.options` sets and clears; undefined for writes the file does not spell out. */
export function optionsChange(ctx: PyRuleContext, w: AttrWrite): FlagChange | undefined {
  if (w.attribute !== 'options') return undefined;
  const value = w.valueNode;
  if (w.operator === '|=') {
    const set = orFlags(ctx, value);
    return set && { set, cleared: [], node: w.node };
  }
  if (w.operator === '&=') {
    const cleared = complement(ctx, value);
    return cleared && { set: [], cleared, node: w.node };
  }
  if (w.operator !== '=') return undefined;
  const n = unparen(value);
  if (n.type === 'binary_operator' && operatorOf(n) === '&') {
    const left = unparen(n.childForFieldName('left')!);
    const cleared = sameTarget(left, w.target) ? complement(ctx, n.childForFieldName('right')!) : undefined;
    return cleared && { set: [], cleared, node: w.node };
  }
  const set = orFlags(ctx, value, (part) => !sameTarget(part, w.target));
  return set && { set, cleared: [], node: w.node };
}

/** `ctx.set_options(SSL.OP_X | …)` on a pyOpenSSL Context. */
export function setOptionsChange(ctx: PyRuleContext, node: Node, arg: Node): FlagChange | undefined {
  const set = orFlags(ctx, arg);
  return set && { set, cleared: [], node };
}

/**
 * The edit taking one flag out of an `A | B` expression (with its `|`), or undefined when the flag
 * is the whole expression (the statement goes then) or sits deeper than one OR chain.
 */
export function removeFlagEdit(text: string, expr: Node, flag: Flag): PyEdit | undefined {
  // Down the left side of the chain (`A | B | C` is `(A | B) | C`), in a loop: chains can be thousands long.
  for (let n = unparen(expr); n.type === 'binary_operator' && operatorOf(n) === '|'; n = unparen(n.childForFieldName('left')!)) {
    const left = n.childForFieldName('left')!;
    const right = n.childForFieldName('right')!;
    const op = n.childForFieldName('operator')!;
    if (right.id === flag.node.id) return editIn(n, left.endIndex, right.endIndex, '');
    if (left.id === flag.node.id) {
      let end = op.endIndex;
      while (text[end] === ' ' || text[end] === '\t') end++;
      return editIn(n, left.startIndex, end, '');
    }
  }
  return undefined;
}

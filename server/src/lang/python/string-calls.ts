// String methods the value model evaluates on a string it knows: `'…{}…'.format(args)` (each field
// filled with a constant argument, else a hole) and `":".join([...])` of strings it knows whole
// (a cipher list built from suite names). Anything else is left to the caller.
import type { Node } from 'web-tree-sitter';
import type { PyValue } from '../../../../rules/python/api.js';
import { braceFormat, partsOf } from './strings.js';

/** `sep.join(...)` or `template.format(...)` with the receiver a string the model knows; undefined otherwise. */
export function stringMethodCall(node: Node, callee: Node, args: Node, valueOf: (n: Node) => PyValue): PyValue | undefined {
  if (callee.type !== 'attribute') return undefined;
  const method = callee.childForFieldName('attribute')?.text;
  const target = callee.childForFieldName('object');
  if (!target || (method !== 'format' && method !== 'join')) return undefined;
  const parts = partsOf(valueOf(target));
  if (!parts) return undefined;
  return method === 'format' ? format(parts, args, node, valueOf) : join(parts, args, node, valueOf);
}

function format(parts: ReturnType<typeof partsOf> & object, args: Node, node: Node, valueOf: (n: Node) => PyValue): PyValue {
  const positional: PyValue[] = [];
  const keywords = new Map<string, PyValue>();
  for (const a of args.namedChildren) {
    if (!a) continue;
    if (a.type === 'keyword_argument') {
      const name = a.childForFieldName('name')?.text;
      const value = a.childForFieldName('value');
      if (name && value) keywords.set(name, valueOf(value));
    } else if (a.type !== 'comment') positional.push(valueOf(a));
  }
  return braceFormat(parts, positional, keywords, node);
}

/**
 * `":".join(["ECDHE+AESGCM", "AES128-SHA"])`: a literal when the separator and every element are
 * known strings; unknown when any is not (a part the model cannot see may be anything). The list is
 * written in the call, a tuple, or a list a name holds that nothing in its file changes in place.
 */
function join(sep: readonly (string | { unknown: Node })[], args: Node, node: Node, valueOf: (n: Node) => PyValue): PyValue | undefined {
  const list = args.namedChildren.filter((a): a is Node => !!a && a.type !== 'comment');
  if (list.length !== 1 || sep.length > 1 || (sep.length === 1 && typeof sep[0] !== 'string') || !fixedSequence(list[0])) return undefined;
  const seq = valueOf(list[0]);
  if (seq.kind !== 'sequence' || !(seq.node.type === 'tuple' || seq.node.id === list[0].id || unchangedList(seq.node))) return undefined;
  const texts: string[] = [];
  for (const e of seq.elements) {
    if (e.kind !== 'literal' || typeof e.value !== 'string' || e.bytes) return undefined;
    texts.push(e.value);
  }
  return { kind: 'literal', value: texts.join((sep[0] as string | undefined) ?? ''), node };
}

/** A list or tuple written out, or a name (a constant) that may hold one: not a generator or a call. */
function fixedSequence(arg: Node): boolean {
  return arg.type === 'list' || arg.type === 'tuple' || arg.type === 'identifier' || arg.type === 'attribute';
}

/** A list literal bound to a name no statement of its file mutates (`NAME.append(…)`, `NAME[i] = …`, `NAME += …`). */
function unchangedList(list: Node): boolean {
  const assign = list.parent?.type === 'assignment' ? list.parent : undefined;
  const name = assign?.childForFieldName('left');
  if (list.type !== 'list' || name?.type !== 'identifier') return false;
  const mutated = new RegExp(`\\b(?:del\\s+)?${name.text}\\s*(?:\\.\\s*(?:append|extend|insert|remove|pop|clear|sort|reverse)\\b|\\[[^\\]]*\\]\\s*(?:[+*]?=(?!=)|$)|[+*]=)`, 'm');
  return !mutated.test(list.tree.rootNode.text);
}

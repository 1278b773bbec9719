// Fixes shared by the Python parts of the verification rules.

import type { Argument, Node, PyEdit, PyFix, PyRuleContext } from './api.js';
import { editIn, moduleImport, removeArgument, removeStatement, replaceNode } from './edits.js';
import { plainContent } from './string-offsets.js';

/** The text a title quotes: the node's own text when short, else `name=…`. */
export function quoted(node: Node, fallback: string): string {
  const text = node.text.replace(/\s+/g, ' ');
  return text.length <= 40 ? text : fallback;
}

/** Removes an unsafe argument, dict entry, or the statement that set it. */
export function removeFix(ctx: PyRuleContext, node: Node, title: string): PyFix | undefined {
  const edit = node.type === 'keyword_argument' || node.type === 'pair' || node.parent?.type === 'argument_list' ? removeArgument(ctx, node) : removeStatement(ctx, node);
  return edit ? { title, kind: 'suggestion', edits: [edit] } : undefined;
}

/** `verify=False` becomes `verify='/path/to/ca.pem'`: verification on, trusting a private CA. */
export function caPathFix(argument: Argument | undefined, valueNode: Node, keyword: string): PyFix | undefined {
  if (argument && argument.via !== 'keyword') return undefined;
  if (valueNode.type !== 'false') return undefined;
  return { title: `Trust a specific CA instead (${keyword}='/path/to/ca.pem', edit the path)`, kind: 'suggestion', edits: [replaceNode(valueNode, "'/path/to/ca.pem'")] };
}

/**
 * Edits that make `node` (a reference to an ssl name, or a literal) say `ssl.<name>`: the
 * attribute is renamed in `ssl.X`; anything else becomes `ssl.<name>` with `import ssl` added.
 * Undefined when `ssl` would not name the module there (moduleImport).
 */
export function sslNameEdits(ctx: PyRuleContext, node: Node, name: string): PyEdit[] | undefined {
  if (node.type === 'attribute') {
    const attr = node.childForFieldName('attribute');
    const object = node.childForFieldName('object');
    if (attr && object && ctx.nameOf(object) === 'ssl') return [replaceNode(attr, name)];
  }
  const imp = moduleImport(ctx, 'ssl');
  return imp && [replaceNode(node, `ssl.${name}`), ...imp];
}

/** `sslmode=require` → `sslmode=verify-full` in a plain string constant or a keyword's string. */
export function sslmodeFix(node: Node, param: string, value: string): PyFix | undefined {
  if (param !== 'sslmode') return undefined;
  if (node.type === 'keyword_argument' || node.type === 'pair') {
    const v = node.childForFieldName('value');
    if (v?.type !== 'string') return undefined;
    node = v;
  }
  if (node.type !== 'string') return undefined;
  const text = node.text;
  const at = text.search(new RegExp(`sslmode=${value}(?![-\\w])`));
  if (at < 0 || text.slice(0, at).includes('\\') || text.slice(0, at).includes('{')) return undefined;
  const start = node.startIndex + at;
  return { title: 'Use sslmode=verify-full (verify the certificate and host name)', kind: 'suggestion', edits: [editIn(node, start, start + `sslmode=${value}`.length, 'sslmode=verify-full')] };
}

/** `?tls=true&tlsInsecure=true` → `?tls=true`: a URL query parameter taken out of a plain string constant. */
export function uriParamFix(node: Node, param: string, value: string): PyFix | undefined {
  const content = plainContent(node);
  if (!content) return undefined;
  const text = node.text.slice(content.start - node.startIndex, content.end - node.startIndex);
  // Both come from the tables (rules/data/python): names and words, nothing a pattern would read.
  const m = new RegExp(`([?&])${param}=${value}(?=$|&|#)`).exec(text);
  if (!m) return undefined;
  let start = m.index;
  let end = m.index + m[0].length;
  // `?a=1&b=2` loses `a=1&`; a last `&b=2` or a lone `?b=2` goes with its separator.
  if (m[1] === '?' && text[end] === '&') {
    start += 1;
    end += 1;
  }
  return { title: `Remove ${param}=${value} from the connection string`, kind: 'suggestion', edits: [editIn(node, content.start + start, content.start + end, '')] };
}

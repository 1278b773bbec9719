// The pre-filter's second look, once a file is parsed: a part it let through only for names
// (RulePart.nameNeedles of a part that reads them only in code, keywordNeedles) runs only if one
// of them stands where code uses it. The text scan cannot tell `verify=` in a call from `verify=`
// in a `def`, `ssl = None` from `s.ssl = …`, or a docstring's `ssl=1` from code; the tree can, with
// one lookup per occurrence, before any model is built. About a fifth of the files the pre-filter
// lets through in the Python corpus hold such names only (`def listen(port, verify=None)`,
// `ssl = None` after a failed import, `:param server_hostname:`).
import type { Node } from 'web-tree-sitter';
import type { RulePart } from '../../../../rules/api.js';
import type { PyDocument } from './document.js';
import { decodedText } from '../../engine/escapes.js';
import { inModulePlace, inNamePlace } from '../../engine/needle-automaton.js';

interface Names {
  /** The part's other needles: plain text, and module names (RulePart.moduleNeedles) in an import's place. */
  plain: readonly string[];
  modules: readonly string[];
  names: readonly { text: string; keywordOnly: boolean }[];
}

const namesOf = new WeakMap<RulePart<unknown>, Names | null>();

function partNames(part: RulePart<unknown>): Names | null {
  let n = namesOf.get(part);
  if (n !== undefined) return n;
  const keywords = new Set(part.keywordNeedles);
  const names = new Set([...(part.namesInCodeOnly ? part.nameNeedles ?? [] : []), ...keywords]);
  const modules = new Set(part.moduleNeedles);
  const plain = part.needles.filter((t) => !names.has(t) && !modules.has(t));
  n = names.size === 0 || part.alsoNeedles?.length ? null : { plain, modules: [...modules], names: [...names].map((text) => ({ text, keywordOnly: keywords.has(text) })) };
  namesOf.set(part, n);
  return n;
}

/** Whether the part may fire in the document: false only when every needle it was let through for is a name in no place it reads. */
export function mayFire(doc: PyDocument, part: RulePart<unknown>): boolean {
  const n = partNames(part);
  if (!n) return true;
  const { text } = doc;
  const at = (k: number) => text.charCodeAt(k);
  // As the pre-filter counts them (needle-automaton.ts); plain text stays plain.
  const occurs = (needle: string, counts: (start: number, end: number) => boolean) => {
    for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) if (counts(i, i + needle.length)) return true;
    return false;
  };
  if (n.plain.some((t) => text.includes(t)) || n.modules.some((m) => occurs(m, (s, e) => inModulePlace(s, e, text.length, at)))) return true;
  const root = doc.tree.rootNode;
  // A tree with errors may hold a call the parser could not place: read as written there.
  if (root.hasError) return true;
  if (n.names.some(({ text: name, keywordOnly }) => occurs(name, (s, e) => inNamePlace(s, e, text.length, at, keywordOnly) && readIn(root.descendantForIndex(s, e), s, e, keywordOnly)))) return true;
  // Last, as it decodes the whole text: most files that get here have a name in code already.
  return text.includes('\\') && escapeMakes(doc, n);
}

const decoded = new WeakMap<PyDocument, ReturnType<typeof decodedText>>();

/**
 * Whether an escape sequence makes one of the part's needles (`'\x76erify'`, `'\u0076erify'`, a
 * `\` line continuation inside one): the pre-filter counts those wherever they are, and the
 * lookup below reads only names as written, so such a file is not narrowed.
 */
function escapeMakes(doc: PyDocument, n: Names): boolean {
  let d = decoded.get(doc);
  if (!d) decoded.set(doc, (d = decodedText(doc.text)));
  const { text, escaped } = d;
  for (const needle of [...n.plain, ...n.names.map((x) => x.text)]) {
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) if (escapedIn(escaped, at, at + needle.length)) return true;
  }
  return false;
}

/** Whether a sorted list holds a number in [from, to). */
function escapedIn(sorted: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo] < to;
}

/** Whether code may read the name at [start, end), the smallest node around it being `node`. */
function readIn(node: Node | null, start: number, end: number, keywordOnly: boolean): boolean {
  if (!node) return true;
  const type = node.type;
  if (type === 'comment') return false;
  // Inside a string: only a whole one names a key or an attribute (`'verify'`), not prose or a dotted path.
  if (type === 'string_content') return !keywordOnly && node.startIndex === start && node.endIndex === end;
  if (type !== 'identifier' || node.startIndex !== start || node.endIndex !== end) return true;
  const parent = node.parent;
  if (!parent) return true;
  const is = (field: string) => parent.childForFieldName(field)?.startIndex === start;
  switch (parent.type) {
    case 'keyword_argument':
      return true;
    case 'default_parameter':
    case 'typed_default_parameter':
      return !is('name');
    case 'typed_parameter':
    case 'parameters':
    case 'lambda_parameters':
      return false;
    case 'assignment':
    case 'augmented_assignment':
      return !is('left') && !keywordOnly;
    case 'function_definition':
    case 'class_definition':
      return !is('name') && !keywordOnly;
  }
  return !keywordOnly;
}

// The library class a type annotation names (`session: aiohttp.ClientSession`, `-> HttpSession`,
// `Optional[requests.Session]`, `httpx.Client | None`, `"ssl.SSLContext"`): a parameter or a
// function's result is then that class's instance for the method tables, as a call of the class
// is, but marked `declared` (api.ts): the file did not make it, so nothing is known of how.
import type { Node } from 'web-tree-sitter';
import type { PyValue } from '../../../../rules/python/api.js';
import { canonicalName, returnType } from '../../../../rules/data/python/types.js';
import type { Binding, ScopeIndex } from './scope.js';

/** What reads an annotation's names (values.ts ValueResolver). */
export interface NameReader {
  valueOf(node: Node): PyValue;
  bindingValue(b: Binding, use: Node): PyValue;
}

/** `Optional[X]`, `Union[X, None]` (also `typing.`...): X when it is the one type that is not None. */
const WRAPPERS = /^(?:typing\.|t\.)?(?:Optional|Union)$/;
const DOTTED = /^[A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)*$/;

/**
 * The qualified class the annotation (a `type` node) names, when it is a library's (a dotted name
 * whose last part is a class, as returnType reads one), else undefined.
 */
export function annotatedClass(annotation: Node, index: ScopeIndex, names: NameReader, depth = 0): string | undefined {
  if (depth > 4) return undefined;
  const inner = annotation.type === 'type' ? annotation.namedChildren.find((c) => c && c.type !== 'comment') : annotation;
  if (!inner) return undefined;
  switch (inner.type) {
    case 'identifier':
    case 'attribute':
      return libraryClass(names.valueOf(inner));
    case 'string':
      return stringAnnotation(inner, index, names);
    case 'generic_type': {
      // `Optional[X]`: the grammar's generic_type holds the name and a type_parameter of types.
      const [name, params] = inner.namedChildren;
      if (!name || !WRAPPERS.test(name.text) || params?.type !== 'type_parameter') return undefined;
      return onlyType(params.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment'), index, names, depth);
    }
    case 'subscript': {
      // `typing.Optional[X]` parses as a subscript.
      const value = inner.childForFieldName('value');
      if (!value || !WRAPPERS.test(value.text)) return undefined;
      const items = inner.childrenForFieldName('subscript').filter((c): c is Node => !!c && c.type !== 'comment');
      return onlyType(items, index, names, depth);
    }
    case 'binary_operator': {
      if (inner.childForFieldName('operator')?.text !== '|') return undefined;
      const sides = [inner.childForFieldName('left'), inner.childForFieldName('right')].filter((c): c is Node => !!c);
      return onlyType(sides, index, names, depth);
    }
    default:
      return undefined;
  }
}

/** The class of the one member of a union that is not None. */
function onlyType(members: readonly Node[], index: ScopeIndex, names: NameReader, depth: number): string | undefined {
  const types = members.filter((m) => !isNone(m));
  return types.length === 1 ? annotatedClass(types[0], index, names, depth + 1) : undefined;
}

function isNone(node: Node): boolean {
  const inner = node.type === 'type' ? node.namedChild(0) : node;
  return inner?.type === 'none' || inner?.text === 'None';
}

/**
 * `"aiohttp.ClientSession"`: a forward reference, resolved through the module's imports (those
 * under `if TYPE_CHECKING:` too). Only a plain dotted name; anything else stays unread.
 */
function stringAnnotation(node: Node, index: ScopeIndex, names: NameReader): string | undefined {
  const content = node.namedChildren.filter((c) => c?.type === 'string_content');
  const text = content.length === 1 ? content[0]!.text.trim() : '';
  if (!DOTTED.test(text)) return undefined;
  const [head, ...rest] = text.split('.');
  const imports = index.root.bindings.get(head)?.filter((b) => b.kind === 'import' && b.imported);
  if (!imports || imports.length !== 1) return undefined;
  const base = names.bindingValue(imports[0], node);
  return base.kind === 'ref' ? libraryClass({ ...base, name: canonicalName([base.name, ...rest].join('.')) }) : undefined;
}

/** A ref to a library's class: qualified (a module's), and a class by its name. */
function libraryClass(v: PyValue): string | undefined {
  if (v.kind !== 'ref' || !v.name.includes('.')) return undefined;
  return returnType(v.name) === v.name ? v.name : undefined;
}

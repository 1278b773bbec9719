// `@property def verify(self): return False` read as `self.verify` in the class's methods, or as
// `api.verify` on an instance the file makes (`api = TrackingApi(token)`): a property is a function
// the file defines, and its returns are the attribute's value (one return: that value; several: each
// under the if/else branch of the property it sits in). Looked up in the class and its bases of the
// file; a class of another module, or an instance the file does not make, stays unknown.
import type { Node } from 'web-tree-sitter';
import type { PyValue } from '../../../../rules/python/api.js';
import { reachingBindings } from './names.js';
import { methodClass } from './object-names.js';
import type { ScopeIndex } from './scope.js';
import { isPropertyDefinition, writeCondition } from '../../../../rules/python/written.js';
import { enclosingScope } from '../../../../rules/python/returns.js';

const MAX_BASES = 4;

/** The value of `object.attribute` when it reads a property of a class of the file. */
export function propertyValue(index: ScopeIndex, object: Node, attribute: string, use: Node, valueOf: (n: Node) => PyValue): PyValue | undefined {
  const fn = propertyOf(index, classOf(index, object), attribute, 0);
  if (!fn) return undefined;
  const returns = fn.descendantsOfType('return_statement').filter((r): r is Node => !!r && enclosingScope(r).id === fn.id);
  const values = returns.map((r) => ({ expr: r.namedChild(0), condition: writeCondition(r, use) }));
  if (values.length === 0 || values.some((v) => !v.expr)) return undefined;
  if (values.length === 1 && !values[0].condition) return valueOf(values[0].expr!);
  return { kind: 'either', node: use, branches: values.map((v) => ({ value: valueOf(v.expr!), condition: v.condition ?? 'otherwise' })) };
}

/** `self` in a method (its class), or a name bound once by a call of a class of the file (`api = TrackingApi(…)`). */
function classOf(index: ScopeIndex, object: Node): Node | undefined {
  if (object.type !== 'identifier') return undefined;
  const reaching = reachingBindings(index, object);
  const own = methodClass(reaching);
  if (own) return own;
  const b = reaching.length === 1 && !reaching[0].condition ? reaching[0].binding : undefined;
  const call = b?.kind === 'assign' ? b.value : undefined;
  const callee = call?.type === 'call' ? call.childForFieldName('function') : undefined;
  return callee?.type === 'identifier' ? fileClass(index, callee) : undefined;
}

function fileClass(index: ScopeIndex, name: Node): Node | undefined {
  const r = reachingBindings(index, name);
  return r.length === 1 && r[0].binding.kind === 'class' ? r[0].binding.statement : undefined;
}

/** The `@property` of that name the class's body defines, else one of its bases of the file (in order); undefined when the class assigns the name. */
function propertyOf(index: ScopeIndex, cls: Node | undefined, name: string, depth: number): Node | undefined {
  if (!cls || depth > MAX_BASES) return undefined;
  for (const c of cls.childForFieldName('body')?.namedChildren ?? []) {
    if (c?.type === 'decorated_definition') {
      const def = c.childForFieldName('definition');
      if (def?.type === 'function_definition' && def.childForFieldName('name')?.text === name) return isPropertyDefinition(c) ? def : undefined;
    } else if (c?.type === 'function_definition' && c.childForFieldName('name')?.text === name) return undefined;
    else if (c?.type === 'expression_statement' && c.namedChild(0)?.type === 'assignment' && c.namedChild(0)!.childForFieldName('left')?.text === name) return undefined;
  }
  for (const base of cls.childForFieldName('superclasses')?.namedChildren ?? []) {
    const found = base?.type === 'identifier' ? propertyOf(index, fileClass(index, base), name, depth + 1) : undefined;
    if (found) return found;
  }
  return undefined;
}

// Which class body gives an instance its attribute's default: the class's own, else its bases' of
// the file in order (`ColdStorageElasticConfig(ElasticConfig)` with `verify_certs: bool = False`
// in the subclass, or only in the base). A method that assigns `self.<attribute>` ends the search
// (the instance's value is that method's), as does a base the file does not define.
import type { Node } from 'web-tree-sitter';
import { reachingBindings } from './names.js';
import type { PyValue } from '../../../../rules/python/api.js';
import type { PyLink } from './link.js';
import type { ScopeIndex } from './scope.js';

const MAX_DEPTH = 4;

/** The id of the class node whose body binds `attribute` for instances of `cls`; undefined when none of the file's does. */
export function classHolding(index: ScopeIndex, cls: Node, attribute: string, writesSelf: (cls: Node) => boolean, depth = 0): number | undefined {
  if (depth > MAX_DEPTH || writesSelf(cls)) return undefined;
  if (index.byNode.get(cls.id)?.bindings.get(attribute)?.length) return cls.id;
  for (const base of cls.childForFieldName('superclasses')?.namedChildren ?? []) {
    if (!base || base.type === 'keyword_argument') continue;
    const r = base.type === 'identifier' ? reachingBindings(index, base) : [];
    if (r.length !== 1 || r[0].binding.kind !== 'class') return undefined;
    const found = classHolding(index, r[0].binding.statement, attribute, writesSelf, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The class name `Cls()` calls with no arguments. */
export function classCallee(call: Node | undefined): Node | undefined {
  // `field(default_factory=Cls)` (field-defaults.ts): the factory is called with no arguments.
  if (call?.type === 'identifier' && call.parent?.type === 'keyword_argument' && /^(?:default_)?factory$/.test(call.parent.childForFieldName('name')?.text ?? '')) return call;
  const fn = call?.type === 'call' ? call.childForFieldName('function') : undefined;
  return fn?.type === 'identifier' && (call!.childForFieldName('arguments')?.namedChildCount ?? 0) === 0 ? fn : undefined;
}

/** For a class another project module defines (`cfg = cfg or KafkaConfig()` with `from .config import KafkaConfig`): its class body's default there. */
export function importedDefault(index: ScopeIndex, link: PyLink | undefined, call: Node | undefined, attribute: string): PyValue | undefined {
  const fn = classCallee(call);
  return fn && reachingBindings(index, fn).every((r) => r.binding.kind === 'import') ? link?.classDefault(fn, attribute) : undefined;
}

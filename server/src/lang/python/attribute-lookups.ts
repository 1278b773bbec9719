// `getattr(obj, "NAME", default)` (rules/python/lookups.ts): what the value model knows of the
// object decides. A project module that binds NAME gives its value; one that cannot have NAME (its
// text never names it, nothing star-imported or computed) gives the default outright; an attribute
// the file writes or a class body sets is that value. An object read at run time (a parameter, a
// framework's settings object) is a lookup like `.get(key, default)`: the default only when it
// lacks the name. A library module (`getattr(ssl, "HAS_SNI", False)`) is a feature test, and an
// object a library made (`self` of a `requests.Session` subclass) has the library's attributes: unknown.
import type { Node } from 'web-tree-sitter';
import type { PyValue } from '../../../../rules/python/api.js';
import type { DefaultedLookup } from '../../../../rules/python/lookups.js';
import { reachingBindings } from './names.js';
import { methodClass } from './object-names.js';
import type { ScopeIndex } from './scope.js';
import type { ValueResolver } from './values.js';

/** A library object that holds a deployment's settings (`django.conf.settings`, `app.config`): read at run time. */
const SETTINGS_OBJECT = /\.(?:settings|conf|config)$/;

/**
 * The value of `getattr(...)` when the object is known (its attribute, or the default it must fall
 * back to); 'lookup' when the object is read at run time; undefined when it stays unknown.
 */
export function attributeLookup(l: DefaultedLookup, node: Node, fallback: PyValue, values: ValueResolver, index: ScopeIndex): PyValue | 'lookup' | undefined {
  const { link, attributes } = values;
  const object = l.mapping.type === 'identifier' ? ownSelf(values, index, l.mapping) ?? values.valueOf(l.mapping) : values.valueOf(l.mapping);
  if (link?.isModule(object)) {
    const v = link.member(object, l.key, node);
    if (v && v.kind !== 'unknown') return v;
    return link.lacks(object, l.key) ? fallback : undefined;
  }
  const written = attributes?.attributeValue(l.mapping, l.key, node);
  if (written) return written;
  if (object.kind === 'ref') return SETTINGS_OBJECT.test(object.name) ? 'lookup' : undefined;
  // An object a library call made (`requests.Session()`, `self` of its subclass) has the library's attributes.
  return object.kind === 'unknown' || object.kind === 'either' ? 'lookup' : undefined;
}

/** `self`/`cls` in a method of a class that extends a library class: an instance of that class. */
function ownSelf(values: ValueResolver, index: ScopeIndex, name: Node): PyValue | undefined {
  const cls = methodClass(reachingBindings(index, name));
  const v = cls ? values.selfValue(cls, name) : undefined;
  return v?.kind === 'instance' ? v : undefined;
}

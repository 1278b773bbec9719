// Named places a TLS setting is written in code the tables do not list: keyword arguments, dict
// entries (`ssl_options={"ssl_version": …}`), parameter defaults (dataclass fields too) and
// attribute writes whose name says what they hold (`ssl_version`, `ciphers`). Rules report them only when the value is one the
// name cannot make innocent (a legacy `ssl.PROTOCOL_*` constant, a cipher string the evaluator
// reads as weak), so an unknown library or a wrapper of one is covered too.
import type { Node, PyRuleContext, PyValue } from './api.js';

export interface Slot {
  /** The name as written (`ssl_version`, `"ciphers"`). */
  name: string;
  value: PyValue;
  /** What a finding covers: the `name=value` argument, the `"name": value` pair, the parameter, the assignment. */
  node: Node;
  valueNode: Node;
}

const KINDS = ['keyword_argument', 'pair', 'default_parameter', 'typed_default_parameter', 'assignment'];

function nameOfSlot(n: Node): { name: string; value: Node } | undefined {
  if (n.type === 'keyword_argument' || n.type === 'default_parameter' || n.type === 'typed_default_parameter') {
    const name = n.childForFieldName('name');
    const value = n.childForFieldName('value');
    return name?.type === 'identifier' && value ? { name: name.text, value } : undefined;
  }
  if (n.type === 'pair') {
    const key = n.childForFieldName('key');
    const value = n.childForFieldName('value');
    const m = key?.type === 'string' ? /^[a-zA-Z]*["']{1,3}([\w.]+)["']{1,3}$/.exec(key.text) : null;
    return m && value ? { name: m[1], value } : undefined;
  }
  // `self.ssl_version = …`, `options.ciphers = …`; a dataclass field (`tls_version: int =
  // ssl.PROTOCOL_TLSv1_1`), a default of the constructor the decorator writes.
  const left = n.childForFieldName('left');
  const value = n.childForFieldName('right');
  const attr = left?.type === 'attribute' ? left.childForFieldName('attribute') : left?.type === 'identifier' && isFieldDefault(n) ? left : undefined;
  return attr && value ? { name: attr.text, value } : undefined;
}

/** Decorators and bases that make a class's annotated attributes its constructor's keyword defaults. */
const FIELD_DECORATORS = /^(?:dataclasses\.)?dataclass\b|^(?:attr|attrs)\.(?:s|define|frozen|mutable)\b|^(?:define|frozen)\b/;
const FIELD_BASES = /(?:^|\.)(?:BaseModel|BaseSettings)$/;

/** `name: T = value` in the body of a dataclass, an attrs class or a pydantic model. */
function isFieldDefault(assignment: Node): boolean {
  const statement = assignment.parent;
  const cls = statement?.type === 'expression_statement' && statement.parent?.type === 'block' ? statement.parent.parent : null;
  if (cls?.type !== 'class_definition' || !assignment.childForFieldName('type')) return false;
  const decorated = cls.parent?.type === 'decorated_definition' ? cls.parent : null;
  if (decorated?.namedChildren.some((d) => d?.type === 'decorator' && FIELD_DECORATORS.test(d.text.slice(1).trimStart()))) return true;
  return (cls.childForFieldName('superclasses')?.namedChildren ?? []).some((b) => !!b && FIELD_BASES.test(b.text));
}

interface Place {
  name: string;
  value: Node;
  node: Node;
}

/** Every named place of a file, by its tree: the whole tree's walk (slotsByWalk), for a text slotsNamed cannot search. */
const named = new WeakMap<Node['tree'], Place[]>();

function namedPlaces(root: Node): Place[] {
  let list = named.get(root.tree);
  if (!list) {
    list = [];
    for (const n of root.descendantsOfType(KINDS)) {
      const s = n && nameOfSlot(n);
      if (s) list.push({ ...s, node: n! });
    }
    named.set(root.tree, list);
  }
  return list;
}

type Names = ReadonlySet<string> | Readonly<Record<string, unknown>>;

const KIND_SET: ReadonlySet<string> = new Set(KINDS);

/** The places whose name (compared in lower case) is one of `names`, in source order, from the walk of every place. */
export function slotPlacesByWalk(root: Node, names: Names): Place[] {
  const has = (k: string) => (names instanceof Set ? names.has(k) : Object.prototype.hasOwnProperty.call(names, k));
  return namedPlaces(root).filter((s) => has(s.name.toLowerCase()));
}

/**
 * How a name set is searched: names that hold no other name of the set (`cipher`, not
 * `ssl_cipher`); each spot one of those is spelt at is tried as the part of every name holding it.
 */
interface Search {
  has: (name: string) => boolean;
  anchors: { anchor: string; names: { name: string; offset: number }[] }[];
}

const searches = new WeakMap<object, Search | null>();

function searchOf(names: Names): Search | undefined {
  let s = searches.get(names);
  if (s === undefined) {
    const list = names instanceof Set ? [...names] : Object.keys(names);
    const has = (k: string) => (names instanceof Set ? names.has(k) : Object.prototype.hasOwnProperty.call(names, k));
    // Only then is a name's lower case the text's at its place, whatever surrounds it.
    const searchable = list.every((n) => /^[\x21-\x7e]{1,1000}$/.test(n) && n === n.toLowerCase());
    const anchors = list.filter((a) => !list.some((n) => n !== a && a.includes(n)));
    s = searchable ? { has, anchors: anchors.map((anchor) => ({ anchor, names: list.flatMap((name) => offsetsOf(name, anchor).map((offset) => ({ name, offset }))) })) } : null;
    searches.set(names, s);
  }
  return s ?? undefined;
}

function offsetsOf(name: string, part: string): number[] {
  const out: number[] = [];
  for (let i = name.indexOf(part); i !== -1; i = name.indexOf(part, i + 1)) out.push(i);
  return out;
}

/** A character an identifier or a string's content never ends before (the lexer takes the longest token). */
const WORD = /[A-Za-z0-9_]/;

/**
 * The same places, found from the text: a place's name is the whole of a leaf of the tree (the
 * identifier, or a dict key's string content), so each spot where the lower-cased text spells a
 * wanted name, not followed by a word character, and the leaf there is exactly that spot leads to
 * every place named so: the place is the leaf's parent or grandparent. The walk read every
 * keyword argument, pair, parameter and assignment of the file (two to four WebAssembly crossings
 * each) for the few the rules want. Undefined when offsets of the lower-cased text would not be
 * the text's (a character that lower-cases to two, U+0130), or a name is not lower-case ASCII:
 * the caller walks.
 */
export function slotPlacesByText(root: Node, text: string, names: Names): Place[] | undefined {
  const search = searchOf(names);
  const lower = text.toLowerCase();
  if (!search || lower.length !== text.length) return undefined;
  const found = new Map<number, Place>();
  const tried = new Set<number>();
  // A cursor goes down to the leaf at a spot and back up without making a node per step (a node's
  // parent is a walk from the root in tree-sitter).
  const cursor = root.walk();
  try {
    for (const { anchor, names: holding } of search.anchors) {
      for (let spot = lower.indexOf(anchor); spot !== -1; spot = lower.indexOf(anchor, spot + 1)) {
        for (const { name, offset } of holding) {
          const at = spot - offset;
          const end = at + name.length;
          if (at < 0 || tried.has(at * 1024 + name.length) || !lower.startsWith(name, at) || WORD.test(lower[end] ?? '')) continue;
          tried.add(at * 1024 + name.length);
          cursor.reset(root);
          while (cursor.gotoFirstChildForIndex(at));
          if (cursor.startIndex !== at || cursor.endIndex !== end) continue;
          for (let up = 0; up < 3 && cursor.gotoParent(); up++) {
            if (!KIND_SET.has(cursor.nodeType)) continue;
            const n = cursor.currentNode;
            if (found.has(n.id)) continue;
            const s = nameOfSlot(n);
            if (s && search.has(s.name.toLowerCase())) found.set(n.id, { ...s, node: n });
          }
        }
      }
    }
  } finally {
    cursor.delete();
  }
  // The walk's order: by start, an enclosing place before the places inside it.
  return [...found.values()].sort((a, b) => a.node.startIndex - b.node.startIndex || b.node.endIndex - a.node.endIndex);
}

/** The slots whose name (compared in lower case) is one of `names`, in source order. */
export function slotsNamed(ctx: PyRuleContext, names: Names): Slot[] {
  const places = slotPlacesByText(ctx.root, ctx.text, names) ?? slotPlacesByWalk(ctx.root, names);
  return places.map((s) => ({ name: s.name, value: ctx.valueOf(s.value), node: s.node, valueNode: s.value }));
}

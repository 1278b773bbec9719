// Reading Python values in rules: constants as Python writes them, and the branch of a value
// (a conditional expression, an if/else assignment) that holds an unsafe one, with its condition.
import { conditionsSuffix } from '../common/conditions.js';
import type { PyConst } from '../data/python/sink-types.js';
import type { Branch, Node, PyValue } from './api.js';

/** A value as Python source writes it ('False', 'None', '0', "'none'", 'ssl.CERT_NONE'); undefined when not a constant. */
export function constOf(v: PyValue): string | undefined {
  switch (v.kind) {
    case 'literal':
      if (typeof v.value === 'boolean') return v.value ? 'True' : 'False';
      if (v.value === null) return 'None';
      if (typeof v.value === 'number') return String(v.value);
      return `'${v.value}'`;
    case 'ref':
      return v.name;
    default:
      return undefined;
  }
}

/** Whether a value is one of the constants (strings compared without regard to case). */
export function isConst(v: PyValue, consts: readonly PyConst[]): boolean {
  const c = constOf(v);
  if (c === undefined) return false;
  if (c.startsWith("'")) return consts.some((k) => k.startsWith("'") && k.toLowerCase() === c.toLowerCase());
  return consts.includes(c);
}

/** The branch of `v` for which `test` holds, with the conditions on the way; undefined when none does. */
export function findBranch(v: PyValue, test: (v: PyValue) => boolean, depth = 0): { value: PyValue; condition?: string; via?: Node } | undefined {
  if (test(v)) return { value: v };
  if (v.kind !== 'either' || depth > 8) return undefined;
  for (const b of v.branches) {
    const hit = findBranch(b.value, test, depth + 1);
    // A value passed by a caller is reported at that caller: its condition is where it is.
    if (hit) return b.via ? { value: hit.value, via: hit.via ?? b.via, condition: hit.condition } : { value: hit.value, condition: joinConditions(b, hit.condition, v.branches), via: hit.via };
  }
  return undefined;
}

/**
 * Every branch of `v` for which `test` holds that a different caller passed (`via`), or the first
 * one when none came through a caller: one finding per place the unsafe value is written.
 */
export function findBranches(v: PyValue, test: (v: PyValue) => boolean, depth = 0): { value: PyValue; condition?: string; via?: Node }[] {
  if (test(v)) return [{ value: v }];
  if (v.kind !== 'either' || depth > 8) return [];
  const out: { value: PyValue; condition?: string; via?: Node }[] = [];
  for (const b of v.branches) {
    for (const hit of findBranches(b.value, test, depth + 1)) {
      const one = b.via ? { value: hit.value, via: hit.via ?? b.via, condition: hit.condition } : { value: hit.value, condition: joinConditions(b, hit.condition, v.branches), via: hit.via };
      if (!one.via) return out.length > 0 ? out : [one];
      out.push(one);
    }
  }
  return out;
}

function joinConditions(b: Branch, inner: string | undefined, siblings: readonly Branch[]): string {
  const own = b.condition === 'otherwise' ? otherwise(siblings) : b.condition;
  return inner ? `${own} and ${inner}` : own;
}

/**
 * The binding that holds when a later one's branch did not run ("otherwise"), said as the
 * opposite of that branch's condition: `ctx = None` then `if SECURE: ctx = …` is "unless SECURE".
 */
function otherwise(siblings: readonly Branch[]): string {
  const others = siblings.filter((s) => s.condition !== 'otherwise');
  const when = others.length === 1 ? /^when (.*)$/.exec(others[0].condition) : null;
  return when ? `unless ${when[1]}` : 'otherwise';
}


/** `keyword=value` as a message names an option: `verify=False`, `cert_reqs='CERT_NONE'`. */
export function optionText(keyword: string, value: PyValue): string {
  const c = constOf(value);
  return c === undefined ? keyword : `${keyword}=${c}`;
}

/** " (when DEBUG)" for a message, or ""; `more` adds what else the finding depends on (" (when DEBUG, passed on to get())"). */
export function conditionText(condition: string | undefined, more?: string): string {
  const inner = [conditionsSuffix(condition).slice(2, -1), more].filter(Boolean).join(', ');
  return inner ? ` (${inner})` : '';
}

/** The value of a dict's entry, or undefined when `v` is not a dict holding it. */
export function entryOf(v: PyValue, key: string): { value: PyValue; node: import('./api.js').Node; valueNode: import('./api.js').Node } | undefined {
  if (v.kind !== 'dict') return undefined;
  const e = v.entries.get(key);
  return e && { value: e.value, node: e.node, valueNode: e.valueNode };
}

/** Whether a value is an instance of one of the classes. */
export function isInstanceOf(v: PyValue, types: readonly string[]): boolean {
  return v.kind === 'instance' && types.includes(v.type);
}

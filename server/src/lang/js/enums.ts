// TypeScript enums as the objects they compile to: `enum V { Old = 'TLSv1' }` makes `V.Old` the
// string 'TLSv1'; numeric members count up from the last number and map back to their names
// (`V[0] === 'A'`). A `const enum` is inlined by the compiler with the same values.
import ts from 'typescript';
import type { Prop, Value } from '../../../../rules/js/api.js';
import { lit } from './operators.js';
import { propertyNameText } from './identifiers.js';
import { skipOuterExpressions } from './syntax.js';

type ValueOf = (e: ts.Expression) => Value;

/**
 * The object of an enum, over all its declarations (`enum V { A } enum V { B = 5 }` merge); `open`
 * when a namespace of the same name may add members.
 */
export function enumValue(decls: readonly ts.EnumDeclaration[], open: boolean, valueOf: ValueOf): Value {
  const props = new Map<string, Prop>();
  const reverse: [string, Prop][] = [];
  for (const decl of decls) {
    // Each declaration counts from 0 again; its members see the members declared before them.
    let next: number | undefined = 0;
    for (const member of decl.members) {
      const key = propertyNameText(member.name);
      const value: Value = member.initializer ? memberInitializer(member.initializer, props, valueOf) : next === undefined ? ({ kind: 'unknown', node: member } as Value) : lit(next, member);
      next = value.kind === 'literal' && typeof value.value === 'number' ? value.value + 1 : undefined;
      if (key === undefined) continue;
      props.set(key, { key, value, node: member, valueNode: member.initializer });
      if (value.kind === 'literal' && typeof value.value === 'number') reverse.push([String(value.value), { key: String(value.value), value: lit(key, member), node: member }]);
    }
  }
  for (const [k, p] of reverse) if (!props.has(k)) props.set(k, p);
  return { kind: 'object', props, node: decls[0], open };
}

/** A member's initialiser: a bare name is an earlier member of the same enum, not an outer variable. */
function memberInitializer(init: ts.Expression, earlier: ReadonlyMap<string, Prop>, valueOf: ValueOf): Value {
  const e = skipOuterExpressions(init);
  if (ts.isIdentifier(e) && earlier.has(e.text)) return earlier.get(e.text)!.value;
  const v = valueOf(init);
  return v.kind === 'literal' && (typeof v.value === 'string' || typeof v.value === 'number') ? v : { kind: 'unknown', node: init };
}

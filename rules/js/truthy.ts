// JavaScript truthiness of a resolved value, when the value says it.
import ts from 'typescript';
import type { Value } from './api.js';

export function truthy(v: Value): boolean | undefined {
  switch (v.kind) {
    case 'literal':
      return Boolean(v.value);
    case 'object':
    case 'array':
    case 'function':
      return true;
    case 'instance':
      // `new X()` is an object; a call's result may be anything (`existsSync(caPath)` is a boolean).
      return v.node.kind === ts.SyntaxKind.NewExpression ? true : undefined;
    case 'either': {
      const all = v.branches.map((b) => truthy(b.value));
      return all.every((t) => t === true) ? true : all.every((t) => t === false) ? false : undefined;
    }
    default:
      return undefined;
  }
}

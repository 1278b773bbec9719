// JavaScript truthiness of a resolved value, when the value says it.
import type { Value } from './api.js';

export function truthy(v: Value): boolean | undefined {
  switch (v.kind) {
    case 'literal':
      return Boolean(v.value);
    case 'object':
    case 'array':
    case 'function':
    case 'instance':
      return true;
    case 'either': {
      const all = v.branches.map((b) => truthy(b.value));
      return all.every((t) => t === true) ? true : all.every((t) => t === false) ? false : undefined;
    }
    default:
      return undefined;
  }
}

// Environment variables a Python file sets for its own process: `os.environ['X'] = v`,
// `os.environ.setdefault('X', v)`, `os.environ.update(X=v)` / `update({'X': v})`, `os.putenv('X', v)`.
import type { Node, PyRuleContext, PyValue } from './api.js';

export interface EnvWrite {
  name: string;
  value: PyValue;
  valueNode: Node;
  /** The statement or call that sets it (what a fix removes). */
  node: Node;
}

const ENVIRON = 'os.environ';
/** The calls that set a variable: only these are named (naming every call of a file costs more than the rest of the check). */
const ENV_CALLS = ['os.environ.setdefault', 'os.putenv', 'os.environ.update'];

export function envWrites(ctx: PyRuleContext, names: readonly string[]): EnvWrite[] {
  const out: EnvWrite[] = [];
  const wanted = (k: PyValue): string | undefined => (k.kind === 'literal' && typeof k.value === 'string' && names.includes(k.value) ? k.value : undefined);
  for (const w of ctx.itemWrites) {
    if (w.container.kind !== 'ref' || w.container.name !== ENVIRON) continue;
    const name = wanted(w.key);
    if (name) out.push({ name, value: w.value, valueNode: w.valueNode, node: w.node });
  }
  for (const call of ctx.callsTo(ENV_CALLS)) {
    const n = call.name;
    if (n === 'os.environ.setdefault' || n === 'os.putenv') {
      const [k, v] = call.positional;
      const name = k && v ? wanted(ctx.valueOf(k)) : undefined;
      if (name) out.push({ name, value: ctx.valueOf(v), valueNode: v, node: call.node });
    } else if (n === 'os.environ.update') {
      for (const name of names) {
        const a = call.argument(name);
        if (a) out.push({ name, value: a.value, valueNode: a.valueNode, node: call.node });
      }
      const first = call.positional[0] && ctx.valueOf(call.positional[0]);
      if (first?.kind === 'dict') for (const name of names) {
        const e = first.entries.get(name);
        if (e) out.push({ name, value: e.value, valueNode: e.valueNode, node: call.node });
      }
    }
  }
  return out.sort((a, b) => a.node.startIndex - b.node.startIndex);
}

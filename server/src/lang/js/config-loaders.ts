// Configuration loaders that turn a schema into settings: convict's `convict(schema)` gives, for
// each leaf of the schema (an object with a `default`), that default unless the environment
// variable the leaf names (`env: 'UPSTREAM_MIN_TLS'`) is set; `getProperties()` returns them all,
// `get('upstream.minTls')` one. So `minTls: { default: 'TLSv1', env: 'UPSTREAM_MIN_TLS' }` read as
// `minVersion: config.upstream.minTls` in another file is 'TLSv1' when that variable is not set,
// and a finding it causes sits at the default, where the schema writes it.
import ts from 'typescript';
import type { ModuleRef, Prop, Value } from '../../../../rules/js/api.js';
import { either, pick } from './value-ops.js';
import { skipOuterExpressions } from './syntax.js';

/** How deep a schema's groups are followed. */
const MAX_DEPTH = 6;

/** The loader calls whose settings are known (the settings value stands at its call, also when another file imports it), so `.getProperties()`/`.get(key)` on them are known. */
const loaders = new WeakSet<ts.Node>();

/**
 * The value of a call of a configuration loader, or of a method of what it returned; undefined
 * for any other call.
 */
export function configLoaderCall(e: ts.CallExpression, refOf: (x: ts.Expression) => ModuleRef | undefined, valueOf: (x: ts.Expression) => Value): Value | undefined {
  const callee = skipOuterExpressions(e.expression);
  const [first] = e.arguments;
  if (ts.isPropertyAccessExpression(callee)) {
    const method = callee.name.text;
    if (method !== 'getProperties' && method !== 'get') return undefined;
    const settings = valueOf(callee.expression);
    if (settings.kind !== 'object' || !loaders.has(settings.node)) return undefined;
    // Settings a file, an object or a `set()` may change are what the file does not say.
    if (changedLater(callee.expression)) return { kind: 'unknown', node: e };
    if (method === 'getProperties') return settings;
    const key = first && !ts.isSpreadElement(first) ? valueOf(first) : undefined;
    return key?.kind === 'literal' && typeof key.value === 'string' ? pick(settings, key.value.split('.'), e) : { kind: 'unknown', node: e };
  }
  const ref = refOf(e.expression);
  if (ref?.module !== 'convict' || ref.path.length > 0 || !first || ts.isSpreadElement(first)) return undefined;
  const schema = valueOf(first);
  if (schema.kind !== 'object') return undefined;
  loaders.add(e);
  return { ...(fromSchema(schema, e, 0) as Value & { kind: 'object' }), node: e };
}

/** The settings a schema (or one of its groups) gives: each leaf's default, unless its variable is set. */
function fromSchema(group: Value & { kind: 'object' }, node: ts.Node, depth: number): Value {
  const props = new Map<string, Prop>();
  for (const [key, p] of group.props) {
    const v = p.value;
    if (v.kind !== 'object' || depth >= MAX_DEPTH) props.set(key, { key, value: { kind: 'unknown', node }, node: p.node });
    else if (v.props.has('default')) props.set(key, { key, value: leafValue(v), node: p.node });
    else props.set(key, { key, value: fromSchema(v, node, depth + 1), node: p.node });
  }
  // A setting a loaded file or a later `set()` adds is not known here.
  return { kind: 'object', props, node: group.node, open: true };
}

/** Whether the file calls `load`, `loadFile` or `set` on the loader's result it reads (`config.loadFile(…)`). */
function changedLater(receiver: ts.Expression): boolean {
  const x = skipOuterExpressions(receiver);
  if (!ts.isIdentifier(x)) return true;
  return new RegExp(`(?<![\\w$])${x.text.replace(/\$/g, '\\$')}\\s*\\.\\s*(?:load|loadFile|set)\\s*\\(`).test(x.getSourceFile().text);
}

/** A leaf's default, or what its environment variable or command-line argument says when given. */
function leafValue(leaf: Value & { kind: 'object' }): Value {
  const def = leaf.props.get('default')!;
  const named = (k: string) => {
    const v = leaf.props.get(k)?.value;
    return v?.kind === 'literal' && typeof v.value === 'string' ? v.value : undefined;
  };
  const env = named('env');
  const arg = named('arg');
  if (env === undefined && arg === undefined) return def.value;
  const given = [env !== undefined ? `${env} is set` : undefined, arg !== undefined ? `--${arg} is given` : undefined].filter(Boolean);
  const absent = [env !== undefined ? `${env} is not set` : undefined, arg !== undefined ? `--${arg} is not given` : undefined].filter(Boolean);
  return either(def.node, [
    { value: { kind: 'unknown' }, condition: `when ${given.join(' or ')}` },
    { value: def.value, condition: `when ${absent.join(' and ')}` },
  ]);
}

// Environment schemas: a validated view of process.env. zod's `z.object({ APP_ENV:
// z.enum([...]).default('local') }).parse(process.env)` (or `.safeParse(process.env).data`, also
// through a const schema, `.extend({...})`, `.strict()`…) and envalid's `cleanEnv(process.env, {
// APP_ENV: str({ default: 'local' }) })` give an object whose string fields are the variables
// read: `env.APP_ENV` is `process.env.APP_ENV` when it is set, else the schema's default, as
// `process.env.APP_ENV ?? 'local'` is. So `env.APP_ENV === 'local'` is a comparison with the
// deployment (operator-values.ts). A field the schema converts (`z.coerce.boolean()`, `num()`,
// `.transform(…)`) is not the variable's text: unknown.
import ts from 'typescript';
import type { ModuleRef, Prop, Value } from '../../../../rules/js/api.js';
import type { ScopeTable } from './scope.js';
import { skipOuterExpressions } from './syntax.js';
import { either } from './value-ops.js';

/** Methods of a zod object schema that keep its keys and values. */
const OBJECT_KEEPS = new Set(['strict', 'strip', 'passthrough', 'readonly', 'describe', 'required', 'partial']);
/** Methods of a zod string schema that check its value without changing it (`.default` is read apart). */
const STRING_KEEPS = new Set(['url', 'email', 'uuid', 'cuid', 'min', 'max', 'length', 'regex', 'startsWith', 'endsWith', 'includes', 'nonempty', 'optional', 'nullish', 'describe', 'ip', 'datetime']);
/** zod's schemas of strings left as written. */
const ZOD_STRINGS = new Set(['string', 'enum', 'literal']);
/** envalid's validators of strings left as written. */
const ENVALID_STRINGS = new Set(['str', 'url', 'host', 'email']);

/** How deep a const schema is followed (`const Base = z.object(…); const Env = Base.extend(…)`). */
const MAX_HOPS = 8;

export interface SchemaLookup {
  refOf(e: ts.Expression): ModuleRef | undefined;
  scopes: ScopeTable;
}

/** The value of an environment schema's parse of process.env; undefined for any other call. */
export function envSchemaCall(e: ts.CallExpression, look: SchemaLookup): Value | undefined {
  const callee = skipOuterExpressions(e.expression);
  const [first, second] = e.arguments;
  if (!first || ts.isSpreadElement(first)) return undefined;
  if (ts.isPropertyAccessExpression(callee) && (callee.name.text === 'parse' || callee.name.text === 'safeParse')) {
    if (!namesProcessEnv(first, look)) return undefined;
    const shape = zodShape(callee.expression, look, 0);
    if (!shape) return undefined;
    const env = schemaValue(shape, e, (field) => zodField(field, look));
    if (callee.name.text === 'parse') return env;
    const props = new Map<string, Prop>([['data', { key: 'data', value: env, node: e }], ['success', { key: 'success', value: { kind: 'unknown', node: e }, node: e }]]);
    return { kind: 'object', props, node: e, open: true };
  }
  const ref = look.refOf(e.expression);
  if (ref?.module !== 'envalid' || ref.path.join('.') !== 'cleanEnv' || !second || ts.isSpreadElement(second) || !namesProcessEnv(first, look)) return undefined;
  const spec = objectLiteral(second, look, 0);
  return spec && schemaValue(spec.properties, e, (field) => envalidField(field, look));
}

/**
 * Whether a module function returns plain data, not something of the module: a schema's parse
 * (zod's `parse`, envalid's `cleanEnv`). Its result's members are values (envSchemaCall), not
 * module exports (modules.ts).
 */
export function returnsData(fn: ModuleRef): boolean {
  if (fn.module === 'envalid') return fn.path.length === 1 && fn.path[0] === 'cleanEnv';
  return isZodModule(fn.module) && fn.path.length > 0 && PARSERS.has(fn.path[fn.path.length - 1]);
}

const PARSERS = new Set(['parse', 'safeParse', 'parseAsync', 'safeParseAsync']);

function isZodModule(module: string): boolean {
  return module === 'zod' || module.startsWith('zod/');
}

/** Whether an expression is process.env, as written or through a const. */
function namesProcessEnv(e: ts.Expression, look: SchemaLookup): boolean {
  const ref = look.refOf(e);
  return ref?.module === 'process' && ref.path.length === 1 && ref.path[0] === 'env';
}

/** An object of the schema's fields: each key's value under its field's schema. */
function schemaValue(fields: readonly ts.ObjectLiteralElementLike[], node: ts.Node, field: (f: ts.Expression) => FieldSchema | undefined): Value {
  const props = new Map<string, Prop>();
  for (const p of fields) {
    if (!ts.isPropertyAssignment(p)) continue;
    const key = ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) ? p.name.text : undefined;
    if (key === undefined) continue;
    const f = field(p.initializer);
    props.set(key, { key, node: p, valueNode: p.initializer, value: f ? variableValue(key, f, p.initializer, node) : { kind: 'unknown', node: p.initializer } });
  }
  // A key the schema passes through, or one it was not seen to declare, is not known.
  return { kind: 'object', props, node, open: true };
}

/** A string field left as written, with its default (when the variable is not set), if it has one. */
interface FieldSchema {
  fallback?: ts.Expression;
  /** The value when not set is not known (envalid's `devDefault` beside `default`). */
  unknownFallback?: boolean;
}

/** `process.env.KEY` when set, else the field's default. */
function variableValue(key: string, f: FieldSchema, at: ts.Expression, node: ts.Node): Value {
  const read: Value = { kind: 'module', ref: { module: 'process', path: ['env', key] }, node: at };
  if (!f.fallback && !f.unknownFallback) return read;
  return either(node, [
    { value: read, condition: `when ${key} is set` },
    { value: f.fallback ? literalOrUnknown(f.fallback) : { kind: 'unknown', node: at }, condition: `when ${key} is not set` },
  ]);
}

function literalOrUnknown(e: ts.Expression): Value {
  const x = skipOuterExpressions(e);
  if (ts.isStringLiteralLike(x)) return { kind: 'literal', value: x.text, node: x };
  return { kind: 'unknown', node: x };
}

/** The fields of `z.object({...})` a schema expression is, through const schemas and methods keeping them. */
function zodShape(e: ts.Expression, look: SchemaLookup, hops: number): readonly ts.ObjectLiteralElementLike[] | undefined {
  if (hops > MAX_HOPS) return undefined;
  const x = skipOuterExpressions(e);
  if (ts.isIdentifier(x)) {
    const init = constInit(x, look);
    return init && zodShape(init, look, hops + 1);
  }
  if (!ts.isCallExpression(x)) return undefined;
  const callee = skipOuterExpressions(x.expression);
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  const method = callee.name.text;
  if (method === 'object' && isZod(callee, look)) return x.arguments[0] && objectLiteral(x.arguments[0], look, hops + 1)?.properties;
  if (OBJECT_KEEPS.has(method)) return zodShape(callee.expression, look, hops + 1);
  if (method === 'extend' || method === 'merge') {
    const base = zodShape(callee.expression, look, hops + 1);
    const more = x.arguments[0] && (method === 'extend' ? objectLiteral(x.arguments[0], look, hops + 1)?.properties : zodShape(x.arguments[0], look, hops + 1));
    return base && more && [...base, ...more];
  }
  return undefined;
}

/** A zod field of a string left as written: `z.string().url()`, `z.enum([...]).default('local')`. */
function zodField(e: ts.Expression, look: SchemaLookup): FieldSchema | undefined {
  let x = skipOuterExpressions(e);
  let fallback: ts.Expression | undefined;
  for (let hops = 0; hops <= MAX_HOPS; hops++) {
    if (!ts.isCallExpression(x)) return undefined;
    const callee = skipOuterExpressions(x.expression);
    if (!ts.isPropertyAccessExpression(callee)) return undefined;
    const method = callee.name.text;
    if (ZOD_STRINGS.has(method) && isZod(callee, look)) return { fallback };
    if (method === 'default') fallback ??= x.arguments[0];
    else if (!STRING_KEEPS.has(method)) return undefined;
    x = skipOuterExpressions(callee.expression);
  }
  return undefined;
}

/** An envalid validator of a string left as written (`str({ default: 'local', choices })`). */
function envalidField(e: ts.Expression, look: SchemaLookup): FieldSchema | undefined {
  const x = skipOuterExpressions(e);
  if (!ts.isCallExpression(x)) return undefined;
  const ref = look.refOf(x.expression);
  if (ref?.module !== 'envalid' || ref.path.length !== 1 || !ENVALID_STRINGS.has(ref.path[0])) return undefined;
  const options = x.arguments[0] && objectLiteral(x.arguments[0], look, 0);
  const option = (name: string) => options?.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === name)?.initializer;
  const def = option('default');
  const dev = option('devDefault');
  return def && dev ? { unknownFallback: true } : { fallback: def ?? dev };
}

/** Whether `z.object` (or `z.string`…) is zod's: `import { z } from 'zod'`, `import * as z`, `import z`. */
function isZod(callee: ts.PropertyAccessExpression, look: SchemaLookup): boolean {
  const ref = look.refOf(callee.expression);
  return !!ref && isZodModule(ref.module) && (ref.path.length === 0 || (ref.path.length === 1 && ref.path[0] === 'z'));
}

/** An object literal, as written or through a const. */
function objectLiteral(e: ts.Expression, look: SchemaLookup, hops: number): ts.ObjectLiteralExpression | undefined {
  const x = skipOuterExpressions(e);
  if (ts.isObjectLiteralExpression(x)) return x;
  const init = ts.isIdentifier(x) && hops <= MAX_HOPS ? constInit(x, look) : undefined;
  return init && objectLiteral(init, look, hops + 1);
}

/** The initialiser of a const the identifier names (not destructured, never written). */
function constInit(id: ts.Identifier, look: SchemaLookup): ts.Expression | undefined {
  const b = look.scopes.lookup(id);
  return b?.kind === 'const' && b.init && b.path.length === 0 && b.writes.length === 0 ? b.init : undefined;
}

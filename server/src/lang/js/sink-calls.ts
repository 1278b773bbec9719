// Matches the calls of a file against the sink table, and resolves their options at the call.
import ts from 'typescript';
import type { ModuleRef, SinkCall, Value } from '../../../../rules/js/api.js';
import { SINKS } from '../../../../rules/data/node/sinks.js';
import type { Sink } from '../../../../rules/data/node/sink-types.js';
import { CALL_RESULT, type ModuleResolver } from './modules.js';
import { mayNameSinkModule } from './callee-gates.js';
import { pick } from './value-ops.js';
import type { ValueResolver } from './values.js';
import { isRelativeSpecifier } from './project.js';
import { memberPath, outermostWrapper, skipOuterExpressions } from './syntax.js';
import type { FileIndex } from './collect.js';
import { storedNames } from './stored-names.js';

const SINK_INDEX = buildIndex(SINKS);

function key(module: string, path: readonly string[]): string {
  return `${module}\u0000${path.join('\u0000')}`;
}

function buildIndex(sinks: readonly Sink[]): Map<string, Sink> {
  const m = new Map<string, Sink>();
  for (const s of sinks) for (const mod of s.modules) for (const p of s.paths) m.set(key(mod, p), s);
  return m;
}

/** The calls of `calls` that are sinks; `index` is their file's (without it every callee is evaluated). */
export function matchSinkCalls(calls: readonly (ts.CallExpression | ts.NewExpression)[], modules: ModuleResolver, values: ValueResolver, index?: FileIndex): SinkCall[] {
  const out: SinkCall[] = [];
  if (index && !mayNameSinkModule(index, modules, values)) return out;
  for (const node of calls) {
    const ref = calleeRef(node.expression, modules, values, index);
    if (!ref) continue;
    const path = ts.isNewExpression(node) ? [...ref.path, CALL_RESULT] : ref.path;
    const sink = SINK_INDEX.get(key(ref.module, path));
    if (!sink) continue;
    out.push(sinkCallAt(node, sink, values));
  }
  return out;
}

/**
 * A call of a sink with its options resolved by `values`: the file's own resolver, or one
 * evaluating the function holding the call for one call of it (`via`, frames.ts).
 */
export function sinkCallAt(node: ts.CallExpression | ts.NewExpression, sink: Sink, values: ValueResolver, via?: ts.CallExpression | ts.NewExpression): SinkCall {
  const args = node.arguments ?? ts.factory.createNodeArray<ts.Expression>();
  const optionsArg = findOptionsArg(sink, args, values);
  const options = optionsArg ? values.valueOf(optionsArg) : undefined;
  const tlsOptions: SinkCall['tlsOptions'] = [];
  if (options) {
    for (const p of sink.tlsPaths) {
      // Options chosen by a condition are TLS options in every branch.
      const v = p.length === 0 ? options : pick(options, p, node);
      for (const o of v.kind === 'either' ? v.branches.map((b) => b.value) : [v]) {
        if (o.kind === 'object') tlsOptions.push({ path: p, value: o });
      }
    }
  }
  return { sink, node, callee: node.expression, options, optionsArg, tlsOptions, valueOf: (e) => values.valueOf(e), ...(via ? { via } : {}) };
}

function findOptionsArg(sink: Sink, args: ts.NodeArray<ts.Expression>, values: ValueResolver): ts.Expression | undefined {
  if (typeof sink.options === 'number') {
    const a = args[sink.options];
    return a && !ts.isSpreadElement(a) ? a : undefined;
  }
  for (const a of args) {
    if (ts.isSpreadElement(a)) return undefined;
    const v: Value = values.valueOf(a);
    if (v.kind === 'object' || (v.kind === 'either' && v.branches.some((b) => b.value.kind === 'object'))) return a;
  }
  return undefined;
}

/**
 * The last names of the sinks' paths (`connect`, `request`, `Agent`): a callee through a project
 * file's export can be a sink only under one of them, and others need not read the file.
 */
const SINK_TAILS: ReadonlySet<string> = new Set(SINKS.flatMap((s) => s.paths.map((p) => p.filter((k) => k !== CALL_RESULT).at(-1) ?? '')));

/** Whether a callee names something imported from a project file (`./http`) under a name no sink ends with. */
function cannotBeSink(callee: ts.Expression, modules: ModuleResolver): boolean {
  const e = skipOuterExpressions(callee);
  const tail = ts.isIdentifier(e) ? e.text : ts.isPropertyAccessExpression(e) ? e.name.text : undefined;
  if (tail === undefined || SINK_TAILS.has(tail)) return false;
  const root = memberPath(e)?.root;
  const spec = root ? modules.importSpecifier(root) : undefined;
  return spec !== undefined && isRelativeSpecifier(spec);
}

/** The export a callee denotes: by name (`tls.connect`), or through a value (`const o = { c: tls.connect }; o.c(…)`). */
function calleeRef(callee: ts.Expression, modules: ModuleResolver, values: ValueResolver, index?: FileIndex): ModuleRef | undefined {
  if (cannotBeSink(callee, modules)) return undefined;
  const ref = modules.sinkRefOf(callee);
  if (ref) return ref;
  if (!mayHoldSink(callee, index, values)) return undefined;
  const v = values.valueOf(callee);
  return v.kind === 'module' ? v.ref : undefined;
}

/**
 * Whether `o.k` may hold a sink when `o` is no module (sinkRefOf found none): `k` is a name some
 * sink ends with (`o` may be a module under another name), or one the file stores a value under
 * (stored-names.ts).
 */
function mayHoldSink(callee: ts.Expression, index: FileIndex | undefined, values: ValueResolver): boolean {
  const e = skipOuterExpressions(callee);
  if (!index || !ts.isPropertyAccessExpression(e) || !ts.isIdentifier(e.name) || SINK_TAILS.has(e.name.text)) return true;
  return storedNames(index, values).has(e.name.text);
}

/**
 * The argument expressions that sinks read options from: values passed there do not escape. A
 * member read in place (`mqtt.connect(cfg.url, …)`) is read by the sink's analysis too.
 */
export function sinkArgumentNodes(sinkCalls: readonly SinkCall[]): Set<ts.Node> {
  const s = new Set<ts.Node>();
  for (const c of sinkCalls) {
    for (const a of c.node.arguments ?? []) {
      const v = a === c.optionsArg || ts.isObjectLiteralExpression(a) || ts.isIdentifier(a) || ts.isPropertyAccessExpression(a);
      if (v) s.add(outermostWrapper(a));
    }
  }
  return s;
}

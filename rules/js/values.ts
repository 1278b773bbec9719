// Reading resolved values in rules: branches of conditionals, literal tests, option walks.
import ts from 'typescript';
import type { JsRuleContext, OptionCheck, Prop, SinkCall, Value } from './api.js';
import { conditionsSuffix } from '../common/conditions.js';

export interface ValueBranch {
  value: Value;
  /** Set when the value holds only under a condition ("when isDev is truthy"). */
  condition?: string;
}

/** The possible values, with the condition under which each holds. */
export function branchesOf(v: Value): ValueBranch[] {
  return v.kind === 'either' ? v.branches.map((b) => ({ value: b.value, condition: b.condition })) : [{ value: v }];
}

/**
 * The versions of an object whose properties read one table entry together (`{ url: cfg.url,
 * tlsOptions: cfg.tlsOptions }` over `cfg = servers[office]`): one object per entry, each such
 * property holding that entry's value, under the entry's condition. Properties read together are
 * conditionals over the same distinct conditions, in the same order; undefined unless two are.
 */
export function entryVersions(obj: Value & { kind: 'object' }): ValueBranch[] | undefined {
  const groups = new Map<string, Prop[]>();
  for (const p of obj.props.values()) {
    const v = p.value;
    if (v.kind !== 'either' || v.branches.length < 2) continue;
    const conditions = v.branches.map((b) => b.condition);
    if (conditions.some((c) => !c) || new Set(conditions).size !== conditions.length) continue;
    const key = conditions.join('\n');
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const together = [...groups.values()].filter((g) => g.length >= 2).sort((a, b) => b.length - a.length)[0];
  if (!together) return undefined;
  const branches = (together[0].value as Value & { kind: 'either' }).branches;
  return branches.map((entry, i) => {
    const props = new Map(obj.props);
    for (const p of together) props.set(p.key, { ...p, value: (p.value as Value & { kind: 'either' }).branches[i].value });
    return { value: { ...obj, props }, condition: entry.condition };
  });
}

/** The first branch whose value satisfies `test`, if any. */
export function findBranch(v: Value, test: (v: Value) => boolean): ValueBranch | undefined {
  return branchesOf(v).find((b) => test(b.value));
}

/** An option check (JsPart.optionChecks): the option is insecure when some branch of its value is. */
export function optionCheck(key: string, isInsecure: (v: Value) => boolean): OptionCheck {
  return { key, isInsecure: (v) => branchesOf(v).some((b) => isInsecure(b.value)) };
}

export function isLiteral(v: Value, expected: unknown): boolean {
  return v.kind === 'literal' && v.value === expected;
}

export function literalString(v: Value): string | undefined {
  return v.kind === 'literal' && typeof v.value === 'string' ? v.value : undefined;
}

/** " (when isDev is truthy)" or "". */
export function conditionSuffix(b: ValueBranch): string {
  return conditionsSuffix(b.condition);
}

export interface PropVisit {
  prop: Prop;
  /** The object value holding the property. */
  owner: Value & { kind: 'object' };
  depth: number;
}

/** Every property reachable from a value, through nested objects and conditional branches. */
export function walkProps(root: Value, visit: (v: PropVisit) => void, maxDepth = 8): void {
  const seen = new Set<Value>();
  const stack: { v: Value; d: number }[] = [{ v: root, d: 0 }];
  while (stack.length) {
    const { v, d } = stack.pop()!;
    if (seen.has(v) || d > maxDepth) continue;
    seen.add(v);
    if (v.kind === 'object') {
      for (const prop of v.props.values()) {
        visit({ prop, owner: v, depth: d });
        stack.push({ v: prop.value, d: d + 1 });
      }
    } else if (v.kind === 'either') {
      for (const b of v.branches) stack.push({ v: b.value, d: d + 1 });
    }
  }
}

/** The property of an object value, looking through every branch of a conditional. */
export function propOf(v: Value, key: string): Prop | undefined {
  for (const b of branchesOf(v)) if (b.value.kind === 'object' && b.value.props.has(key)) return b.value.props.get(key);
  return undefined;
}

/** Whether a value is a literal equal to one of `values`. */
export function isOneOf(v: Value, values: readonly unknown[]): boolean {
  return v.kind === 'literal' && values.includes(v.value);
}

/** The property at a path inside an object value (`['dialectOptions', 'ssl']`), looking through branches. */
export function propAt(v: Value, path: readonly string[]): Prop | undefined {
  let prop: Prop | undefined;
  let cur: Value | undefined = v;
  for (const k of path) {
    prop = cur ? propOf(cur, k) : undefined;
    cur = prop?.value;
  }
  return prop;
}

/**
 * JsReport.written for an option whose value is one of several (`settings[env].verifyTls`): the
 * node of the unsafe literal branch, which the frontend uses when it is written apart from the option.
 */
export function writtenBranch(value: Value, bad: Value): { written?: ts.Node } {
  // A boolean a comparison yields (`isProd = NODE_ENV === 'production'`) is no TLS value written there: the option is the place.
  return value.kind === 'either' && value.branches.length > 1 && bad.kind === 'literal' && bad.node && !isComparison(bad.node) ? { written: bad.node } : {};
}

/**
 * The unsafe branches of a value that is one of several, each a literal written in a place of its
 * own (the entries of a table an option reads: `settings.tlsVerify` over `ENVIRONMENTS[env]`).
 */
export function writtenEntries(value: Value, bad: (v: Value) => boolean): ValueBranch[] {
  if (value.kind !== 'either' || value.branches.length < 2) return [];
  const seen = new Set<ts.Node>();
  const out: ValueBranch[] = [];
  for (const b of value.branches) {
    if (!bad(b.value) || b.value.kind !== 'literal' || !b.value.node || isComparison(b.value.node) || seen.has(b.value.node)) continue;
    seen.add(b.value.node);
    out.push({ value: b.value, condition: b.condition });
  }
  return out;
}

/**
 * writtenBranch for an entry of a table: the entry's property when it is the option itself
 * (`secure: false` in an UPSTREAMS entry, read as `secure: u.secure`), where the entry's own
 * judgement sits too (one finding, not two on one line); else the literal.
 */
export function writtenEntry(value: Value, bad: Value, key: string): { written?: ts.Node } {
  const w = writtenBranch(value, bad).written;
  const p = w?.parent;
  return p && ts.isPropertyAssignment(p) && p.initializer === w && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === key ? { written: p } : w ? { written: w } : {};
}

const COMPARISONS = new Set([ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken]);

/** `===`, `!==`, `==`, `!=`. */
export function isEqualityOperator(op: ts.SyntaxKind): boolean {
  return COMPARISONS.has(op);
}

function isComparison(n: ts.Node): boolean {
  return ts.isBinaryExpression(n) && isEqualityOperator(n.operatorToken.kind);
}

/** Kinds of value the file cannot know (`argv.insecure` of yargs is a module's, a call's result an instance's). */
const OPAQUE_KINDS: ReadonlySet<Value['kind']> = new Set(['unknown', 'module', 'instance']);

/** Whether a value may be anything: each branch is unknown to the file (`x ?? false` is not). */
export function isOpaque(v: Value): boolean {
  return branchesOf(v).every((b) => OPAQUE_KINDS.has(b.value.kind));
}

/** Whether some branch of a value is unknown to the file. */
export function hasOpaqueBranch(v: Value): boolean {
  return branchesOf(v).some((b) => OPAQUE_KINDS.has(b.value.kind));
}

/** An expression of a sink call (an argument) valued where the call was evaluated: a helper's or a base class's frame, else the file. */
export function argValue(ctx: JsRuleContext, call: SinkCall, e: ts.Expression): Value {
  return call.valueOf ? call.valueOf(e) : ctx.valueOf(e);
}

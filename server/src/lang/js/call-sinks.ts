// Sinks reached through calls: `makeAgent(true)` where makeAgent builds `new https.Agent({
// rejectUnauthorized: !insecure })`, `new ApiClient(url, true)` whose methods read the constructor's
// parameters. Each call that states an argument (a literal, an object) evaluates the sinks of the
// function or class it calls with its arguments (frames.ts), and so on through the helpers it
// calls with them; what a finding there owes to an argument sits at the argument.
import ts from 'typescript';
import { asksForLess } from '../../../../rules/common/conditions.js';
import type { SinkCall, Value } from '../../../../rules/js/api.js';
import { branchesOf, isOpaque } from '../../../../rules/js/values.js';
import { rules } from '../../../../rules/index.js';
import { prefilterFor } from '../../engine/prefilter.js';
import { frameResolver } from './call-values.js';
import type { FileModel } from './context.js';
import { classOf, isStatedArgument } from './frames.js';
import type { ImportLink } from './link.js';
import { contains } from './guards.js';
import { callsWithin } from './calls-within.js';
import { mayCallHelper } from './callee-gates.js';
import { eachElement, elementCallback, loopArray } from './loop-values.js';
import { matchSinkCalls, sinkCallAt } from './sink-calls.js';
import { memberPath, objectListing, skipOuterExpressions, sourceFileOf } from './syntax.js';
import type { ValueResolver } from './values.js';

type Call = ts.CallExpression | ts.NewExpression;
type Target = ts.FunctionLikeDeclaration | ts.ClassLikeDeclaration;

/** Calls of one file evaluated with their arguments, at most. */
export const MAX_CALLS_EVALUATED = 32;
/** Helpers calling helpers: how deep a target's calls are looked into for TLS code. */
const MAX_REACH = 2;
/** Classes climbed to find the constructor a `new` runs. */
const MAX_EXTENDS = 4;

/** Whether a text may hold something a rule reports (the pre-filter's needles). */
export function mayHoldTls(text: string): boolean {
  return prefilterFor(rules, 'js').mayFire(text);
}

export class CalledSinks {
  private readonly sinksIn = new WeakMap<Target, SinkCall[]>();
  private readonly reaches = new WeakMap<Target, boolean>();
  private evaluated = 0;
  limited = false;
  /** The imported helpers whose calls were not followed (ImportLink.followsCalls), by name. */
  readonly skipped = new Set<string>();
  /** The calls evaluated with their arguments (frame-coverage.ts). */
  readonly evaluatedCalls = new Set<Call>();
  /** Each call evaluated: the function or class, and its resolver for that call. */
  private readonly frames: { target: Target; values: ValueResolver; owner: FileModel }[] = [];

  constructor(private readonly model: FileModel) {}

  /** The sinks the file's calls reach, evaluated for each call's arguments. */
  collect(): SinkCall[] {
    const out: SinkCall[] = [];
    for (const c of this.model.index.calls) {
      const each = ts.isCallExpression(c) ? elementCallback(c) : undefined;
      if (each) this.considerEach(this.model.values, c as ts.CallExpression, each, out);
      const args = c.arguments ?? [];
      if (args.some((a) => isStatedArgument(a))) this.consider(this.model.values, c, c, out);
      else if (args.some((a) => mayNameConstant(this.model.values, a))) this.consider(this.model.values, c, c, out, true);
      // `makeAgent(argv.insecure)`: the user's opt-in, which a negation may turn into an option (rules/js/opt-in.ts).
      else if (args.some((a) => asksForLess(a.getText()) && isOpaque(this.model.values.valueOf(a)))) this.consider(this.model.values, c, c, out);
    }
    return out;
  }

  /**
   * `named`: the call passes only names (`createClient(globexTenant)`); it is evaluated when one
   * of them holds a constant the project writes (an object, a literal), known only once looked up.
   */
  private consider(caller: ValueResolver, call: Call, via: Call | undefined, out: SinkCall[], named = false): void {
    // A helper imported from a project file is followed when this lint follows calls (an importer
    // pass, the editor); otherwise an importer pass may come back to this file.
    const link = caller.link;
    const imported = link && !link.followsCalls ? importedName(caller, call.expression, link) : undefined;
    if (imported !== undefined) {
      this.skipped.add(imported);
      return;
    }
    // `this.catcherTransport(catcher)`: a private method of the class the call is written in.
    const own = privateMethodCalled(call);
    // `assert.strictEqual(…)`: no object of the file holds a function under that name.
    if (!own && caller.scopes === this.model.index.scopes && !mayCallHelper(this.model.index, this.model.modules, this.model.values, call.expression, caller)) return;
    const callee = own ? undefined : caller.valueOf(call.expression);
    const made = callee && ts.isNewExpression(call) ? classOf(callee) : undefined;
    const target: Target | undefined = own ?? (callee?.kind === 'function' && (callee.node as ts.FunctionLikeDeclaration).body ? (callee.node as ts.FunctionLikeDeclaration) : made && this.constructedBy(caller, made));
    // The target holds TLS code, or the call passes a TLS value (`connect(host, 'TLSv1')`).
    if (!target || (named && !namesConstant(caller, call))) return;
    // A constant it names may hold the TLS settings (`uploadTo(dest)` over `[{ secure: false, … }]`).
    if (!(mayHoldTls(sourceFileOf(call).text.slice(call.pos, call.end)) || (named && namedTextsHoldTls(caller, call)) || this.reachesTls(caller, target, 0) || this.callsSink(caller, target))) return;
    if (this.evaluated >= MAX_CALLS_EVALUATED) {
      this.limited = true;
      return;
    }
    this.evaluated++;
    const frame = frameResolver(caller, call, target);
    const owner = this.modelOf(caller, target);
    if (!frame || !owner) return;
    this.frames.push({ target, values: frame, owner });
    this.evaluatedCalls.add(call);
    this.within(frame, owner, target, via, out, call);
  }

  /**
   * `directories.map(connect)`: the function given by reference runs for each element of an array
   * the file writes out, as `directories.map((d) => connect(d))` does. Only a function of one
   * parameter: the method passes the index and the array after the element.
   */
  private considerEach(caller: ValueResolver, call: ts.CallExpression, each: { array: ts.Expression; callback: ts.Expression }, out: SinkCall[]): void {
    const link = caller.link;
    const imported = link && !link.followsCalls ? importedName(caller, each.callback, link) : undefined;
    if (imported !== undefined) {
      this.skipped.add(imported);
      return;
    }
    if (!mayCallHelper(this.model.index, this.model.modules, this.model.values, each.callback, caller)) return;
    const callee = caller.valueOf(each.callback);
    const fn = callee.kind === 'function' ? (callee.node as ts.FunctionLikeDeclaration) : undefined;
    if (!fn?.body || fn.parameters.length !== 1 || fn.parameters[0].dotDotDotToken) return;
    if (!(this.reachesTls(caller, fn, 0) || this.callsSink(caller, fn))) return;
    const value = eachElement(each.array, (e) => caller.valueOf(e), [], each.callback);
    if (!value) return;
    if (this.evaluated >= MAX_CALLS_EVALUATED) {
      this.limited = true;
      return;
    }
    this.evaluated++;
    // The element stands for the callback's argument: the method passes it where the callback is written.
    const frame = frameResolver(caller, call, fn, undefined, new Map([[each.callback, { value, from: new Set<ts.Node>([each.callback]) }]]));
    const owner = this.modelOf(caller, fn);
    if (!frame || !owner) return;
    this.frames.push({ target: fn, values: frame, owner });
    this.within(frame, owner, fn, call, out, call);
  }

  /**
   * The sinks inside a function or class evaluated in its frame, and those of the helpers it calls
   * with what it was given (`makeAgent(opts.insecure)` in createClient).
   */
  within(frame: ValueResolver, owner: FileModel, target: Target, via: Call | undefined, out: SinkCall[], call?: Call): void {
    for (const s of this.sinksWithin(owner, target)) out.push(sinkCallAt(s.node, s.sink, frame, via));
    for (const inner of callsWithin(owner.index.calls, target)) {
      if (inner === call || !(inner.arguments ?? []).some((a) => isStatedArgument(a) || fromArguments(frame, a))) continue;
      this.consider(frame, inner, via, out);
    }
  }

  /** An expression inside a function of this file, in each call of it evaluated: its value, and the argument nodes it comes from. */
  valuesIn(e: ts.Expression): { value: Value; from: ts.Node[] }[] {
    const sf = sourceFileOf(e);
    return this.frames
      .filter((f) => sourceFileOf(f.target) === sf && contains(f.target, e))
      .map((f) => {
        const value = f.values.valueOf(e);
        return { value, from: [...(f.values.depsOf(e) ?? [])] };
      });
  }

  /**
   * The calls written inside the functions of other files that the file's calls evaluated
   * (`curl.setOpt(Curl.option.SSL_VERIFYHOST, verifyHost)` in a helper `download(url, { verifyHost: 0 })`
   * runs): what they are given is known through valuesIn.
   */
  callsReached(): Call[] {
    const out = new Set<Call>();
    for (const f of this.frames) {
      if (f.owner === this.model) continue;
      for (const c of f.owner.index.calls) if (contains(f.target, c)) out.add(c);
    }
    return [...out];
  }

  /**
   * The class whose constructor a `new` runs: the class, or (without a constructor of its own) the
   * nearest project class above it that has one, given the same arguments.
   */
  private constructedBy(caller: ValueResolver, cls: ts.ClassLikeDeclaration): ts.ClassLikeDeclaration {
    let cur = cls;
    for (let i = 0; i < MAX_EXTENDS && !cur.members.some(ts.isConstructorDeclaration); i++) {
      const expr = cur.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
      const owner = expr && this.modelOf(caller, cur);
      const base = owner ? classOf(owner.values.valueOf(expr)) : undefined;
      if (!base) return cls;
      cur = base;
    }
    return cur.members.some(ts.isConstructorDeclaration) ? cur : cls;
  }

  private modelOf(caller: ValueResolver, target: Target): FileModel | undefined {
    return sourceFileOf(target) === this.model.sourceFile ? this.model : (caller.link ?? this.model.link)?.modelOfNode(target);
  }

  /** The sink calls written inside a function or class. */
  sinksWithin(owner: FileModel, target: Target): SinkCall[] {
    let s = this.sinksIn.get(target);
    if (!s) this.sinksIn.set(target, (s = matchSinkCalls(callsWithin(owner.index.calls, target), owner.modules, owner.values, owner.index)));
    return s;
  }

  /**
   * Whether a function or class calls a sink itself (`nodemailer.createTransport({ port: 587, ...options })`
   * in a helper whose text names no TLS option): what its callers pass decides what the sink gets.
   */
  private callsSink(caller: ValueResolver, target: Target): boolean {
    const owner = this.modelOf(caller, target);
    return !!owner && this.sinksWithin(owner, target).length > 0;
  }

  /** Whether a function or class may hold TLS code: its text, or a helper it calls. */
  private reachesTls(caller: ValueResolver, target: Target, depth: number): boolean {
    const known = this.reaches.get(target);
    if (known !== undefined) return known;
    this.reaches.set(target, false);
    const text = sourceFileOf(target).text.slice(target.pos, target.end);
    let found = mayHoldTls(text);
    const owner = this.modelOf(caller, target);
    if (!found && owner && depth < MAX_REACH) {
      for (const c of callsWithin(owner.index.calls, target)) {
        if (!mayCallHelper(owner.index, owner.modules, owner.values, c.expression)) continue;
        const v = owner.values.valueOf(c.expression);
        const inner = v.kind === 'function' && (v.node as ts.FunctionLikeDeclaration).body ? (v.node as Target) : ts.isNewExpression(c) ? classOf(v) : undefined;
        if (inner && inner !== target && this.reachesTls(owner.values, inner, depth + 1)) {
          found = true;
          break;
        }
      }
    }
    this.reaches.set(target, found);
    return found;
  }
}

/**
 * `this.helper(…)` where `helper` is a private instance method with a body of the class the call is
 * written in (`private helper()`, `#helper()`): no subclass can put another method in its place.
 */
export function privateMethodCalled(call: Call): ts.MethodDeclaration | undefined {
  const callee = skipOuterExpressions(call.expression);
  if (!ts.isPropertyAccessExpression(callee) || callee.expression.kind !== ts.SyntaxKind.ThisKeyword) return undefined;
  let cls: ts.Node | undefined = call.parent;
  // `this` is the class's only in its methods, accessors and constructor (an arrow keeps it; a function does not).
  while (cls && !ts.isClassLike(cls)) {
    if (ts.isFunctionDeclaration(cls) || ts.isFunctionExpression(cls)) return undefined;
    // In a static member `this` is the class itself.
    if (ts.isClassElement(cls) && ts.getModifiers(cls as ts.HasModifiers)?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword)) return undefined;
    cls = cls.parent;
  }
  if (!cls || !ts.isClassLike(cls)) return undefined;
  const name = callee.name.getText();
  return cls.members.find((m): m is ts.MethodDeclaration => ts.isMethodDeclaration(m) && !!m.body && m.name.getText() === name && isPrivateMember(m));
}

export function isPrivateMember(m: ts.MethodDeclaration): boolean {
  return (ts.isPrivateIdentifier(m.name) || !!ts.getModifiers(m)?.some((x) => x.kind === ts.SyntaxKind.PrivateKeyword)) && !ts.getModifiers(m)?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword);
}

/**
 * The name a callee imported from a project file goes by there (`helper(…)`, `lib.helper(…)`);
 * undefined for anything else (`tls.connect` is a package's, not the project's).
 */
export function importedName(caller: ValueResolver, callee: ts.Expression, link: ImportLink): string | undefined {
  const mp = memberPath(skipOuterExpressions(callee));
  const spec = mp && caller.modules.importSpecifier(mp.root);
  if (!mp || spec === undefined || !link.resolves(spec)) return undefined;
  return mp.path.at(-1) ?? caller.modules.importedName(mp.root) ?? mp.root.text;
}

/**
 * Whether an argument names what may be a constant, by the file's text alone (resolving every
 * call's names would read many files): a variable initialised with a literal, object or array
 * (`const globex = { … }`), or with what a config factory returns (`const cfg = configuration()`,
 * also read directly: `configuration().supplier`), or an import from a project file; an entry of
 * one (`ENVIRONMENTS[envName]`), and either side of a choice (`dev ? LOCAL : REMOTE`), also through a name.
 */
function mayNameConstant(caller: ValueResolver, arg: ts.Expression, depth = 0): boolean {
  if (depth > 3) return false;
  let e = skipOuterExpressions(arg);
  while (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e)) e = skipOuterExpressions(e.expression);
  if (ts.isConditionalExpression(e)) return mayNameConstant(caller, e.whenTrue, depth + 1) || mayNameConstant(caller, e.whenFalse, depth + 1);
  if (ts.isBinaryExpression(e) && CHOICES.has(e.operatorToken.kind)) return mayNameConstant(caller, e.left, depth + 1) || mayNameConstant(caller, e.right, depth + 1);
  if (ts.isCallExpression(e)) {
    // `Object.entries(PROVIDERS)`, `Object.values(PROVIDERS)`: the entries of an object that may be a constant (values.ts reads them).
    const listing = objectListing(e);
    return listing ? mayNameConstant(caller, listing.of, depth + 1) : returnedByFactory(caller, e);
  }
  const b = ts.isIdentifier(e) ? caller.scopes.lookup(e) : undefined;
  if (!b) return false;
  // An import of a project file, also CommonJS's (`const config = require('./config')`, then `config.syslog`).
  const spec = caller.modules.importSpecifier(e as ts.Identifier);
  if (spec !== undefined) return !!caller.link?.resolves(spec);
  if (!(b.kind === 'const' || b.kind === 'let' || b.kind === 'var' || b.kind === 'param')) return false;
  // `for (const dest of destinations) uploadTo(dest)`, `targets.map((t) => probe(t))`: each element of an array that may be a constant.
  const array = !b.init && depth < 2 ? loopArray(b.id) : undefined;
  if (array) return mayNameConstant(caller, array, depth + 1);
  if (b.kind === 'param') return false;
  if (b.opaque || !b.init) return false;
  const init = ts.isExpression(b.init) ? skipOuterExpressions(b.init) : b.init;
  if (isStatedArgument(b.init) || madeWithStatedArgument(b.init) || (ts.isCallExpression(init) && returnedByFactory(caller, init))) return true;
  // `const env = ENVIRONMENTS[envName]`, `const profile = dev ? LOCAL : REMOTE`.
  return (ts.isElementAccessExpression(init) || ts.isPropertyAccessExpression(init) || ts.isConditionalExpression(init) || (ts.isBinaryExpression(init) && CHOICES.has(init.operatorToken.kind))) && mayNameConstant(caller, init, depth + 1);
}

const CHOICES: ReadonlySet<ts.SyntaxKind> = new Set([ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken]);

/**
 * `configuration()`, `loadConfig('prod')`: a call of a function of the file or of a project file,
 * given nothing or only what the file states, whose result may be a constant the project writes.
 */
function returnedByFactory(caller: ValueResolver, call: ts.CallExpression): boolean {
  if (!ts.isIdentifier(call.expression) || !call.arguments.every((a) => isStatedArgument(a))) return false;
  const b = caller.scopes.lookup(call.expression);
  if (!b) return false;
  if (b.kind === 'import') return !!b.importFrom && !!caller.link?.resolves(b.importFrom.module);
  return b.kind === 'function' || ((b.kind === 'const' || b.kind === 'let') && !b.opaque && !!b.init && ts.isExpression(b.init) && ts.isFunctionLike(skipOuterExpressions(b.init)));
}

/** `new Configuration({ verifySsl: false })`: an instance built from what the file states. */
function madeWithStatedArgument(e: ts.Node): boolean {
  const x = ts.isExpression(e) ? skipOuterExpressions(e) : e;
  return ts.isNewExpression(x) && (x.arguments ?? []).some((a) => isStatedArgument(a));
}

/** Whether a call passes a name holding a constant (an object, an array, a literal) the project writes. */
function namesConstant(caller: ValueResolver, call: Call): boolean {
  return (call.arguments ?? []).some((a) => mayNameConstant(caller, a) && isConstant(caller.valueOf(a)));
}

/** Whether the objects and arrays a call's arguments name are written with TLS words. */
function namedTextsHoldTls(caller: ValueResolver, call: Call): boolean {
  return (call.arguments ?? []).some((a) => branchesOf(caller.valueOf(a)).some((b) => (b.value.kind === 'object' || b.value.kind === 'array') && !!b.value.node && mayHoldTls(b.value.node.getText(sourceFileOf(b.value.node)))));
}

/** A literal, or an object or array holding one (not a bag of values the file does not know). */
function isConstant(v: Value, depth = 0): boolean {
  if (depth > 3) return false;
  if (v.kind === 'either') return v.branches.every((b) => isConstant(b.value, depth + 1));
  if (v.kind === 'object') return [...v.props.values()].some((p) => isConstant(p.value, depth + 1));
  if (v.kind === 'array') return v.elements.some((e) => isConstant(e, depth + 1));
  if (v.kind === 'instance') return !v.ref && madeWithStatedArgument(v.node);
  return v.kind === 'literal' && v.value !== undefined;
}

/** Whether an argument inside a frame's function depends on what the frame was called with. */
function fromArguments(frame: ValueResolver, arg: ts.Expression): boolean {
  if (ts.isSpreadElement(arg)) return false;
  frame.valueOf(arg);
  return (frame.depsOf(arg)?.size ?? 0) > 0;
}

// Sinks a subclass inherits: `class BankLegacyPlugin extends ConnectorPlugin { minVersion = 'TLSv1' }`
// where the base's `connect()` calls `tls.connect({ minVersion: this.minVersion })`. Each method of
// a base (same file or imported) that holds a sink call and that the subclass does not override
// is evaluated again with `this` standing for the subclass: what the subclass defines wins over
// the base's (class-members.ts), the base's constructor parameters are what the subclass's
// `super(…)` passes, and an option whose value the subclass writes sits at that write.
import ts from 'typescript';
import type { SinkCall } from '../../../../rules/js/api.js';
import { frameResolver } from './call-values.js';
import { importedName, type CalledSinks } from './call-sinks.js';
import { declaresMember, isStatic } from './class-members.js';
import type { FileModel } from './context.js';
import { classOf, isStatedArgument, paramSlots, type Bound, type Frame } from './frames.js';
import type { Binding } from './scope.js';
import { contains } from './guards.js';
import { sinkCallAt } from './sink-calls.js';
import { sourceFileOf } from './syntax.js';
import type { ValueResolver } from './values.js';

/** Classes up an `extends` chain looked into, the subclass's own base first. */
const MAX_EXTENDS = 4;
/** Inherited sink calls evaluated per file, at most. */
const MAX_INHERITED = 24;

type Link = NonNullable<Frame['self']>[number];

/** The sink calls of the bases' methods, evaluated for each subclass the file declares. */
export function inheritedSinkCalls(model: FileModel, called: CalledSinks): SinkCall[] {
  const out: SinkCall[] = [];
  if (!model.sourceFile.text.includes('extends')) return out;
  for (const sub of subclasses(model)) {
    if (unused(model, sub)) continue;
    const chain = extendsChain(model, sub, called);
    for (let i = 1; i < chain.length; i++) {
      const base = chain[i];
      const owner = base.values === model.values ? model : model.link?.modelOfNode(base.cls);
      if (!owner) break;
      let frame: ValueResolver | undefined;
      for (const s of called.sinksWithin(owner, base.cls)) {
        if (!inherited(s.node, base.cls, chain.slice(0, i), i === 1)) continue;
        if (out.length >= MAX_INHERITED) {
          called.limited = true;
          return out;
        }
        frame ??= baseFrame(model, sub, base, chain.slice(0, i + 1), i === 1);
        // The base's constructor runs with what `super(…)` passes: that call is the one it is evaluated for.
        const via = ts.isConstructorDeclaration(base.cls.members.find((m) => contains(m, s.node)) ?? base.cls) ? superCallOf(sub) : undefined;
        if (frame) out.push(sinkCallAt(s.node, s.sink, frame, via));
      }
    }
  }
  return out;
}

/**
 * The classes of a file that extend another: those the file's index walked past, unless a class
 * may stand in code it did not enter (`declare class A extends B {}`, a declaration file; a
 * keyword may be written with an escape), where the whole tree is walked as before.
 */
function subclasses(model: FileModel): readonly ts.ClassLikeDeclaration[] {
  const sf = model.sourceFile;
  const mayHide = (n: ts.Node) => {
    const text = sf.text.slice(n.pos, n.end);
    return text.includes('class') || text.includes('\\');
  };
  if (!model.index.unwalked.some(mayHide)) return model.index.subclasses;
  const out: ts.ClassLikeDeclaration[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isClassLike(n) && extendsExpression(n)) out.push(n);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/**
 * A class declaration the file neither exports nor names anywhere else (no `new`, no subclass, no
 * export list): no instance of it is ever made, so what it would make its base's sinks do is moot.
 */
function unused(model: FileModel, cls: ts.ClassLikeDeclaration): boolean {
  if (!ts.isClassDeclaration(cls) || !cls.name || ts.getModifiers(cls)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) return false;
  const b = model.index.scopes.lookup(cls.name);
  return !!b && b.id === cls.name && b.references.length === 0;
}

function extendsExpression(cls: ts.ClassLikeDeclaration): ts.Expression | undefined {
  return cls.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
}

/**
 * The subclass and the project classes above it, each with its file's resolver. A base imported
 * from a project file in a pass that does not follow calls is left for the importer pass.
 */
function extendsChain(model: FileModel, sub: ts.ClassLikeDeclaration, called: CalledSinks): Link[] {
  const chain: Link[] = [{ cls: sub, values: model.values }];
  for (let cur = chain[0]; chain.length <= MAX_EXTENDS; ) {
    const expr = extendsExpression(cur.cls);
    if (!expr) break;
    const link = cur.values.link;
    const name = link && !link.followsCalls ? importedName(cur.values, expr, link) : undefined;
    if (name !== undefined) {
      called.skipped.add(name);
      break;
    }
    const base = classOf(cur.values.valueOf(expr));
    if (!base || chain.some((c) => c.cls === base)) break;
    const values = sourceFileOf(base) === model.sourceFile ? model.values : link?.modelOfNode(base)?.values;
    if (!values) break;
    chain.push((cur = { cls: base, values }));
  }
  return chain;
}

/**
 * Whether a sink call of a base runs as the subclass's: in an instance method or accessor no class
 * below overrides, or in the direct base's constructor, which runs with what the subclass's
 * `super(…)` passes (`super({ host, auth })` into a constructor that builds the transport). Field
 * initializers run before the subclass's fields are set, and a static member has no instance.
 */
function inherited(call: ts.Node, base: ts.ClassLikeDeclaration, below: readonly Link[], direct: boolean): boolean {
  const member = base.members.find((m) => contains(m, call));
  if (member && ts.isConstructorDeclaration(member)) return direct;
  if (!member || isStatic(member) || !(ts.isMethodDeclaration(member) || ts.isGetAccessorDeclaration(member))) return false;
  const name = member.name && (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name) || ts.isPrivateIdentifier(member.name)) ? member.name.text : undefined;
  return name !== undefined && !below.some((c) => declaresMember(c.cls, name));
}

/**
 * The base's file evaluated with `this` standing for the subclass. The direct base's constructor
 * parameters are what the subclass's `super(…)` (a statement at the top of its constructor) passes.
 */
function baseFrame(model: FileModel, sub: ts.ClassLikeDeclaration, base: Link, self: Link[], direct: boolean): ValueResolver | undefined {
  const ctor = sub.members.find(ts.isConstructorDeclaration);
  const superCall = direct ? superCallOf(sub) : undefined;
  if (superCall && ctor) return frameResolver(constructorFrame(model, ctor), superCall, base.cls, self);
  return base.values.instantiate({ target: base.cls, call: sub.name ?? extendsExpression(sub) ?? sub, params: new Map(), depth: 1, self });
}

/** The `super(…)` statement at the top level of a subclass's constructor. */
function superCallOf(sub: ts.ClassLikeDeclaration): ts.CallExpression | undefined {
  const ctor = sub.members.find(ts.isConstructorDeclaration);
  return ctor?.body?.statements.map((s) => (ts.isExpressionStatement(s) ? s.expression : undefined)).find((e): e is ts.CallExpression => !!e && ts.isCallExpression(e) && e.expression.kind === ts.SyntaxKind.SuperKeyword);
}

/**
 * The subclass's constructor as a frame where each parameter is what it holds when not given
 * otherwise, coming from its literal default: `constructor(apiKey, verifyCertificates = false) {
 * super({ verifyCertificates }) }` gives the base `verifyCertificates: false` written at `false`.
 */
function constructorFrame(model: FileModel, ctor: ts.ConstructorDeclaration): ValueResolver {
  const params = new Map<Binding, Bound>();
  for (const { binding, slot } of paramSlots(ctor, model.index.scopes)) {
    const def = slot.path.length ? slot.elementDefault : slot.param.initializer;
    if (def && isStatedArgument(def)) params.set(binding, { value: model.values.valueOf(binding.id), from: new Set([def]) });
  }
  return model.values.instantiate({ target: ctor, call: ctor, params, depth: 1 });
}

/**
 * Whether a class's subclasses may change what its sink calls are given: one of its instance
 * methods that holds a sink call reads `this`, or its constructor, which takes parameters, holds
 * one (export-summary.ts: its importers that extend it are worth an importer pass).
 */
export function readsThisInSinks(model: FileModel, cls: ts.ClassLikeDeclaration): boolean {
  const ctor = cls.members.find(ts.isConstructorDeclaration);
  return model.sinkCalls.some((c) => contains(cls, c.node) && inherited(c.node, cls, [], true) && (/\bthis\b/.test(model.sourceFile.text.slice(c.node.pos, c.node.end)) || (!!ctor && ctor.parameters.length > 0 && contains(ctor, c.node))));
}

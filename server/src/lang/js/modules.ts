// Module bindings: which module export an expression denotes, however it was imported.
// `import tls from 'tls'`, `import * as tls from 'node:tls'`, `import { connect as c } from 'tls'`,
// `const tls = require('node:tls')`, `const { request } = require('https')`, `require('https').get`,
// `await import('tls')`, `import tls = require('tls')`, aliases such as `const connect = tls.connect`.
import ts from 'typescript';
import type { ModuleRef } from '../../../../rules/js/api.js';
import { returnsData } from './env-schemas.js';
import type { ImportLink } from './link.js';
import type { Binding, ImportForm, ScopeTable } from './scope.js';
import { outermostWrapper, skipOuterExpressions, stringLiteralText } from './syntax.js';

/** The marker a call or `new` adds to a path: `https.Agent` constructed is ['Agent', '()']. */
export const CALL_RESULT = '()';

/** Globals that are also modules: the global `process` is `require('process')`. */
export const GLOBAL_MODULES: ReadonlySet<string> = new Set(['process']);
const GLOBAL_OBJECTS = new Set(['globalThis', 'global']);

export function normaliseSpecifier(spec: string): string {
  return spec.startsWith('node:') ? spec.slice(5) : spec;
}

/**
 * Module paths deeper than this are not followed: real code names a module export in a few steps,
 * and `f()()()...` 100,000 times deep would otherwise overflow the stack.
 */
const MAX_REF_DEPTH = 256;

export class ModuleResolver {
  /** Refs without and with project files followed (sinkRefOf). */
  private readonly caches = [new Map<ts.Node, ModuleRef | undefined>(), new Map<ts.Node, ModuleRef | undefined>()];
  private readonly inProgress = new Set<ts.Node>();
  private depth = 0;
  /** Whether project files' exports are being read for the ref being computed (sinkRefOf). */
  private following = false;

  constructor(
    private readonly scopes: ScopeTable,
    private readonly link?: ImportLink,
  ) {}

  /**
   * The module export an expression denotes, as far as this file says: an import of a project
   * file denotes none here (its values come through the link), and the file is not read.
   */
  refOf(expr: ts.Expression): ModuleRef | undefined {
    const e = skipOuterExpressions(expr);
    const cache = this.caches[this.following ? 1 : 0];
    if (cache.has(e)) return cache.get(e);
    if (this.inProgress.has(e) || this.depth >= MAX_REF_DEPTH) return undefined;
    this.inProgress.add(e);
    this.depth++;
    let ref: ModuleRef | undefined;
    try {
      ref = this.compute(e);
    } finally {
      this.depth--;
      this.inProgress.delete(e);
    }
    cache.set(e, ref);
    return ref;
  }

  /**
   * refOf, reading the project files an import names when they pass a module export on
   * (`export const http = axios.create()`): what a callee is, when it may be a sink.
   */
  sinkRefOf(expr: ts.Expression): ModuleRef | undefined {
    const was = this.following;
    this.following = true;
    try {
      return this.refOf(expr);
    } finally {
      this.following = was;
    }
  }

  /** The specifier an identifier's import binding names (`import { x } from './a'`), without reading anything. */
  importSpecifier(id: ts.Identifier): string | undefined {
    const b = this.scopes.lookup(id);
    if (b?.kind === 'import') return b.importFrom?.module;
    // `const helper = require('./helper')`, `const { get } = require('./http')`.
    const init = b?.init && skipOuterExpressions(b.init);
    return init && ts.isCallExpression(init) ? this.requiredModule(init) : undefined;
  }

  /** The name an identifier was imported under (`import { a as b }` gives 'a'), if it was imported by name. */
  importedName(id: ts.Identifier): string | undefined {
    const b = this.scopes.lookup(id);
    if (b?.kind === 'import') return b.importFrom?.as === 'named' ? b.importFrom.path[0] : undefined;
    return b?.path.length ? b.path[0] : undefined;
  }

  /** Whether `require` (or another global) here is the real global, not a local of the same name. */
  isGlobal(id: ts.Identifier): boolean {
    return this.scopes.lookup(id) === undefined;
  }

  /** `require('x')` (the global require, or one made by `createRequire`) or `import('x')` with a literal specifier. */
  requiredModule(call: ts.CallExpression): string | undefined {
    const callee = skipOuterExpressions(call.expression);
    if (call.arguments.length < 1) return undefined;
    const spec = stringLiteralText(call.arguments[0]);
    if (spec === undefined) return undefined;
    if (callee.kind === ts.SyntaxKind.ImportKeyword) return normaliseSpecifier(spec);
    if (ts.isIdentifier(callee) && this.isRequire(callee)) return normaliseSpecifier(spec);
    return undefined;
  }

  private isRequire(id: ts.Identifier): boolean {
    const b = this.scopes.lookup(id);
    if (!b) return id.text === 'require';
    // ESM code gets a require with `const require = createRequire(import.meta.url)`.
    if (b.kind !== 'const' || !b.init || b.path.length > 0) return false;
    const init = skipOuterExpressions(b.init);
    if (!ts.isCallExpression(init)) return false;
    const made = this.refOf(init.expression);
    return made?.module === 'module' && made.path.length === 1 && made.path[0] === 'createRequire';
  }

  /**
   * A variable names a module export when everything ever assigned to it does: its initialiser,
   * or a lazy `let tls; ... tls ??= require('tls')`.
   */
  private variableRef(b: Binding): ModuleRef | undefined {
    const sources = [...(b.init ? [b.init] : []), ...b.writes.map((w) => w.right)];
    if (sources.length === 0 || (b.init === undefined && b.kind === 'const')) return undefined;
    let found: ModuleRef | undefined;
    for (const s of sources) {
      const base = this.refOf(s);
      if (!base) return undefined;
      const r = ref(base.module, [...base.path, ...(s === b.init ? b.path : [])]);
      if (found && (found.module !== r.module || found.path.join('\u0000') !== r.path.join('\u0000'))) return undefined;
      found = r;
    }
    return found;
  }

  /**
   * `import('tls').then((tls) => ...)` and `.then(({ connect }) => ...)`: the first parameter of the
   * callback passed to `.then` of a dynamic import is the module.
   */
  private thenParamRef(b: Binding): ModuleRef | undefined {
    let param: ts.Node = b.id;
    // Only plain property paths: a default or rest element is not a member of the module.
    while (ts.isBindingElement(param.parent) || ts.isObjectBindingPattern(param.parent)) {
      if (ts.isBindingElement(param.parent) && (param.parent.initializer || param.parent.dotDotDotToken)) return undefined;
      param = param.parent;
    }
    if (!ts.isParameter(param.parent) || param.parent.initializer) return undefined;
    const decl = param.parent;
    const fn = decl.parent;
    if (!(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) || fn.parameters[0] !== decl || decl.dotDotDotToken) return undefined;
    const call = outermostWrapper(fn).parent;
    if (!call || !ts.isCallExpression(call) || call.arguments.length === 0 || skipOuterExpressions(call.arguments[0]) !== fn) return undefined;
    const callee = skipOuterExpressions(call.expression);
    if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'then') return undefined;
    const target = skipOuterExpressions(callee.expression);
    const module = ts.isCallExpression(target) && target.expression.kind === ts.SyntaxKind.ImportKeyword ? this.requiredModule(target) : undefined;
    return module === undefined ? undefined : ref(module, b.path);
  }

  private compute(e: ts.Expression): ModuleRef | undefined {
    if (ts.isIdentifier(e)) {
      const b = this.scopes.lookup(e);
      if (!b) return GLOBAL_MODULES.has(e.text) ? ref(e.text, []) : undefined;
      if (b.kind === 'import' && b.importFrom) {
        const { module, path, as } = b.importFrom;
        // A project file: what it exports, when that is a module's export (`export const c = axios.create()`).
        if (this.link?.resolves(module)) return this.following ? this.link.ref(module, as, path) : undefined;
        return ref(normaliseSpecifier(module), path);
      }
      if ((b.kind === 'const' || b.kind === 'let' || b.kind === 'var') && b.opaqueWrites.length === 0) return this.variableRef(b);
      if (b.kind === 'param' && b.writes.length === 0 && b.opaqueWrites.length === 0) return this.thenParamRef(b);
      return undefined;
    }
    if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.name)) {
      // `globalThis.process` is the global `process`.
      const obj = skipOuterExpressions(e.expression);
      if (GLOBAL_MODULES.has(e.name.text) && ts.isIdentifier(obj) && GLOBAL_OBJECTS.has(obj.text) && this.isGlobal(obj)) return ref(e.name.text, []);
      const base = this.refOf(e.expression);
      return base ? ref(base.module, [...base.path, e.name.text]) : undefined;
    }
    if (ts.isElementAccessExpression(e)) {
      const key = stringLiteralText(e.argumentExpression);
      if (key === undefined) return undefined;
      const base = this.refOf(e.expression);
      return base ? ref(base.module, [...base.path, key]) : undefined;
    }
    if (ts.isAwaitExpression(e)) return this.refOf(e.expression);
    // `(0, tls.connect)(...)`, as bundlers and transpilers write calls.
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.CommaToken) return this.refOf(e.right);
    if (ts.isCallExpression(e)) {
      const required = this.requiredModule(e);
      if (required !== undefined && this.link?.resolves(required)) return this.following ? this.link.ref(required, requireForm(e), []) : undefined;
      if (required !== undefined) return ref(required, []);
      const base = this.refOf(e.expression);
      // A schema's parse gives plain data (env-schemas.ts), not something of the module.
      return base && !returnsData(base) ? ref(base.module, [...base.path, CALL_RESULT]) : undefined;
    }
    if (ts.isNewExpression(e)) {
      const base = this.refOf(e.expression);
      return base ? ref(base.module, [...base.path, CALL_RESULT]) : undefined;
    }
    return undefined;
  }
}

/** `require('./x')` gives the module object as CommonJS sees it; `import('./x')` its namespace. */
export function requireForm(call: ts.CallExpression): ImportForm {
  return skipOuterExpressions(call.expression).kind === ts.SyntaxKind.ImportKeyword ? 'namespace' : 'require';
}

function ref(module: string, path: string[]): ModuleRef {
  // `require('x').default` and `import x from` both name the module object under interop.
  return { module, path: path[0] === 'default' ? path.slice(1) : path };
}

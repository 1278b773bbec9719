// Calls of the linted file into functions of another project module (`s3_sync.push_results(b,
// verify=not args.insecure)` with `def push_results(bucket, verify=True)` in s3_sync.py): that
// module is read again as a rule context whose functions' parameters also hold what these calls
// pass (params.ts, through the link's `outsideCalls`), and only reports on these calls are kept, as
// a call of the same file is reported where it passes the value. A class of the module stands for
// its `__init__` (`ApiClient(verify=False)`). Only a module that imports a library the tables know
// is read for it: a function without one reaches no sink.
import type { Node } from 'web-tree-sitter';
import type { RulePart } from '../../../../rules/api.js';
import type { PyReport, PyRuleContext, PythonTarget } from '../../../../rules/python/api.js';
import { createPyContext, LazyPyModel, PyModel } from './context.js';
import { fromSource } from './imports.js';
import type { PyLink } from './link.js';
import { isLibraryRoot, type PyModuleRef } from './modules.js';
import { contains, reachingBindings } from './names.js';
import type { Binding } from './scope.js';
import { importedName, MAX_MODULE_SIZE, type PySession } from './session.js';

/** A call of the linted file passing values to a function of another module; `skip` as params.ts callSites. */
export interface OutsideCall {
  call: Node;
  skip: number;
}

export interface OutsideCallee {
  /** The callee's module, as the session read it. */
  model: PyModel;
  /** The file's calls of each of its functions, by the function_definition's id. */
  calls: Map<number, OutsideCall[]>;
  /** The module's model with those calls as callers, built once for every rule. */
  callers?: PyModel;
  /** The texts of the functions called (a class's `__init__`), for the rules' needles. */
  texts: string[];
}

/** Modules read again for the file's calls into them; more are not followed. */
const MAX_MODULES = 4;

const bySession = new WeakMap<PySession, OutsideCallee[]>();

/** The modules whose top-level functions (or classes) the main file calls with arguments, each with those calls (read once a lint). */
export function outsideCallees(main: PyModel, session: PySession): OutsideCallee[] {
  let out = bySession.get(session);
  if (out) return out;
  out = [];
  bySession.set(session, out);
  const definitions = new Map<string, Definition | undefined>();
  for (const call of main.index.calls) {
    const args = call.childForFieldName('arguments');
    if (args?.type !== 'argument_list' || args.namedChildCount === 0) continue;
    const found = calledDefinition(main, session, call, definitions);
    const fn = found && (found.binding.kind === 'def' ? found.binding.statement : initOf(found.binding.statement));
    if (!found || !fn) continue;
    let entry = out.find((o) => o.model === found.model);
    if (!entry) {
      if (out.length >= MAX_MODULES) continue;
      out.push((entry = { model: found.model, calls: new Map(), texts: [] }));
    }
    const list = entry.calls.get(fn.id);
    if (list) list.push({ call, skip: 0 });
    else {
      entry.calls.set(fn.id, [{ call, skip: 0 }]);
      entry.texts.push(fn.text);
    }
  }
  return out;
}

/**
 * Whether a rule may fire in a function the file calls, by its pre-filter's needles (the
 * function's text holds one, and one of its second set): the module is read again only for those.
 */
export function mayFireIn(callee: OutsideCallee, part: Pick<RulePart, 'needles' | 'alsoNeedles'>): boolean {
  const holds = (needles: readonly string[]) => callee.texts.some((t) => needles.some((n) => t.includes(n)));
  return holds(part.needles) && (!part.alsoNeedles?.length || holds(part.alsoNeedles));
}

/**
 * The callee's module read again with the file's calls as its functions' callers: only reports on
 * those calls are kept, with fixes that edit inside the call, and the module's use as a related place.
 */
export function outsideCallersContext(callee: OutsideCallee, python: PythonTarget, main: PyRuleContext, session: PySession): PyRuleContext {
  const model = (callee.callers ??= new PyModel(callee.model.doc, callersLink(session.linkFor(callee.model.doc.fileName), callee.calls), callee.model.index));
  const calls = [...callee.calls.values()].flat().map((c) => c.call);
  const report = (d: PyReport) => {
    const at = d.node;
    const call = at && calls.find((c) => at.tree === c.tree && contains(c, at));
    if (!call) return;
    const inside = (e: { start: number; end: number }) => e.start >= call.startIndex && e.end <= call.endIndex;
    const related = d.related?.length || !d.usedAt ? d.related : [{ node: d.usedAt, message: 'used here' }];
    main.report({ ...d, fixes: d.fixes?.filter((f) => f.edits.every(inside)), related, usedAt: undefined });
  };
  return createPyContext(LazyPyModel.of(model), python, () => undefined, session, { subclasses: [], report });
}

/** The session's link for the module, also answering which of the file's calls call its functions. */
function callersLink(base: PyLink, calls: Map<number, OutsideCall[]>): PyLink {
  return {
    imported: (b, use) => base.imported(b, use),
    member: (module, attribute, use) => base.member(module, attribute, use),
    starred: (use, name) => base.starred(use, name),
    foreign: (node) => base.foreign(node),
    outsideCalls: (fn) => calls.get(fn.id) ?? [],
  };
}

/** `name(…)` imported by `from .m import name`, or `m.name(…)` of an imported project module: the module's top-level def or class. */
type Definition = { model: PyModel; binding: Binding };

function calledDefinition(main: PyModel, session: PySession, call: Node, known: Map<string, Definition | undefined>): Definition | undefined {
  // Once per module and name: a file may call the same helper many times.
  const lookup = (ref: PyModuleRef, name: string) => {
    const key = `${ref.file}\0${name}`;
    if (!known.has(key)) known.set(key, definitionIn(session, ref, name));
    return known.get(key);
  };
  const callee = call.childForFieldName('function');
  if (callee?.type === 'identifier') {
    const reaching = reachingBindings(main.index, callee);
    const b = reaching.length === 1 && !reaching[0].condition ? reaching[0].binding : undefined;
    if (b?.kind !== 'import' || b.statement.type !== 'import_from_statement') return undefined;
    const source = fromSource(b.statement);
    const ref = source && session.project.modules.resolve(main.doc.fileName, source.level, source.dotted);
    const name = importedName(b.statement, b.target);
    return ref && name ? lookup(ref, name) : undefined;
  }
  const object = callee?.type === 'attribute' ? callee.childForFieldName('object') : undefined;
  const name = callee?.childForFieldName('attribute')?.text;
  if (object?.type !== 'identifier' || !name) return undefined;
  // Only a name the file imports can be a module (the resolver reads nothing for the others).
  const reaching = reachingBindings(main.index, object);
  if (reaching.length !== 1 || reaching[0].binding.kind !== 'import') return undefined;
  const ref = session.moduleOf(main.values.valueOf(object));
  return ref ? lookup(ref, name) : undefined;
}

/** A module's only top-level binding of `name` when it is a def or class, in a module that imports a library. */
function definitionIn(session: PySession, ref: PyModuleRef, name: string): Definition | undefined {
  const file = ref.file;
  const text = file ? session.peek(file) : undefined;
  if (!file || text === undefined || text.length > MAX_MODULE_SIZE || !new RegExp(`^[ \\t]*(?:async[ \\t]+)?(?:def|class)[ \\t]+${name}\\b`, 'm').test(text) || !importsLibrary(text)) return undefined;
  const model = session.within(file, () => session.model(file), undefined);
  const own = model?.index.root.bindings.get(name);
  const b = own?.length === 1 ? own[0] : undefined;
  return model && (b?.kind === 'def' || b?.kind === 'class') ? { model, binding: b } : undefined;
}

function importsLibrary(text: string): boolean {
  for (const m of text.matchAll(/^[ \t]*(?:from[ \t]+([A-Za-z_]\w*)[\w.]*[ \t]+import\b|import[ \t]+([A-Za-z_]\w*))/gm)) if (isLibraryRoot(m[1] ?? m[2])) return true;
  return false;
}

/** A class's own `__init__` (a method written in its body). */
function initOf(cls: Node): Node | undefined {
  for (const s of cls.childForFieldName('body')?.namedChildren ?? []) {
    const fn = s?.type === 'decorated_definition' ? s.childForFieldName('definition') : s;
    if (fn?.type === 'function_definition' && fn.childForFieldName('name')?.text === '__init__') return fn;
  }
  return undefined;
}

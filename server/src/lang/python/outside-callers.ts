// Calls of the linted file into functions of another project module (`s3_sync.push_results(b,
// verify=not args.insecure)` with `def push_results(bucket, verify=True)` in s3_sync.py): that
// module is read again as a rule context whose functions' parameters also hold what these calls
// pass (params.ts, through the link's `outsideCalls`), and only reports on these calls are kept, as
// a call of the same file is reported where it passes the value. A class of the module stands for
// its `__init__` (`ApiClient(verify=False)`). Only a module that imports a library the tables know
// is looked at, and it is parsed only for a rule whose needles the called functions' text holds
// (found in the module's text, as the pre-filter looks at a file's).
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
  file: string;
  /** The file's calls by the name of the module's function or class they call. */
  byName: Map<string, Node[]>;
  /** Each called definition's text, as the module's text shows it, and each call's (a `**kwargs` helper takes its
   * keywords from the call): for the rules' needles, before any parse. */
  texts: string[];
  /** The module's model and its functions' calls from the file (by the function_definition's id), once a rule needs them. */
  read?: { model: PyModel; calls: Map<number, OutsideCall[]>; callers: PyModel } | null;
}

/** Modules read again for the file's calls into them; more are not followed. */
const MAX_MODULES = 4;

const bySession = new WeakMap<PySession, OutsideCallee[]>();

/** The modules whose top-level functions (or classes) the main file calls with arguments, each with those calls (found once a lint, without parsing them). */
export function outsideCallees(main: PyModel, session: PySession): OutsideCallee[] {
  let out = bySession.get(session);
  if (out) return out;
  out = [];
  bySession.set(session, out);
  // Once per module and name, and per imported module's binding: a file may call the same helper many times.
  const known = new Map<string, string | undefined>();
  const modules = new Map<Binding, PyModuleRef | undefined>();
  for (const call of main.index.calls) {
    const args = call.childForFieldName('arguments');
    if (args?.type !== 'argument_list' || args.namedChildCount === 0) continue;
    const called = calledName(main, session, call, modules);
    const file = called?.ref.file;
    if (!called || !file) continue;
    const key = `${file}\0${called.name}`;
    if (!known.has(key)) known.set(key, definitionText(session, file, called.name));
    const text = known.get(key);
    if (text === undefined) continue;
    let entry = out.find((o) => o.file === file);
    if (!entry) {
      if (out.length >= MAX_MODULES || !session.read(file)) continue;
      out.push((entry = { file, byName: new Map(), texts: [] }));
    }
    const list = entry.byName.get(called.name);
    if (list) list.push(call);
    else {
      entry.byName.set(called.name, [call]);
      entry.texts.push(text);
    }
    entry.texts.push(call.text);
  }
  return out;
}

/**
 * Whether a rule may fire in a function the file calls, by its pre-filter's needles (the
 * function's or a call's text holds one, and one of its second set): the module is parsed and read again only for those.
 */
export function mayFireIn(callee: OutsideCallee, part: Pick<RulePart, 'needles' | 'alsoNeedles'>): boolean {
  const holds = (needles: readonly string[]) => callee.texts.some((t) => needles.some((n) => t.includes(n)));
  return holds(part.needles) && (!part.alsoNeedles?.length || holds(part.alsoNeedles));
}

/**
 * The callee's module read again with the file's calls as its functions' callers: only reports on
 * those calls are kept, with fixes that edit inside the call, and the module's use as a related place.
 * Undefined when the module does not define the names as functions or classes after all.
 */
export function outsideCallersContext(callee: OutsideCallee, python: PythonTarget, main: PyRuleContext, session: PySession): PyRuleContext | undefined {
  if (callee.read === undefined) callee.read = readCallee(callee, session);
  const read = callee.read;
  if (!read) return undefined;
  const calls = [...read.calls.values()].flat().map((c) => c.call);
  const report = (d: PyReport) => {
    const at = d.node;
    const call = at && calls.find((c) => at.tree === c.tree && contains(c, at));
    if (!call) return;
    const inside = (e: { start: number; end: number }) => e.start >= call.startIndex && e.end <= call.endIndex;
    const related = d.related?.length || !d.usedAt ? d.related : [{ node: d.usedAt, message: 'used here' }];
    main.report({ ...d, fixes: d.fixes?.filter((f) => f.edits.every(inside)), related, usedAt: undefined });
  };
  return createPyContext(LazyPyModel.of(read.callers), python, () => undefined, session, { subclasses: [], report });
}

/** The module parsed, each called name's only top-level def or class (a class by its `__init__`) with the file's calls of it. */
function readCallee(callee: OutsideCallee, session: PySession): OutsideCallee['read'] {
  const model = session.within(callee.file, () => session.model(callee.file), undefined);
  if (!model) return null;
  const calls = new Map<number, OutsideCall[]>();
  for (const [name, list] of callee.byName) {
    const own = model.index.root.bindings.get(name);
    const b = own?.length === 1 ? own[0] : undefined;
    const fn = b?.kind === 'def' ? b.statement : b?.kind === 'class' ? initOf(b.statement) : undefined;
    if (fn) calls.set(fn.id, list.map((call) => ({ call, skip: 0 })));
  }
  if (calls.size === 0) return null;
  return { model, calls, callers: new PyModel(model.doc, callersLink(session.linkFor(callee.file), calls), model.index) };
}

/** The session's link for the module, also answering which of the file's calls call its functions. */
function callersLink(base: PyLink, calls: Map<number, OutsideCall[]>): PyLink {
  return {
    imported: (b, use) => base.imported(b, use),
    member: (module, attribute, use) => base.member(module, attribute, use),
    classDefault: (name, attribute) => base.classDefault(name, attribute),
    instanceDefault: (call, attribute) => base.instanceDefault(call, attribute),
    isModule: (value) => base.isModule(value),
    lacks: (module, name) => base.lacks(module, name),
    starred: (use, name) => base.starred(use, name),
    foreign: (node) => base.foreign(node),
    outsideCalls: (fn) => calls.get(fn.id) ?? [],
  };
}

/** `name(...)` imported by `from .m import name`, or `m.name(...)` of an imported project module: the module and the name. */
function calledName(main: PyModel, session: PySession, call: Node, modules: Map<Binding, PyModuleRef | undefined>): { ref: PyModuleRef; name: string } | undefined {
  const callee = call.childForFieldName('function');
  // A name the module imports at its top level (a scope walk only for those).
  const imported = (n: Node | null | undefined) => !!n && n.type === 'identifier' && !!main.index.root.bindings.get(n.text)?.some((b) => b.kind === 'import');
  if (callee?.type === 'identifier') {
    if (!imported(callee)) return undefined;
    const reaching = reachingBindings(main.index, callee);
    const b = reaching.length === 1 && !reaching[0].condition ? reaching[0].binding : undefined;
    if (b?.kind !== 'import' || b.statement.type !== 'import_from_statement') return undefined;
    const source = fromSource(b.statement);
    const ref = source && session.project.modules.resolve(main.doc.fileName, source.level, source.dotted);
    const name = importedName(b.statement, b.target);
    return ref && name ? { ref, name } : undefined;
  }
  const object = callee?.type === 'attribute' ? callee.childForFieldName('object') : undefined;
  const name = callee?.childForFieldName('attribute')?.text;
  if (!object || !imported(object) || !name) return undefined;
  // Only a name the file imports can be a module (the resolver reads nothing for the others).
  const reaching = reachingBindings(main.index, object);
  const b = reaching.length === 1 ? reaching[0].binding : undefined;
  if (b?.kind !== 'import') return undefined;
  if (!modules.has(b)) modules.set(b, session.moduleOf(main.values.valueOf(object)));
  const ref = modules.get(b);
  return ref ? { ref, name } : undefined;
}

/**
 * The text of a module's top-level `def name`/`class name` (to the next line that starts a
 * top-level statement), in a module that imports a library and is within the project model's size.
 */
function definitionText(session: PySession, file: string, name: string): string | undefined {
  const text = session.peek(file);
  if (text === undefined || text.length > MAX_MODULE_SIZE) return undefined;
  // Once per project, module text and name (every file of a project calls `os.path.join`, …): the same text gives the same answer.
  let files = scanned.get(session.project);
  if (!files) scanned.set(session.project, (files = new Map()));
  let seen = files.get(file);
  if (seen?.text !== text) files.set(file, (seen = { text, library: importsLibrary(text), defs: new Map() }));
  if (!seen.library) return undefined;
  if (!seen.defs.has(name)) seen.defs.set(name, definitionIn(text, name));
  return seen.defs.get(name);
}

/** What definitionText found in a module's text (the text itself: a changed text is looked at again). */
const scanned = new WeakMap<object, Map<string, { text: string; library: boolean; defs: Map<string, string | undefined> }>>();

function definitionIn(text: string, name: string): string | undefined {
  const def = new RegExp(`^(?:async[ \\t]+)?(?:def|class)[ \\t]+${name}\\b`, 'm').exec(text);
  if (!def) return undefined;
  const next = /\n(?=[^\s#)\]}])/g;
  next.lastIndex = def.index + def[0].length;
  const end = next.exec(text);
  return text.slice(def.index, end ? end.index : text.length);
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

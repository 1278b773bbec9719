// Text edits for Python fixes: removing an argument or a statement, adding a keyword argument,
// and adding `import x` where a file lacks it. Each edit carries the tree of the node it was built
// from (PyEdit), so one made from another module's node is never applied to the linted file.
import { ancestors } from './ancestors.js';
import type { Node, PyCall, PyEdit, PyRuleContext } from './api.js';

/** An edit of the file `node` is in: `start` and `end` are offsets in that file's text. */
export function editIn(node: Node, start: number, end: number, text: string): PyEdit {
  return { start, end, text, tree: node.tree };
}

/** Removes an argument (`verify=False`) with the comma that separates it from its neighbours. */
export function removeArgument(ctx: PyRuleContext, arg: Node): PyEdit {
  const text = ctx.text;
  const prev = arg.previousSibling;
  const next = arg.nextSibling;
  if (next?.type === ',') {
    let end = next.endIndex;
    while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
    // `f(a, verify=False,\n    b)` keeps b's indentation; `f(verify=False, b)` drops the space.
    if (text[end] === '\n' || text[end] === '\r') {
      // An argument alone on its line (`    "cert_reqs": "NONE",\n`): the whole line goes.
      const lineStart = text.lastIndexOf('\n', arg.startIndex - 1) + 1;
      if (lineStart > 0 && /^[ \t]*$/.test(text.slice(lineStart, arg.startIndex))) return editIn(arg, lineStart, end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1), '');
      end = next.endIndex;
    }
    return editIn(arg, arg.startIndex, end, '');
  }
  if (prev?.type === ',') return editIn(arg, prev.startIndex, arg.endIndex, '');
  return editIn(arg, arg.startIndex, arg.endIndex, '');
}

/** Adds `name=value` as the call's last argument. */
export function addKeyword(ctx: PyRuleContext, call: PyCall, text: string): PyEdit | undefined {
  const args = call.args;
  if (args.type !== 'argument_list') return undefined;
  const close = args.lastChild;
  if (close?.type !== ')') return undefined;
  const items = args.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment');
  // `f(,)` parses, but an argument after its comma does not.
  if (items.length === 0) return args.children.some((c) => c?.type === ',') ? undefined : editIn(close, close.startIndex, close.startIndex, text);
  const last = items[items.length - 1];
  const after = last.nextSibling;
  if (after?.type === ',') {
    // A trailing comma: the new argument goes after it, on the same line or a line of its own.
    const between = ctx.text.slice(after.endIndex, close.startIndex);
    const nl = between.lastIndexOf('\n');
    if (nl < 0) return editIn(after, after.endIndex, after.endIndex, ` ${text},`);
    const indent = /^[ \t]*/.exec(ctx.text.slice(lineStartOf(ctx.text, last.startIndex)))![0];
    return editIn(after, after.endIndex, after.endIndex, `\n${indent}${text},`);
  }
  return editIn(last, last.endIndex, last.endIndex, `, ${text}`);
}

/**
 * Puts the first argument into empty brackets (`ssl.SSLContext()` → `ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)`);
 * undefined beside any other argument: after a keyword a positional one is a syntax error, and in
 * `SSLContext(ssl=…)` (a TypeError, or a call tree-sitter misread) where it belongs is a guess.
 */
export function fillEmptyArguments(call: PyCall, text: string): PyEdit | undefined {
  const close = call.args.type === 'argument_list' ? call.args.lastChild : null;
  if (close?.type !== ')' || !call.args.children.every((c) => c?.type === '(' || c?.type === ')' || c?.type === 'comment')) return undefined;
  return editIn(close, close.startIndex, close.startIndex, text);
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/**
 * Where the line of a statement starts and its indentation, for a fix adding a line beside it;
 * undefined when the statement is not first on its line (`if x: stmt`, `a; stmt`) or its line
 * continues the one before with `\`, whose indentation Python and tree-sitter may read differently.
 */
export function lineIndent(text: string, stmt: Node): { lineStart: number; indent: string } | undefined {
  const lineStart = lineStartOf(text, stmt.startIndex);
  const indent = text.slice(lineStart, stmt.startIndex);
  if (!/^[ \t]*$/.test(indent) || /\\\r?\n$/.test(text.slice(Math.max(0, lineStart - 3), lineStart))) return undefined;
  return { lineStart, indent };
}

/** Whether the module binds `name` to the module itself (`import ssl`, `import ssl as ssl`). */
function importsModule(ctx: PyRuleContext, module: string): boolean {
  return ctx.imports.some((stmt) => stmt.type === 'import_statement' && stmt.parent?.type === 'module' && stmt.childrenForFieldName('name').some((n) => n?.type === 'dotted_name' && n.text === module));
}

/**
 * The edit adding `import <module>` at module level when the file lacks it: after the last
 * top-level import, else after the docstring and `from __future__` imports, else at the top.
 */
function ensureImport(ctx: PyRuleContext, module: string): PyEdit | undefined {
  if (importsModule(ctx, module)) return undefined;
  const top = ctx.root.namedChildren.filter((c): c is Node => !!c);
  const imports = top.filter((c) => c.type === 'import_statement' || c.type === 'import_from_statement' || c.type === 'future_import_statement');
  if (imports.length > 0) {
    const last = imports[imports.length - 1];
    return editIn(last, last.endIndex, last.endIndex, `\nimport ${module}`);
  }
  const first = top.find((c) => c.type !== 'comment');
  if (first && first.type === 'expression_statement' && first.namedChild(0)?.type === 'string') return editIn(first, first.endIndex, first.endIndex, `\n\nimport ${module}`);
  // After the leading comments (shebang, encoding, licence).
  let at = 0;
  for (const c of top) {
    if (c.type !== 'comment' || c.startIndex !== at) break;
    at = c.endIndex + (ctx.text[c.endIndex] === '\r' ? 2 : 1);
  }
  return editIn(ctx.root, at, at, `import ${module}\n`);
}

/**
 * The edits that let a fix write `<module>.x` anywhere in the file: none when the module is
 * imported, `import <module>` when not; undefined when the file binds the name to anything else
 * (`c = ssl = SSLContext(…)`, a parameter, `import x as ssl`, `from m import ssl`) or reads it
 * as something else, where the text would not name the module and the fix would not fix.
 */
export function moduleImport(ctx: PyRuleContext, module: string): PyEdit[] | undefined {
  if (!namesOnlyModule(ctx, module)) return undefined;
  const edit = ensureImport(ctx, module);
  return edit ? [edit] : [];
}

const onlyModule = new WeakMap<PyRuleContext, Map<string, boolean>>();

/** Whether every identifier `module` in the file is the module, or no binding at all (`x.ssl`, `f(ssl=…)`, `from ssl import x`). */
function namesOnlyModule(ctx: PyRuleContext, module: string): boolean {
  let known = onlyModule.get(ctx);
  if (!known) onlyModule.set(ctx, (known = new Map()));
  let ok = known.get(module);
  if (ok === undefined) {
    ok = identifiersSpelled(ctx.root, ctx.text, module).every((id) => !bindsOtherwise(ctx, id, module));
    known.set(module, ok);
  }
  return ok;
}

/**
 * The identifiers whose text is `name`, in source order, found from the text: each one starts
 * where the text spells the name, so only those spots are looked at (a cursor down to the leaf
 * there, up while the node spans exactly the name), not every identifier of the file (tens of
 * thousands of nodes in a large module, each a crossing into WebAssembly).
 */
export function identifiersSpelled(root: Node, text: string, name: string): Node[] {
  const out: Node[] = [];
  if (name.length === 0) return out;
  const cursor = root.walk();
  try {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      cursor.reset(root);
      while (cursor.gotoFirstChildForIndex(at));
      while (cursor.startIndex === at && cursor.endIndex === end) {
        if (cursor.nodeType === 'identifier') {
          out.push(cursor.currentNode);
          break;
        }
        if (!cursor.gotoParent()) break;
      }
    }
  } finally {
    cursor.delete();
  }
  return out;
}

function bindsOtherwise(ctx: PyRuleContext, id: Node, module: string): boolean {
  const parent = id.parent;
  if (!parent) return true;
  const field = (name: string) => parent.childForFieldName(name)?.id === id.id;
  if ((parent.type === 'attribute' && field('attribute')) || (parent.type === 'keyword_argument' && field('name'))) return false;
  if (parent.type === 'dotted_name') {
    const statement = parent.parent;
    // `import a.ssl` binds `a`; `from ssl import x` and `from .ssl import x` bind x.
    if (parent.firstNamedChild?.id !== id.id || statement?.type === 'relative_import') return false;
    if (statement?.type === 'import_statement') return false;
    if (statement?.type === 'import_from_statement') return statement.childForFieldName('module_name')?.id !== parent.id;
    // `import ssl as ssl` binds the module; `import ssl as s` binds s.
    if (statement?.type === 'aliased_import') return false;
    return true;
  }
  if (parent.type === 'aliased_import' && field('alias')) return parent.childForFieldName('name')?.text !== module || parent.parent?.type !== 'import_statement';
  return ctx.nameOf(id) !== module;
}

/**
 * The statement holding an expression (`ctx.check_hostname = False`). Its ancestors come from one
 * descent (ancestors.ts): the removal fix of a finding placed in a 5,000-link assignment chain
 * climbed it one `parent` at a time, 5 s (main before 4d25b93, which places it on the statement).
 */
export function statementOf(node: Node): Node {
  let n = node;
  for (const p of ancestors(node)) {
    if (p.type === 'block' || p.type === 'module') break;
    n = p;
  }
  return n;
}

/**
 * Removes a statement with its line; a statement alone in its block becomes `pass`. Undefined
 * when the line holds other statements (`a = 1; b = 2`).
 */
export function removeStatement(ctx: PyRuleContext, node: Node): PyEdit | undefined {
  const stmt = statementOf(node);
  const text = ctx.text;
  const start = lineStartOf(text, stmt.startIndex);
  if (text.slice(start, stmt.startIndex).trim() !== '') return undefined;
  let end = stmt.endIndex;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  if (text[end] === '#') return undefined;
  if (end < text.length && text[end] !== '\n' && text[end] !== '\r') return undefined;
  const siblings = stmt.parent?.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment') ?? [];
  // A block indented with tabs on some lines and spaces on others (Python 3's TabError, which
  // tree-sitter reads): without one of its lines, the others may no longer line up.
  const indents = new Set(siblings.map((c) => text.slice(lineStartOf(text, c.startIndex), c.startIndex)).filter((s) => /^[ \t]*$/.test(s)));
  if (stmt.parent?.type === 'block' && indents.size > 1) return undefined;
  if (stmt.parent?.type === 'block' && siblings.length === 1) return editIn(stmt, stmt.startIndex, stmt.endIndex, 'pass');
  if (text[end] === '\r') end++;
  if (text[end] === '\n') end++;
  return editIn(stmt, start, end, '');
}

/** Replaces a node's text. */
export function replaceNode(node: Node, text: string): PyEdit {
  return editIn(node, node.startIndex, node.endIndex, text);
}

// no-tls-key-logging, Python part (PYTHON-TLS-FACTS.md 1.7 L1-L3): session keys written to a file
// by keylog_filename, by an SSLKEYLOGFILE the code sets (for its own later contexts or a child
// process), or by the sslkeylog package. A path read from SSLKEYLOGFILE is the operator's opt-in.

import { ENV_CHILD_CALLS, KEYLOG_ATTRIBUTE, KEYLOG_ENV, SSLKEYLOG_SET } from '../data/python/key-logging.js';
import { envWrites } from '../python/env.js';
import { branchesOf, stringOf } from '../python/branches.js';
import { moduleImport, removeStatement, replaceNode } from '../python/edits.js';
import { isInert, isUnderOptIn } from '../python/guards.js';
import type { Node, PyFix, PyPart, PyRuleContext, PyValue } from '../python/api.js';
import type { Messages } from './meta.js';

type Ctx = PyRuleContext<Messages>;

const DISCARDED = new Set(['', '/dev/null', 'nul', 'NUL']);
const ENV_FIX = `Use os.environ.get("${KEYLOG_ENV}") (log keys only when it is set)`;

/** Whether a value writes keys somewhere the file chooses: not None, not a discarded path, not a read of SSLKEYLOGFILE itself. */
function logsKeys(ctx: Ctx, v: PyValue, depth = 0): boolean {
  return branchesOf(v).some(({ value }) => {
    if (value.kind === 'literal') return typeof value.value === 'string' && !DISCARDED.has(value.value);
    if (value.kind === 'ref' && value.name === 'os.devnull') return false;
    // `str(KEYLOG)`: the builtin gives the path it is handed.
    const path = value.kind === 'unknown' && depth < 4 ? builtinStrArgument(ctx, value.node) : undefined;
    if (path) return logsKeys(ctx, ctx.valueOf(path), depth + 1);
    // A parameter or an attribute the file does not set: whoever passes it decides.
    if (value.kind === 'unknown') return false;
    // The operator's variable passed on: `os.environ.get("SSLKEYLOGFILE")`, `os.getenv(...)`, `os.environ[...]`,
    // unless a default path makes it unconditional: `os.environ.get("SSLKEYLOGFILE", "/tmp/keys.log")`.
    if (!(value.node?.text.includes(KEYLOG_ENV) ?? false)) return true;
    return value.kind === 'instance' && hasDefaultPath(value.call);
  });
}

/** The argument of `str(x)` (the builtin, not a name of the file). */
function builtinStrArgument(ctx: Ctx, node: Node | undefined): Node | undefined {
  const callee = node?.type === 'call' ? node.childForFieldName('function') : undefined;
  if (callee?.type !== 'identifier' || callee.text !== 'str' || ctx.valueOf(callee).kind !== 'unknown') return undefined;
  const args = node!.childForFieldName('arguments')?.namedChildren.filter((c) => c && c.type !== 'comment') ?? [];
  return args.length === 1 && args[0]!.type !== 'keyword_argument' ? args[0]! : undefined;
}

/** `get(name, default)` with a default that is a path. */
function hasDefaultPath(call: Node): boolean {
  const args = call.childForFieldName('arguments')?.namedChildren.filter((c) => c && c.type !== 'comment') ?? [];
  const fallback = args[1]?.type === 'keyword_argument' ? args[1].childForFieldName('value') : args[1];
  return fallback?.type === 'string' && !DISCARDED.has(fallback.text.replace(/^[a-zA-Z]*["']+|["']+$/g, ''));
}

/** The path for the message: the literal, or "a file". */
function pathOf(v: PyValue): string {
  return branchesOf(v).map((b) => stringOf(b.value)).find((s) => s !== undefined && !DISCARDED.has(s)) ?? 'a file';
}

/** Behind an opt-in, in a dead branch, or in a block a test expects to fail. */
const quiet = (ctx: Ctx, node: Node) => isUnderOptIn(ctx, node) || isInert(ctx, node);

const removal = (ctx: Ctx, node: Node): PyFix[] => {
  const edit = removeStatement(ctx, node);
  return edit ? [{ title: 'Remove this statement', kind: 'safe', edits: [edit] }] : [];
};

export const python: PyPart<Messages> = {
  needles: [KEYLOG_ATTRIBUTE, KEYLOG_ENV, 'sslkeylog'],
  check(ctx) {
    for (const w of ctx.attributeWrites) {
      if (w.attribute !== KEYLOG_ATTRIBUTE || w.operator !== '=' || !logsKeys(ctx, w.value) || quiet(ctx, w.node)) continue;
      const os = moduleImport(ctx, 'os');
      const fixes: PyFix[] = [...(os ? [{ title: ENV_FIX, kind: 'safe' as const, edits: [replaceNode(w.valueNode, `os.environ.get("${KEYLOG_ENV}")`), ...os] }] : []), ...removal(ctx, w.node)];
      ctx.report({ node: w.node, messageId: 'pyKeylogFile', data: { path: pathOf(w.value) }, fixes });
    }
    for (const w of envWrites(ctx, [KEYLOG_ENV])) {
      if (!logsKeys(ctx, w.value) || quiet(ctx, w.node)) continue;
      // update() may set other variables too: only a statement of its own is removed.
      const own = !(w.node.type === 'call' && ctx.nameOf(w.node.childForFieldName('function')!) === 'os.environ.update');
      reportEnv(ctx, w.node, w.value, own);
    }
    for (const call of ctx.callsTo(ENV_CHILD_CALLS)) {
      const entry = mappingEntry(ctx, call.argument('env')?.valueNode);
      // The entry may be written under its own guard (`if debug_tls: env["SSLKEYLOGFILE"] = …`).
      if (entry && logsKeys(ctx, entry.value) && !quiet(ctx, call.node) && !quiet(ctx, entry.node)) {
        ctx.report({ node: entry.node, messageId: 'pyKeylogEnv', data: { who: 'the child process', path: pathOf(entry.value) } });
      }
    }
    for (const call of ctx.callsTo([SSLKEYLOG_SET])) {
      const arg = call.argument('filename', 0);
      if (arg && logsKeys(ctx, arg.value) && !quiet(ctx, call.node)) ctx.report({ node: call.node, messageId: 'pyKeylogPackage', data: { path: pathOf(arg.value) }, fixes: removal(ctx, call.node) });
    }
  },
};

function mappingEntry(ctx: Ctx, node: Node | undefined): { node: Node; value: PyValue } | undefined {
  const v = node ? ctx.valueOf(node) : undefined;
  const e = v?.kind === 'dict' ? v.entries.get(KEYLOG_ENV) : undefined;
  return e && { node: e.node, value: e.value };
}

function reportEnv(ctx: Ctx, node: Node, value: PyValue, statement: boolean): void {
  ctx.report({ node, messageId: 'pyKeylogEnv', data: { who: 'every later ssl context', path: pathOf(value) }, fixes: statement ? removal(ctx, node) : [] });
}

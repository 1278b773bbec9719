// no-tls-key-logging: TLS session secrets or handshake traces written out (CWE-532; TLS-FACTS.md 1.7, 1.8).
import ts from 'typescript';
import type { Fix } from '../api.js';
import type { Value } from '../js/api.js';
import { LISTENER_METHODS } from '../data/node/events.js';
import { FS_MODULES, FS_WRITERS, KEY_LOG_FLAGS, KEYLOG_EVENT, LOG_FUNCTIONS, LOG_METHODS, WRITE_METHODS } from '../data/node/key-logging.js';
import { skipParens } from '../js/bitflags.js';
import { compact } from '../common/compact.js';
import { removeOptionEdit } from '../js/option-fixes.js';
import { nodeArgs } from '../js/node-args.js';
import { optionSites } from '../js/option-sites.js';
import { NODE_TLS_OPTION_NAMES } from '../data/node/tls-options.js';
import { isUnderOptIn } from '../js/opt-in.js';
import { safeSettingsFixFor } from '../js/safe-settings.js';
import { findBranch, literalString, optionCheck } from '../js/values.js';
import { conditionsSuffix } from '../common/conditions.js';
import { someNode, walk } from '../js/walk.js';
import type { JsPart, JsRuleContext } from '../js/api.js';
import { OPT_IN, type Messages } from './meta.js';
import { files } from './files.js';
import { checkPm2 } from '../js/pm2.js';
import { checkExecStrings } from '../js/exec-strings.js';


type Ctx = JsRuleContext<Messages>;

export const js: JsPart<Messages> = {
  needles: [KEYLOG_EVENT, 'enableTrace', ...KEY_LOG_FLAGS.map((f) => f.flag)],
  optionChecks: [optionCheck('enableTrace', (v) => tracing(v))],
  check(ctx) {
    // pm2's ecosystem.config.js: its apps' env and node_args, judged as in project files.
    checkPm2(ctx, files);
    // exec(`node --tls-keylog=${dir}/keys.log server.js`): the command line, judged as in project files.
    checkExecStrings(ctx, files);
    if (!ctx.holds(/keylog|enableTrace|--trace-tls/)) return;
    checkListeners(ctx);
    checkEnableTrace(ctx);
    checkFlags(ctx);
  },
};

// ---------------------------------------------------------------------------------------------
// 'keylog' listeners

function checkListeners(ctx: Ctx): void {
  for (const call of ctx.nodes.calls) {
    if (!ts.isCallExpression(call) || call.arguments.length < 2 || !ts.isPropertyAccessExpression(call.expression)) continue;
    if (!LISTENER_METHODS.has(call.expression.name.text) || literalString(ctx.valueOf(call.arguments[0])) !== KEYLOG_EVENT) continue;
    if (isUnderOptIn(ctx, call)) continue;
    const leak = leakOf(ctx, call.arguments[1]);
    if (!leak) continue;
    // A handler written in another file: where it writes the keys is shown beside the listener.
    const related = leak.at ? [{ node: leak.at, message: 'value written here' }] : undefined;
    ctx.report({ node: call, messageId: 'listener', data: { writer: leak.writer }, fixes: compact([optInFix(ctx, call)]), ...(related ? { related } : {}) });
  }
}

/** Where a 'keylog' handler sends the line, as shown in the message (`fs.appendFileSync(…)`), and the call that writes it, if it does. */
function leakOf(ctx: Ctx, handler: ts.Expression): { writer: string; at?: ts.Node } | undefined {
  let e = skipParens(handler);
  // `stream.write.bind(stream)`, `fs.appendFileSync.bind(null, file)`, `console.log`: the line is the (next) argument.
  if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'bind') e = e.expression.expression;
  if ((ts.isPropertyAccessExpression(e) || ts.isIdentifier(e)) && isWriter(ctx, e)) return { writer: `${shortText(e)}()` };
  const fn = ctx.valueOf(handler);
  return fn.kind === 'function' ? leakInFunction(ctx, fn) : undefined;
}

function leakInFunction(ctx: Ctx, fn: Value & { kind: 'function' }): { writer: string; at: ts.Node } | undefined {
  const decl = fn.node as ts.FunctionLikeDeclaration;
  const param = decl.parameters[0];
  if (!param || !ts.isIdentifier(param.name) || !decl.body) return undefined;
  // The line, and the locals made from it (`const text = line.toString()`).
  const tainted = new Set([param.name.text]);
  let leak: { writer: string; at: ts.Node } | undefined;
  walk(decl.body, (n) => {
    if (ts.isFunctionLike(n) && n !== decl && n.parameters.some((p) => ts.isIdentifier(p.name) && tainted.has(p.name.text))) return 'skip';
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer && mentions(n.initializer, tainted)) tainted.add(n.name.text);
    if (ts.isCallExpression(n) && isWriter(ctx, n.expression) && n.arguments.some((a) => mentions(a, tainted)) && !isUnderOptIn(ctx, n)) {
      leak = { writer: `${shortText(n.expression)}()`, at: n };
      return 'stop';
    }
  });
  return leak;
}

/** Whether an expression reads one of `names` (not as a property name: `x.line` is not `line`). */
function mentions(e: ts.Node, names: ReadonlySet<string>): boolean {
  if (ts.isIdentifier(e)) return names.has(e.text);
  return someNode(e, (n) => {
    if (!ts.isIdentifier(n) || !names.has(n.text)) return false;
    const p = n.parent;
    return !((ts.isPropertyAccessExpression(p) && p.name === n) || (ts.isPropertyAssignment(p) && p.name === n));
  });
}

/** fs writers, stream and socket `.write`, console and logger methods, the debug package. */
function isWriter(ctx: Ctx, callee: ts.Expression): boolean {
  const e = skipParens(callee);
  const ref = ctx.refOf(e);
  if (ref) {
    const last = ref.path[ref.path.length - 1] ?? '';
    if (FS_MODULES.has(ref.module) && FS_WRITERS.has(last)) return true;
    if (ref.module === 'fs' && ref.path[0] === 'promises' && FS_WRITERS.has(last)) return true;
    if (ref.module === 'debug') return true;
  }
  if (ts.isPropertyAccessExpression(e)) return WRITE_METHODS.has(e.name.text) || LOG_METHODS.has(e.name.text);
  return ts.isIdentifier(e) && LOG_FUNCTIONS.has(e.text);
}

/** Wraps the listener's statement in `if (process.env.TLS_KEYLOG_FILE) { … }`. */
function optInFix(ctx: Ctx, call: ts.CallExpression): Fix | undefined {
  let outer: ts.Node = call;
  while (outer.parent && ts.isParenthesizedExpression(outer.parent)) outer = outer.parent;
  const stmt = outer.parent;
  if (!stmt || !ts.isExpressionStatement(stmt)) return undefined;
  const sf = ctx.sourceFile;
  const start = stmt.getStart(sf);
  const lineStart = ctx.text.lastIndexOf('\n', start - 1) + 1;
  const indent = /^[ \t]*/.exec(ctx.text.slice(lineStart))![0];
  const text = stmt.getText(sf);
  // Lines inside a multi-line template literal are content, not indentation.
  const body = hasMultilineTemplate(stmt) ? text : text.replace(/\n(?=[ \t]*\S)/g, '\n  ');
  return {
    title: `Wrap the '${KEYLOG_EVENT}' listener in if (${OPT_IN})`,
    kind: 'suggestion',
    edits: [{ start, end: stmt.end, text: `if (${OPT_IN}) {\n${indent}  ${body}\n${indent}}` }],
  };
}

function hasMultilineTemplate(n: ts.Node): boolean {
  return someNode(n, (x) => (ts.isNoSubstitutionTemplateLiteral(x) || ts.isTemplateExpression(x)) && x.getText().includes('\n'));
}

function shortText(e: ts.Node): string {
  // The writer may be a handler imported from another file: its own text.
  const t = e.getText(e.getSourceFile()).replace(/\s+/g, '');
  return t.length > 40 ? `${t.slice(0, 39)}…` : t;
}

// ---------------------------------------------------------------------------------------------
// enableTrace

const tracing = (v: Value) => v.kind === 'literal' && !!v.value;

function checkEnableTrace(ctx: Ctx): void {
  if (!ctx.holds('enableTrace')) return;
  for (const site of optionSites(ctx, new Set(['enableTrace']))) {
    const { prop, owner } = site;
    // Outside a sink's TLS options the name must stand among other Node TLS options to mean this.
    const isTls = (site.sink && site.atTlsPath) || (owner && [...owner.props.keys()].some((k) => k !== 'enableTrace' && NODE_TLS_OPTION_NAMES.has(k)));
    if (!isTls || isUnderOptIn(ctx, prop.node)) continue;
    const bad = findBranch(prop.value, tracing);
    if (!bad) continue;
    const edit = removeOptionEdit(ctx, prop);
    ctx.report({
      node: prop.node,
      messageId: 'enableTrace',
      data: { condition: conditionsSuffix(site.condition, bad.condition) },
      // Tracing changes no handshake: removing it keeps every connection.
      fixes: compact([edit && { title: 'Remove enableTrace', kind: 'safe', edits: [edit] }, safeSettingsFixFor(ctx, prop.node)]),
    });
  }
}

// ---------------------------------------------------------------------------------------------
// --tls-keylog / --trace-tls in NODE_OPTIONS, execArgv and node's arguments

function checkFlags(ctx: Ctx): void {
  if (!KEY_LOG_FLAGS.some((f) => ctx.holds(f.flag))) return;
  const reported = new Set<string>();
  for (const arg of nodeArgs(ctx)) {
    const found = KEY_LOG_FLAGS.find((f) => arg.text === f.flag || arg.text.startsWith(`${f.flag}=`));
    if (!found || isUnderOptIn(ctx, arg.node) || (arg.literal && isUnderOptIn(ctx, arg.literal))) continue;
    const key = `${arg.range.start}:${arg.range.end}:${found.flag}`;
    if (reported.has(key)) continue;
    reported.add(key);
    const fix: Fix | undefined = arg.removal && { title: `Remove ${found.flag}`, kind: 'safe', edits: [arg.removal] };
    ctx.report({ node: arg.elsewhere, range: arg.range, messageId: found.messageId, data: { where: arg.where, condition: conditionsSuffix(arg.condition) }, fixes: compact([fix]) });
  }
}

// pyOpenSSL (OpenSSL.SSL): `Context.set_verify(VERIFY_NONE)` on a client, a client Context on
// which set_verify() is never called (Context.__init__ leaves OpenSSL's VERIFY_NONE), and verify
// callbacks that accept every certificate whatever OpenSSL found.

import type { Node, PyCall, PyFix, PyObject, PyRuleContext } from './api.js';
import { editIn, lineIndent, replaceNode, statementOf } from './edits.js';
import { madeCall } from './made.js';
import { returnedName } from './factories.js';

const VERIFY_NONE = 'OpenSSL.SSL.VERIFY_NONE';
export const SERVER_METHODS = ['set_accept_state', 'accept', 'listen', 'bind'];
export const CONTEXT = 'OpenSSL.SSL.Context';
export const CONNECTION = 'OpenSSL.SSL.Connection';
/** What a Connection does as a client: pyOpenSSL's set_connect_state(), or socket connect() through it. */
export const CLIENT_METHODS = ['set_connect_state', 'connect', 'connect_ex'];
const TRUST_METHODS = ['load_verify_locations', 'set_default_verify_paths'];

/** Reports on the no-unverified-certificate rule's messages pyVerifyNone and pyAcceptAll. */
export function checkPyOpenSsl(ctx: PyRuleContext<'pyVerifyNone' | 'pyAcceptAll' | string>): void {
  for (const call of ctx.calls) {
    if (call.method !== 'set_verify' || call.positional.length === 0) continue;
    const onContext = call.name === 'OpenSSL.SSL.Context.set_verify';
    const mode = ctx.nameOf(call.positional[0]);
    if (!onContext && !mode?.startsWith('OpenSSL.SSL.')) continue;
    if (isServer(ctx, call)) continue;
    if (mode === VERIFY_NONE) {
      const node = call.positional[0];
      const attr = node.type === 'attribute' ? node.childForFieldName('attribute') : null;
      ctx.report({ node: call.node, messageId: 'pyVerifyNone', fixes: attr ? [{ title: 'Use VERIFY_PEER (verify certificates)', kind: 'suggestion', edits: [replaceNode(attr, 'VERIFY_PEER')] }] : [] });
      continue;
    }
    const callback = call.argument('callback', 1);
    // At the set_verify() argument (two outside keys of three put it there); a callback defined apart
    // has its `return True` as the related place (the third key's).
    const returns = callback && acceptingReturns(ctx, callback.valueNode);
    if (returns) ctx.report({ node: callback.node, messageId: 'pyAcceptAll', related: returns.map((r) => ({ node: r, message: 'accepts every certificate' })) });
  }
  // Such a context acts as a client only through an SSL.Connection: a file that makes none has none
  // (and the objects' values, which neverVerifies resolves, stay unresolved).
  if (ctx.callsTo([CONNECTION]).length === 0) return;
  for (const o of ctx.objects) {
    if (!neverVerifies(ctx, o)) continue;
    const made = madeCall(ctx, o);
    ctx.report({ node: made?.node ?? o.madeBy!, messageId: 'pyNoSetVerify', fixes: made ? setVerifyFix(ctx, o, made) : [] });
  }
}

/**
 * A Context the file makes, never calls set_verify() on, hands to nothing but SSL.Connection, and
 * whose connections act as clients (set_connect_state()/connect()) without set_verify() of their own.
 */
function neverVerifies(ctx: PyRuleContext, o: PyObject): boolean {
  // A declared Context (a parameter, a function's result) was made elsewhere, set_verify() maybe with it.
  if (!o.madeBy || o.value.kind !== 'instance' || o.value.type !== CONTEXT || o.value.declared) return false;
  if (o.calls.some((c) => c.method === 'set_verify')) return false;
  let client = false;
  for (const call of ctx.calls) {
    if (!passes(ctx, call, o)) continue;
    if (call.name !== CONNECTION) return false;
    const conn = ctx.objectMadeBy(call.node);
    if (!conn || conn.calls.some((c) => c.method === 'set_verify' || (!!c.method && SERVER_METHODS.includes(c.method)))) return false;
    if (conn.calls.some((c) => !!c.method && CLIENT_METHODS.includes(c.method))) client = true;
  }
  return client;
}

/** Whether `o` is one of the call's arguments (the file may pass it on to code that sets verification). */
export function passes(ctx: PyRuleContext, call: PyCall, o: PyObject): boolean {
  if (call.args.type !== 'argument_list') return false;
  return call.args.namedChildren.some((a) => {
    const expr = a?.type === 'keyword_argument' ? a.childForFieldName('value') : a?.type === 'list_splat' || a?.type === 'dictionary_splat' ? a.namedChildren[0] : a;
    return !!expr && (expr.type === 'identifier' || expr.type === 'attribute') && expr.text === o.name && ctx.objectOf(expr) === o;
  });
}

/** `ctx.set_verify(SSL.VERIFY_PEER, …)` (and the system CAs when none are loaded) after the statement that makes the context. */
function setVerifyFix(ctx: PyRuleContext, o: PyObject, made: PyCall): PyFix[] {
  const module = made.callee.type === 'attribute' ? made.callee.childForFieldName('object') : null;
  if (!module || ctx.nameOf(module) !== 'OpenSSL.SSL') return [];
  const stmt = statementOf(made.node);
  const indent = lineIndent(ctx.text, stmt)?.indent;
  if (indent === undefined) return [];
  // The callback keeps OpenSSL's verdict; pyOpenSSL before 21 requires one.
  let text = `\n${indent}${o.name}.set_verify(${module.text}.VERIFY_PEER, lambda conn, cert, errno, depth, ok: ok)`;
  if (!o.calls.some((c) => !!c.method && TRUST_METHODS.includes(c.method))) text += `\n${indent}${o.name}.set_default_verify_paths()`;
  return [{ title: 'Call set_verify(VERIFY_PEER) (verify certificates)', kind: 'suggestion', edits: [editIn(stmt, stmt.endIndex, stmt.endIndex, text)] }];
}

/** A callback whose every return is a true constant (`lambda *a: True`, `def cb(...): return True`). */
export function acceptsAll(ctx: PyRuleContext, node: Node): boolean {
  return !!acceptingReturns(ctx, node);
}

/** Such a callback's return statements (none for a lambda), or undefined when it may refuse. */
function acceptingReturns(ctx: PyRuleContext, node: Node): Node[] | undefined {
  const v = ctx.valueOf(node);
  if (v.kind !== 'function') return undefined;
  const fn = v.node;
  if (fn.type === 'lambda') return isTrue(fn.childForFieldName('body')) ? [] : undefined;
  const body = fn.childForFieldName('body');
  if (!body) return undefined;
  const returns = body.descendantsOfType('return_statement').filter((r): r is Node => !!r);
  return returns.length > 0 && returns.every((r) => isTrue(r.namedChild(0))) ? returns : undefined;
}

function isTrue(node: Node | null): boolean {
  return !!node && (node.type === 'true' || (node.type === 'integer' && node.text !== '0'));
}

/**
 * A context whose connections accept: set_accept_state(), accept(), or a listening socket; else one
 * holding a private key and no CAs, unless a connection of it connects (a client presenting its own
 * certificate holds a key too).
 */
function isServer(ctx: PyRuleContext, call: PyCall): boolean {
  const context = call.receiver && ctx.objectOf(call.receiver);
  if (!context) return false;
  const acts = (conn: PyObject | undefined, methods: readonly string[]) => !!conn && conn.calls.some((c) => !!c.method && methods.includes(c.method));
  if (context.uses.some((u) => acts(ctx.objectMadeBy(u.call.node), SERVER_METHODS))) return true;
  if (connectionsOf(ctx, context).some((c) => acts(ctx.objectMadeBy(c.node), CLIENT_METHODS))) return false;
  return context.calls.some((c) => c.method === 'use_privatekey_file' || c.method === 'use_privatekey') && !context.calls.some((c) => c.method === 'load_verify_locations' || c.method === 'set_default_verify_paths');
}

/**
 * The SSL.Connection calls a context reaches: those it is passed to, and those given what the
 * file's function that makes it returns (`SSL.Connection(hsm_context(), sock)`).
 */
function connectionsOf(ctx: PyRuleContext, context: PyObject): PyCall[] {
  const out = context.uses.filter((u) => u.call.name === CONNECTION).map((u) => u.call);
  for (const c of ctx.callsTo([CONNECTION])) {
    const first = c.argument('context', 0)?.valueNode;
    const returned = first && returnedName(ctx, first);
    if (returned && ctx.objectOf(returned) === context) out.push(c);
  }
  return out;
}

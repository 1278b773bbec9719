// The Mailpile bug (PYTHON-TLS-FACTS.md C12): code that turns verification off and then checks the
// certificate itself with getpeercert(). On a socket whose handshake did not verify, getpeercert()
// returns {} (its docstring; binary_form=True still gives the DER bytes), so the check sees nothing.
// Only the plain case is reported: a socket the file wraps with an unverified context
// (unconditionally) or ssl.wrap_socket() without cert_reqs, and a result the code tests.
import { CERT_NONE } from '../data/python/contexts.js';
import type { Node, PyCall, PyObject, PyRuleContext } from './api.js';
import { contextsMade, contextState, factoryDefaults } from './contexts.js';
import { isConst } from './values.js';
import { below } from './versions.js';

const SOCKET = 'ssl.SSLSocket';

/** getpeercert() calls (not binary_form=True) on unverified sockets whose result the code tests. */
export function uncheckedPeerCerts(ctx: PyRuleContext): PyCall[] {
  return ctx.calls.filter((call) => {
    if (call.method !== 'getpeercert' || !call.receiver) return false;
    const binary = call.argument('binary_form', 0);
    if (binary && !isConst(binary.value, ['False'])) return false;
    return unverifiedSocket(ctx, call.receiver) && isTested(call.node);
  });
}

function unverifiedSocket(ctx: PyRuleContext, receiver: Node): boolean {
  const v = ctx.valueOf(receiver);
  // A socket from `ctx.wrap_socket(…)` on a context a function of the file returns has no known type.
  const socketCall = v.kind === 'instance' && v.type === SOCKET ? v.call : v.kind === 'unknown' && v.node?.type === 'call' ? v.node : undefined;
  const wrap = socketCall && ctx.calls.find((c) => c.node.id === socketCall.id);
  if (!wrap || (v.kind === 'unknown' && wrap.method !== 'wrap_socket')) return false;
  if (wrap.name === 'ssl.wrap_socket') {
    // Gone from 3.12 on: a project that needs 3.12 cannot be running this.
    if (ctx.python.min && !below(ctx.python.min, [3, 12])) return false;
    const server = wrap.argument('server_side', 3);
    if (server && !isConst(server.value, ['False'])) return false;
    const reqs = wrap.argument('cert_reqs', 4);
    if (!reqs) return !wrap.openKeywords && !wrap.starArgs;
    return isConst(reqs.value, CERT_NONE);
  }
  if (wrap.method !== 'wrap_socket' || !wrap.receiver) return false;
  const server = wrap.argument('server_side', 1);
  if (server && !isConst(server.value, ['False'])) return false;
  // `ssl._create_unverified_context().wrap_socket(sock)`.
  const inline = wrap.receiver.type === 'call' ? ctx.calls.find((c) => c.node.id === wrap.receiver!.id) : undefined;
  if (inline) return factoryDefaults(ctx, inline)?.verifies === false;
  const object = madeObject(ctx, wrap.receiver) ?? factoryObject(ctx, wrap.receiver);
  const made = object && contextsMade(ctx).find((m) => m.object === object);
  if (!object || !made) return factoryMade(ctx, wrap.receiver)?.defaults.verifies === false;
  const state = contextState(object, made.defaults);
  // An unverified branch under a condition: the check works on the other one.
  return !state.verifies && object.value.kind !== 'either' && (!state.certNone || (state.certNone.condition === undefined && !isConditional(state.certNone.write.node)));
}

function madeObject(ctx: PyRuleContext, receiver: Node): PyObject | undefined {
  const object = ctx.objectOf(receiver);
  return object && contextsMade(ctx).some((m) => m.object === object) ? object : undefined;
}

/**
 * `ctx = scanner_context()` with `def scanner_context(): ctx = …; ctx.verify_mode = CERT_NONE;
 * return ctx` in the file: the context the function makes, when its only return hands it back.
 */
function factoryObject(ctx: PyRuleContext, receiver: Node): PyObject | undefined {
  const value = returnedName(ctx, receiver);
  return value ? madeObject(ctx, value) : undefined;
}

/**
 * `def reader_context(): ctx = ssl._create_unverified_context(); return ctx`: a context the
 * function makes and never changes (the object model holds no object for it), as made.
 */
function factoryMade(ctx: PyRuleContext, receiver: Node): ReturnType<typeof contextsMade>[number] | undefined {
  const value = returnedName(ctx, receiver);
  const v = value && ctx.valueOf(value);
  const call = v && (v.kind === 'instance' ? v.call : v.kind === 'unknown' && v.node?.type === 'call' ? v.node : undefined);
  const made = call && contextsMade(ctx).find((m) => m.call.node.id === call.id);
  return made && !made.object ? made : undefined;
}

/** The name a function of the file returns, for `x = fn()` read at `receiver`, when its only return is a name. */
function returnedName(ctx: PyRuleContext, receiver: Node): Node | undefined {
  // The caller may harden what it got (`ctx.verify_mode = ssl.CERT_REQUIRED`): then it is not plain.
  if ((ctx.objectOf(receiver)?.writes.length ?? 0) > 0) return undefined;
  const v = ctx.valueOf(receiver);
  // A function with a return annotation gives a declared instance; its node is still the call.
  const call = (v.kind === 'unknown' || (v.kind === 'instance' && v.declared)) && v.node?.type === 'call' ? v.node : undefined;
  const callee = call?.childForFieldName('function');
  const fn = callee?.type === 'identifier' ? ctx.valueOf(callee) : undefined;
  if (fn?.kind !== 'function' || fn.node.type !== 'function_definition') return undefined;
  const returns = fn.node.descendantsOfType('return_statement').filter((r): r is Node => !!r && enclosingScope(r).id === fn.node.id);
  const value = returns.length === 1 ? returns[0].namedChild(0) : null;
  return value?.type === 'identifier' ? value : undefined;
}

/** A statement under an if, loop, try or match in its function: it may not have run. */
function isConditional(node: Node): boolean {
  for (let p = node.parent; p && p.type !== 'function_definition' && p.type !== 'module'; p = p.parent) {
    if (['if_statement', 'elif_clause', 'else_clause', 'for_statement', 'while_statement', 'try_statement', 'match_statement'].includes(p.type)) return true;
  }
  return false;
}

/** The result is tested: in a condition, compared, indexed, `.get()`, handed to a function, or bound to a name used so. */
function isTested(call: Node): boolean {
  if (testedAt(call)) return true;
  const assignment = outer(call).parent;
  const left = assignment?.type === 'assignment' && assignment.childForFieldName('right')?.id === outer(call).id ? assignment.childForFieldName('left') : null;
  if (left?.type !== 'identifier') return false;
  const scope = enclosingScope(assignment!);
  return scope.descendantsOfType('identifier').some((id) => !!id && id.text === left.text && id.startIndex > assignment!.endIndex && enclosingScope(id).id === scope.id && testedAt(id));
}

function outer(node: Node): Node {
  let n = node;
  while (n.parent?.type === 'parenthesized_expression') n = n.parent;
  return n;
}

function testedAt(node: Node): boolean {
  const n = outer(node);
  const p = n.parent;
  if (!p) return false;
  switch (p.type) {
    case 'not_operator':
    case 'boolean_operator':
    case 'comparison_operator':
    case 'argument_list':
      return true;
    case 'subscript':
      return p.childForFieldName('value')?.id === n.id;
    case 'attribute':
      return p.childForFieldName('object')?.id === n.id && p.childForFieldName('attribute')?.text === 'get';
    case 'if_statement':
    case 'elif_clause':
    case 'while_statement':
      return p.childForFieldName('condition')?.id === n.id;
    case 'assert_statement':
      return true;
    default:
      return false;
  }
}

function enclosingScope(node: Node): Node {
  let p = node.parent;
  while (p && p.type !== 'function_definition' && p.type !== 'module') p = p.parent;
  return p ?? node;
}

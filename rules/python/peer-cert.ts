// The Mailpile bug (PYTHON-TLS-FACTS.md C12): code that turns verification off and then checks the
// certificate itself with getpeercert(). On a socket whose handshake did not verify, getpeercert()
// returns {} (its docstring; binary_form=True still gives the DER bytes), so the check sees nothing.
// Only the plain case is reported: a socket the file wraps with an unverified context
// (unconditionally) or ssl.wrap_socket() without cert_reqs, and a result the code tests.
import { CERT_NONE } from '../data/python/contexts.js';
import type { Node, PyCall, PyRuleContext } from './api.js';
import { contextsMade, contextState, factoryDefaults } from './contexts.js';
import { factoryMade, factoryObject, madeObject } from './factories.js';
import { enclosingScope } from './returns.js';
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

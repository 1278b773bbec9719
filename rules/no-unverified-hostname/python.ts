// no-unverified-hostname, Python: `check_hostname = False` on a client context that still
// verifies the chain, contexts that never check the name (SSLContext(PROTOCOL_TLS) or a hardened
// _create_unverified_context() given CERT_REQUIRED only), ssl.wrap_socket(cert_reqs=CERT_REQUIRED)
// without ssl.match_hostname, asyncio's empty server_hostname, library options
// (urllib3 assert_hostname, pymongo, redis-py, kafka-python, websocket-client, paho-mqtt), libpq
// sslmode=verify-ca, pycurl SSL_VERIFYHOST 0, a replaced ssl.match_hostname, and pyOpenSSL clients
// that never check the name.

import { compact } from '../common/compact.js';
import { CERT_VERIFIED } from '../data/python/contexts.js';
import type { Node, PyCall, PyFix, PyPart, PyRuleContext } from '../python/api.js';
import { contextsMade, contextState, isClientContext, isServerContext } from '../python/contexts.js';
import { editIn, lineIndent, replaceNode, statementOf } from '../python/edits.js';
import { quoted, removeFix, sslmodeFix, uriParamFix } from '../python/fixes.js';
import { filledSslmodeFix, paramRelated } from '../python/param-fills.js';
import { clientsWithoutNameCheck } from '../python/pyopenssl-hostname.js';
import { hitElsewhere, keywordHits, optionPairHits, paramHits, PYOPENSSL_MODULE, tableNeedles } from '../python/sinks.js';
import { conditionText, findBranch, isConst, optionText } from '../python/values.js';
import type { Messages } from './meta.js';
import { usedBy } from '../python/written.js';

const ID = 'no-unverified-hostname';
type Ctx = PyRuleContext<Messages>;

export const python: PyPart<Messages> = {
  ...tableNeedles(ID, ['check_hostname', 'wrap_socket', 'SSLContext', '_create_unverified_context', 'match_hostname', 'OpenSSL']),
  moduleNeedles: PYOPENSSL_MODULE,
  check(ctx) {
    // With the chain unverified the name check is moot: that is no-unverified-certificate's finding.
    // A value a caller of the file's function passes (`make_cache(ssl_cert_reqs="none")`) turns it off for that caller only.
    const certOff = new Set(keywordHits(ctx, 'no-unverified-certificate').filter((h) => !h.subclass && !h.returned).map(callerKey));
    // The same curl handle: the same object, not the same name (`c` in another function is another handle).
    const handle = (call: PyCall) => (call.receiver ? ctx.objectOf(call.receiver) ?? call.receiver.text : undefined);
    const peerOff = new Set(optionPairHits(ctx, 'no-unverified-certificate').map((h) => handle(h.call)));
    for (const hit of keywordHits(ctx, ID)) {
      if (certOff.has(callerKey(hit)) || certOff.has(callerKey({ call: hit.call })) || (!hit.via && [...certOff].some((k) => k.startsWith(`${hit.call.node.id}:`)))) continue;
      const keyword = hit.sink.key ?? hit.sink.keyword;
      // `client.tls_insecure_set(True)`: the call says what the flag is, and removing it is the fix. Reported
      // there unless the value is a constant written elsewhere (`settings.mqtt_tls_insecure`): then where it is written.
      const whole = !hit.returned && hit.argument.via === 'position' && hit.call.positional.length === 1 && !hit.sink.key;
      const single = whole && !hit.at;
      const text = whole ? quoted(hit.call.node, optionText(keyword, hit.value)) : optionText(keyword, hit.value);
      const removed = whole ? hit.call.node : hit.node;
      ctx.report({
        node: single ? hit.call.node : hit.at ?? hit.node,
        usedAt: single ? undefined : hit.at && hit.node,
        related: single ? [] : hit.at ? usedBy(hit.node) : hitElsewhere(hit) ? usedBy(hit.call.node) : [],
        messageId: 'pyOption',
        data: { option: text, owner: hit.owner, condition: conditionText(hit.condition) },
        fixes: hit.subclass || hit.returned ? [] : compact([removeFix(ctx, removed, `Remove ${quoted(removed, text)} (verify the host name)`)]),
      });
    }
    checkContexts(ctx);
    checkWrapSocket(ctx);
    for (const hit of optionPairHits(ctx, ID)) {
      if (peerOff.has(handle(hit.call))) continue;
      ctx.report({ node: hit.call.node, messageId: 'pyOption', data: { option: quoted(hit.call.node, hit.sink.option), owner: hit.owner, condition: conditionText(hit.condition) }, fixes: compact([removeFix(ctx, hit.call.node, 'Remove this call (verify the host name)')]) });
    }
    for (const hit of paramHits(ctx, ID, ctx.strings)) {
      ctx.report({ node: hit.node, messageId: 'pyParam', severity: hit.sink.severity, usedAt: hit.usedAt, data: { param: `${hit.param}=${hit.value}`, why: hit.sink.why, owner: hit.owner, condition: conditionText(hit.condition) }, fixes: compact(hit.usedAt ? [filledSslmodeFix(hit)] : [sslmodeFix(hit.node, hit.param, hit.value), uriParamFix(hit.node, hit.param, hit.value)]), related: paramRelated(hit) });
    }
    for (const c of clientsWithoutNameCheck(ctx)) {
      const related = c.connections.map((call) => ({ node: call.node, message: 'connects with no name check' }));
      ctx.report({ node: c.setVerify.node, usedAt: c.connections[0].node, related, messageId: 'pyOpenSslNoHostname' });
    }
    for (const w of ctx.attributeWrites) {
      if (w.attribute === 'match_hostname' && w.operator === '=' && ctx.nameOf(w.target) === 'ssl.match_hostname') ctx.report({ node: w.node, messageId: 'pyMatchHostname', fixes: compact([removeFix(ctx, w.node, 'Remove this replacement (verify host names)')]) });
    }
  },
};

/** The sink call, and the caller's call whose argument (`via`) brought the value there, if one did. */
function callerKey(hit: { call: PyCall; via?: Node }): string {
  let caller = hit.via?.parent;
  while (caller && caller.type !== 'call') caller = caller.parent;
  return hit.via ? `${hit.call.node.id}:${caller?.id ?? 'none'}` : `${hit.call.node.id}`;
}

function callsMatchHostname(ctx: Ctx): boolean {
  return ctx.callsTo(['ssl.match_hostname']).length > 0;
}

/**
 * Whether a match_hostname() call may check the socket a wrap_socket() call makes: one in the same
 * function, or in a function of the file that calls it (`chan = open_channel(h)` then
 * `ssl.match_hostname(chan.getpeercert(), h)`). One in another function checks another socket.
 */
function checksSocketOf(ctx: Ctx, wrap: Node, checks: readonly PyCall[]): boolean {
  const fn = functionOf(wrap);
  if (checks.some((c) => functionOf(c.node).id === fn.id)) return true;
  const name = fn.type === 'function_definition' ? fn.childForFieldName('name')?.text : undefined;
  if (!name) return false;
  const callers = new Set(ctx.calls.filter((c) => (c.method ?? c.callee.text) === name).map((c) => functionOf(c.node).id));
  return checks.some((c) => callers.has(functionOf(c.node).id));
}

/** The function around a node (the module when there is none). */
function functionOf(n: Node): Node {
  let p = n.parent;
  while (p && p.type !== 'function_definition' && p.type !== 'module') p = p.parent;
  return p ?? n;
}

/** `check_hostname = False` with `ssl.match_hostname(cert, host)` in the same function: the name is checked by hand. */
function matchedByHand(ctx: Ctx, write: Node): boolean {
  const fn = functionOf(write).id;
  return ctx.callsTo(['ssl.match_hostname']).some((c) => functionOf(c.node).id === fn);
}

function checkContexts(ctx: Ctx): void {
  const made = contextsMade(ctx);
  const seen = new Set(made.map((m) => m.object));
  for (const { call, object, defaults } of made) {
    if (isServerContext(ctx, call, object)) continue;
    const state = contextState(object, defaults);
    // An unverified chain is no-unverified-certificate's finding; the name check is moot then.
    if (!state.verifies) continue;
    if (state.noHostname) {
      if (!matchedByHand(ctx, state.noHostname.write.node)) reportCheckHostname(ctx, state.noHostname.write.node, state.noHostname.write.valueNode, state.noHostname.condition);
      continue;
    }
    // urllib3 matches host names itself; the ssl module's own defaults are what matter here.
    if (state.checksHostname || call.name?.startsWith('urllib3.') || !isClientContext(object) || callsMatchHostname(ctx)) continue;
    const fixes: PyFix[] = [];
    const anchor = state.verifiedBy;
    if (anchor && object) {
      const stmt = statementOf(anchor.node);
      const indent = lineIndent(ctx.text, stmt)?.indent;
      if (indent !== undefined) fixes.push({ title: `Set ${object.name}.check_hostname = True (verify the host name)`, kind: 'suggestion', edits: [editIn(stmt, stmt.endIndex, stmt.endIndex, `\n${indent}${object.name}.check_hostname = True`)] });
    }
    // What turns verification on without the name (`verify_mode = CERT_REQUIRED`) is the other place a key may name.
    const related = anchor ? [{ node: anchor.node, message: 'verifies the chain, not the name' }] : [];
    ctx.report({ node: call.node, messageId: 'pyContextNoHostname', data: { call: quoted(call.node, `${call.name}()`) }, fixes, related });
  }
  for (const o of ctx.objects) {
    if (seen.has(o) || !o.writes.some((w) => w.attribute === 'check_hostname')) continue;
    const state = contextState(o, { verifies: true, checksHostname: true });
    if (state.verifies && state.noHostname && !isServerContext(ctx, undefined, o) && !matchedByHand(ctx, state.noHostname.write.node)) reportCheckHostname(ctx, state.noHostname.write.node, state.noHostname.write.valueNode, state.noHostname.condition);
  }
}

function reportCheckHostname(ctx: Ctx, node: Node, valueNode: Node, condition: string | undefined): void {
  const fixes: PyFix[] = [];
  if (valueNode.type === 'false') fixes.push({ title: 'Set check_hostname = True (verify the host name)', kind: 'suggestion', edits: [replaceNode(valueNode, 'True')] });
  ctx.report({ node, messageId: 'pyCheckHostname', data: { condition: conditionText(condition) }, fixes });
}

/** `ssl.wrap_socket(..., cert_reqs=CERT_REQUIRED)` checks the chain, never the name (Python ≤ 3.11). */
function checkWrapSocket(ctx: Ctx): void {
  const min = ctx.python.min;
  if ((min && (min[0] > 3 || (min[0] === 3 && min[1] >= 12)))) return;
  const checks = ctx.callsTo(['ssl.match_hostname']);
  for (const call of ctx.callsTo(['ssl.wrap_socket'])) {
    if (checksSocketOf(ctx, call.node, checks)) continue;
    const serverSide = call.argument('server_side', 3);
    if (serverSide && isConst(serverSide.value, ['True'])) continue;
    const reqs = call.argument('cert_reqs', 4);
    if (!reqs || !findBranch(reqs.value, (v) => isConst(v, CERT_VERIFIED))) continue;
    ctx.report({ node: call.callee, messageId: 'pyWrapSocket' });
  }
}

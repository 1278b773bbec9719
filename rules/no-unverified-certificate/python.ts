// no-unverified-certificate, Python: verification turned off by a library option (requests,
// httpx, aiohttp, urllib3, database and queue clients), by an ssl context (CERT_NONE, the
// unverified factories, SSLContext() used as a client, ssl.wrap_socket), by the mail and FTP
// clients given no context, and by pyOpenSSL's VERIFY_NONE.

import { compact } from '../common/compact.js';
import { CERT_NONE, CONTEXT_FACTORIES } from '../data/python/contexts.js';
import { PY_LIBRARIES } from '../data/python/index.js';
import type { Node, PyCall, PyFix, PyPart, PyRuleContext } from '../python/api.js';
import { contextsMade, contextState, isClientContext, isServerContext, madeInClientCall } from '../python/contexts.js';
import { addKeyword, fillEmptyArguments, moduleImport, removeStatement, replaceNode } from '../python/edits.js';
import { caPathFix, quoted, removeFix, sslmodeFix, uriParamFix, sslNameEdits } from '../python/fixes.js';
import { filledSslmodeFix, paramRelated } from '../python/param-fills.js';
import { overriddenByCaller, overriddenLater } from '../python/overrides.js';
import { hitElsewhere, keywordHits, missingHits, optionPairHits, paramHits, PYOPENSSL_MODULE, settingHits, tableNeedles } from '../python/sinks.js';
import { checkPyOpenSsl } from '../python/pyopenssl.js';
import { localRequestHost } from '../python/request-targets.js';
import { subclassBranches } from '../python/classes.js';
import { uncheckedPeerCerts } from '../python/peer-cert.js';
import { makesOwnContext, trustRootFix, twistedClientOptions } from '../python/twisted.js';
import { conditionText, findBranch, findBranches, isConst, optionText } from '../python/values.js';
import { below } from '../python/versions.js';
import type { Messages } from './meta.js';
import { usedBy } from '../python/written.js';
import { isLookupDefault } from '../python/lookups.js';

const ID = 'no-unverified-certificate';
type Ctx = PyRuleContext<Messages>;

/**
 * The class attributes a base class's request reads as its `verify` (`verify_ssl = False` in a
 * spider or hook subclass of another module, `default_verify = False` a hook's lookup default): a
 * file setting one is read for its bases' modules (lang/python/outside-classes.ts), though it names
 * no TLS API itself. The names as written: any name ending in `_verify` would let through longer
 * names the pre-filter keeps out (`self_verify = 1`, test/engine/prefilter-soundness.test.ts).
 */
const VERIFY_ATTRIBUTES = ['verify_ssl', 'verify_tls', 'ssl_verify', 'tls_verify', 'verify_certs', 'default_verify', 'VERIFY_SSL', 'VERIFY_TLS', 'SSL_VERIFY', 'DEFAULT_VERIFY'];

export const python: PyPart<Messages> = {
  ...tableNeedles(ID, ['verify_mode', 'SSLContext', 'wrap_socket', 'set_verify', 'CertificateOptions', 'OpenSSL', 'getpeercert', ...VERIFY_ATTRIBUTES]),
  moduleNeedles: PYOPENSSL_MODULE,
  check(ctx) {
    for (const hit of keywordHits(ctx, ID)) {
      const keyword = hit.sink.key ?? hit.sink.keyword;
      // A value a caller passes is reported at the caller's argument, naming the call it reaches.
      const text = hit.via ? quoted(hit.via, optionText(keyword, hit.value)) : optionText(keyword, hit.value);
      const through = hit.via ? `passed on to ${hit.call.callee.text}()` : undefined;
      // A request to this machine: a local server's certificate, one level lower.
      const local = hit.at ? undefined : localRequestHost(hit.call);
      if (local) {
        ctx.report({ node: hit.node, messageId: 'optionLocal', severity: 'warning', data: { option: text, where: ` in ${hit.owner}`, host: local, condition: conditionText(hit.condition) }, fixes: compact([removeFix(ctx, hit.node, `Remove ${quoted(hit.node, text)} (verify certificates)`)]) });
        continue;
      }
      ctx.report({
        node: hit.at ?? hit.node,
        usedAt: hit.at && hit.node,
        related: hit.at ? usedBy(hit.node) : hitElsewhere(hit) ? usedBy(hit.call.node) : [],
        messageId: 'pyOption',
        data: { option: text, condition: conditionText(hit.condition, through), owner: hit.owner },
        // A subclass's attribute: a fix at the base class's argument would change every class; a
        // function's return: the call may return a CA path too.
        fixes: hit.subclass || hit.returned ? [] : compact([removeFix(ctx, hit.node, `Remove ${quoted(hit.node, text)} (verify certificates)`), keyword === 'verify' ? caPathFix(hit.argument, hit.argument.valueNode, keyword) : undefined]),
      });
    }
    checkAttributes(ctx);
    checkMissingContext(ctx);
    checkContexts(ctx);
    checkWrapSocket(ctx);
    checkPyOpenSsl(ctx);
    for (const hit of optionPairHits(ctx, ID)) {
      ctx.report({ node: hit.call.node, messageId: 'pyOption', data: { option: quoted(hit.call.node, `${hit.sink.option}`), condition: conditionText(hit.condition), owner: hit.owner }, fixes: compact([removeFix(ctx, hit.call.node, 'Remove this call (verify certificates)')]) });
    }
    for (const hit of settingHits(ctx, ID)) {
      ctx.report({ node: hit.node, messageId: 'pyOption', data: { option: hit.sink.key ? optionText(hit.sink.key, hit.value) : hit.sink.names[0], condition: conditionText(hit.condition), owner: hit.owner }, fixes: compact([hit.node.type === 'pair' ? removeFix(ctx, hit.node, `Remove ${quoted(hit.node, hit.sink.key ?? '')} (verify certificates)`) : undefined]) });
    }
    for (const { call, messageId } of tableCalls(ctx)) if (!makesOwnContext(ctx, call)) ctx.report({ node: call.node, messageId });
    for (const call of uncheckedPeerCerts(ctx)) ctx.report({ node: call.node, messageId: 'pyPeerCertUnverified' });
    for (const hit of twistedClientOptions(ctx)) {
      const what = hit.verify ? quoted(hit.verify.node, 'verify=False') : 'CertificateOptions() without trustRoot=';
      ctx.report({ node: hit.verify?.node ?? hit.options.node, messageId: 'pyTwistedOptions', data: { what }, fixes: compact([trustRootFix(ctx, hit)]) });
    }
    for (const hit of paramHits(ctx, ID, ctx.strings)) {
      ctx.report({ node: hit.node, messageId: 'pyParam', severity: hit.sink.severity, usedAt: hit.usedAt, data: { param: `${hit.param}=${hit.value}`, why: hit.sink.why, owner: hit.owner, condition: conditionText(hit.condition) }, fixes: compact(hit.usedAt ? [filledSslmodeFix(hit)] : [sslmodeFix(hit.node, hit.param, hit.value), uriParamFix(hit.node, hit.param, hit.value)]), related: paramRelated(hit) });
    }
  },
};

/**
 * `session.verify = False` on a requests Session, unless a later write turns it back on before the
 * session is used (a write in the `else:` of the `if:` is not later).
 */
function checkAttributes(ctx: Ctx): void {
  for (const table of PY_LIBRARIES) {
    for (const sink of table.attributes ?? []) {
      if (sink.rule !== ID) continue;
      const insecure = (v: import('../python/api.js').PyValue) => findBranch(v, (x) => isConst(x, sink.insecure));
      for (const o of ctx.objects) {
        if (!o.writes.some((w) => w.attribute === sink.attribute)) continue;
        // `session: Optional[requests.Session] = None`: the attribute is written on the session.
        if (sink.types.length > 0 && !findBranch(o.value, (v) => v.kind === 'instance' && sink.types.includes(v.type))) continue;
        for (const w of o.writes) {
          if (w.attribute !== sink.attribute || w.operator !== '=' || overriddenLater(w, (v) => !insecure(v))) continue;
          const text = quoted(w.node, `${o.name}.${sink.attribute} = …`);
          // `s.verify = self.verify_ssl` in a base class's method: at each subclass that sets it off, no fix.
          for (const b of subclassBranches(ctx, w.valueNode, (v) => isConst(v, sink.insecure))) {
            ctx.report({ node: b.at, usedAt: w.node, messageId: 'pyOption', data: { option: text, condition: conditionText(b.condition), owner: table.owner } });
          }
          // `self.session.verify = verify` with a parameter calls pass False for (or defaulting to False):
          // at each such argument or default, as a keyword the parameter reaches is, the write related;
          // not a subclass's `super().__init__(verify_tls=False)` that its method follows with `self.verify = CA`.
          const passed = findBranches(w.value, (x) => isConst(x, sink.insecure)).filter((x) => x.via);
          for (const p of passed) {
            if (!overriddenByCaller(p.via!, w.target.text)) ctx.report({ node: p.via!, usedAt: w.node, related: usedBy(w.node), messageId: 'pyOption', data: { option: text, condition: conditionText(p.condition), owner: table.owner } });
          }
          const bad = passed.length > 0 ? undefined : insecure(w.value);
          if (!bad) continue;
          // `s.verify = settings.verify_tls` with `verify_tls: bool = False` in another module (a dataclass
          // default, a settings constant): where that module writes it, the write here related.
          const lit = bad.value.node;
          if (lit && lit.tree !== w.node.tree && WRITTEN_CONSTANTS.has(lit.type)) {
            ctx.report({ node: lit, usedAt: w.node, related: usedBy(w.node), messageId: 'pyOption', data: { option: text, condition: conditionText(bad.condition), owner: table.owner } });
            continue;
          }
          ctx.report({
            node: w.node,
            messageId: 'pyOption',
            data: { option: text, condition: conditionText(bad.condition), owner: table.owner },
            // A lookup's default: the mapping may hold a CA path or True instead.
            fixes: isLookupDefault(bad.value.node) ? [] : compact([removeFix(ctx, w.node, `Remove ${text} (verify certificates)`), caPathFix(undefined, w.valueNode, sink.attribute)]),
          });
        }
      }
    }
  }
}

/** Literals another module writes a setting with (`False`, `0`, `'CERT_NONE'`). */
const WRITTEN_CONSTANTS = new Set(['false', 'true', 'none', 'integer', 'string']);

/** smtplib, imaplib, poplib, ftplib, nntplib: no context means `ssl._create_stdlib_context()`, unverified. */
function checkMissingContext(ctx: Ctx): void {
  for (const hit of missingHits(ctx, ID)) {
    const { sink, call } = hit;
    const min = ctx.python.min;
    // A module the project's oldest Python no longer has is not what runs (the deprecated-API rule says so).
    if (min && sink.removed && !below(min, sink.removed)) continue;
    const old = !!min && !!sink.since && below(min, sink.since);
    const fixes: PyFix[] = [];
    const title = `Pass ${sink.keyword}=${sink.safe} (verify certificates)`;
    if (!old) {
      const imp = moduleImport(ctx, 'ssl');
      // A parameter that defaults to None keeps the context its callers pass.
      const value = hit.byDefault && hit.none ? `${hit.none.valueNode.text} or ${sink.safe}` : sink.safe;
      const edit = hit.none ? replaceNode(hit.none.valueNode, value) : addKeyword(ctx, call, `${sink.keyword}=${sink.safe}`);
      if (edit && imp) fixes.push({ title, kind: 'suggestion', edits: [edit, ...imp] });
    }
    ctx.report({
      node: hit.none?.node ?? call.callee,
      // A None the code passes says when; the keyword it passes exists on the Python that runs it.
      messageId: hit.condition ? 'pyNoContextWhen' : 'pyNoContext',
      data: hit.condition ? { call: `${shortName(call)}()`, keyword: sink.keyword, condition: conditionText(hit.condition) } : { call: `${shortName(call)}()`, keyword: sink.keyword, version: old ? `; the project's Python ${ctx.python.min!.join('.')} lacks ${sink.keyword}=` : '' },
      fixes,
    });
  }
}

function shortName(call: PyCall): string {
  const name = call.name ?? call.callee.text;
  const parts = name.split('.');
  return parts.length > 2 ? parts.slice(-2).join('.') : name;
}

/** Contexts: CERT_NONE writes, the unverified factories, and bare SSLContext() used as a client. */
function checkContexts(ctx: Ctx): void {
  const made = contextsMade(ctx);
  const seen = new Set(made.map((m) => m.object));
  for (const { call, object, defaults } of made) {
    const state = contextState(object, defaults);
    if (isServerContext(ctx, call, object)) continue;
    if (state.certNone) reportCertNone(ctx, state.certNone.write.node, state.certNone.write.valueNode, state.certNone.condition, object!);
    else if (!state.verifies && !defaults.bare) reportFactory(ctx, call);
    else if (!state.verifies && defaults.bare && (isClientContext(object) || (!object && madeInClientCall(ctx, call.node)))) {
      ctx.report({ node: call.node, messageId: 'pyBareContext', data: { call: quoted(call.node, 'ssl.SSLContext(…)') }, fixes: compact([clientProtocolFix(ctx, call)]) });
    }
  }
  // Contexts the file did not make (a parameter, self.ctx set elsewhere) but sets CERT_NONE on.
  for (const o of ctx.objects) {
    if (seen.has(o) || !o.writes.some((w) => w.attribute === 'verify_mode')) continue;
    const state = contextState(o, { verifies: true, checksHostname: true });
    if (state.certNone && !isServerContext(ctx, undefined, o)) reportCertNone(ctx, state.certNone.write.node, state.certNone.write.valueNode, state.certNone.condition, o);
  }
}

function reportCertNone(ctx: Ctx, node: Node, valueNode: Node, condition: string | undefined, object: { writes: readonly { attribute: string; node: Node; value: import('../python/api.js').PyValue }[] }): void {
  const fixes: PyFix[] = [];
  if (isConst(ctx.valueOf(valueNode), CERT_NONE)) {
    const edits = sslNameEdits(ctx, valueNode, 'CERT_REQUIRED');
    // check_hostname = False was only there because CERT_NONE requires it.
    for (const w of edits ? object.writes : []) {
      if (w.attribute !== 'check_hostname' || !isConst(w.value, ['False'])) continue;
      const removal = removeStatement(ctx, w.node);
      if (removal) edits!.push(removal);
    }
    if (edits) fixes.push({ title: 'Set verify_mode to ssl.CERT_REQUIRED (verify certificates)', kind: 'suggestion', edits });
  }
  ctx.report({ node, messageId: 'pyCertNone', data: { condition: conditionText(condition) }, fixes });
}

const DEFAULT_CONTEXT_KEYWORDS = new Set(['cafile', 'capath', 'cadata']);

/** `ssl._create_unverified_context(...)` → `ssl.create_default_context(...)` when its arguments carry over. */
function reportFactory(ctx: Ctx, call: PyCall): void {
  const fixes: PyFix[] = [];
  const args = call.args.namedChildren.filter((a): a is Node => !!a && a.type !== 'comment');
  const carries = args.every((a) => a.type === 'keyword_argument' && DEFAULT_CONTEXT_KEYWORDS.has(a.childForFieldName('name')?.text ?? ''));
  const edits = carries ? sslNameEdits(ctx, call.callee, 'create_default_context') : undefined;
  if (edits) fixes.push({ title: 'Use ssl.create_default_context() (verifies certificates and host names)', kind: 'suggestion', edits });
  ctx.report({ node: call.node, messageId: 'pyUnverifiedContext', data: { factory: `${shortName(call)}()` }, fixes });
}

/** `ssl.SSLContext(ssl.PROTOCOL_TLS)` → `ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)`. */
function clientProtocolFix(ctx: Ctx, call: PyCall): PyFix | undefined {
  const protocol = call.argument('protocol', 0);
  const title = 'Use ssl.PROTOCOL_TLS_CLIENT (verifies certificates and host names)';
  const edits = protocol ? sslNameEdits(ctx, protocol.valueNode, 'PROTOCOL_TLS_CLIENT') : undefined;
  if (protocol) return edits && { title, kind: 'suggestion', edits };
  const imp = moduleImport(ctx, 'ssl');
  const edit = fillEmptyArguments(call, 'ssl.PROTOCOL_TLS_CLIENT');
  return edit && imp ? { title, kind: 'suggestion', edits: [edit, ...imp] } : undefined;
}

/** `ssl.wrap_socket()` (until 3.11) defaults to cert_reqs=CERT_NONE. */
function checkWrapSocket(ctx: Ctx): void {
  const min = ctx.python.min;
  if (min && (min[0] > 3 || (min[0] === 3 && min[1] >= 12))) return;
  for (const call of ctx.callsTo(['ssl.wrap_socket'])) {
    const serverSide = call.argument('server_side', 3);
    if (serverSide && isConst(serverSide.value, ['True'])) continue;
    const reqs = call.argument('cert_reqs', 4);
    if (reqs && !findBranch(reqs.value, (v) => isConst(v, CERT_NONE))) continue;
    if (!reqs && (call.openKeywords || call.starArgs)) continue;
    ctx.report({ node: reqs?.node ?? call.callee, messageId: 'pyWrapSocket', data: { condition: '' } });
  }
}

/** Calls unsafe whatever their arguments (Twisted's ClientContextFactory); the ssl factories are contexts, above. */
function tableCalls(ctx: Ctx): { call: PyCall; messageId: Messages }[] {
  return PY_LIBRARIES.flatMap((t) => (t.calls ?? []).filter((c) => c.rule === ID && !c.callees.some((n) => n in CONTEXT_FACTORIES)).flatMap((c) => ctx.callsTo(c.callees).map((call) => ({ call, messageId: c.messageId as Messages }))));
}

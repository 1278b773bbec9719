// no-deprecated-tls-api, Python part (PYTHON-TLS-FACTS.md 1.8 D1-D9): deprecated and removed ssl
// APIs, protocols, option flags, keyword arguments of the stdlib clients, NPN and aiohttp's old
// keywords, judged against the Python versions the project targets.

import { compact } from '../common/compact.js';
import { AIOHTTP_DEPRECATED_KEYWORDS, CONTEXT_PROTOCOL_DEPRECATION, DEPRECATED_CALLS, DEPRECATED_KEYWORDS, NPN_TO_ALPN, OP_NO_VERSION_DEPRECATION, type PyDeprecatedApi } from '../data/python/deprecated-apis.js';
import { SSL_CLIENT_PROTOCOL, SSL_PROTOCOL_CONSTANTS, SSL_SERVER_PROTOCOL } from '../data/python/protocols.js';
import { SSL_OPTION_FLAGS, TLS_VERSION_ORDER } from '../data/python/secure-options.js';
import { fillEmptyArguments, moduleImport, replaceNode } from '../python/edits.js';
import { optionsChange, type Flag } from '../python/options-flags.js';
import { peerOf } from '../python/peers.js';
import { contextState, factoryDefaults, isClientContext } from '../python/contexts.js';
import { sideOfMade } from '../python/sides.js';
import { replacementAvailable } from '../python/versions.js';
import { checkAiohttp, checkKeywords } from './python-keywords.js';
import { reportApi } from './python-report.js';
import type { AttrWrite, Node, PyCall, PyEdit, PyFix, PyPart, PyRuleContext } from '../python/api.js';
import type { Messages } from './meta.js';

type Ctx = PyRuleContext<Messages>;

const AIOHTTP_KEYWORDS = Object.keys(AIOHTTP_DEPRECATED_KEYWORDS);

export const python: PyPart<Messages> = {
  // aiohttp's keywords count only as keyword arguments (checkAiohttp reads them so): `fingerprint=`,
  // not `key.fingerprint()` or `@ivar fingerprint:`.
  needles: ['wrap_socket', 'match_hostname', 'SSLContext', 'OP_NO_', 'keyfile', 'certfile', 'key_file', 'cert_file', 'check_hostname', 'cafile', 'capath', 'cadefault', '_npn_', ...AIOHTTP_KEYWORDS],
  keywordNeedles: AIOHTTP_KEYWORDS,
  check(ctx) {
    for (const api of DEPRECATED_CALLS) {
      if (!replacementAvailable(ctx.python, api.replacementSince)) continue;
      const calls = 'callee' in api.match ? ctx.callsTo([api.match.callee]) : ctx.calls.filter((c) => c.method === (api.match as { method: string }).method);
      for (const call of calls) reportApi(ctx, call.node, api, callFixes(ctx, call, api));
    }
    if (replacementAvailable(ctx.python, CONTEXT_PROTOCOL_DEPRECATION.replacementSince)) for (const call of ctx.callsTo(['ssl.SSLContext'])) checkContext(ctx, call);
    if (replacementAvailable(ctx.python, OP_NO_VERSION_DEPRECATION.replacementSince)) for (const w of ctx.attributeWrites) checkOptionFlags(ctx, w);
    checkKeywords(ctx, DEPRECATED_KEYWORDS);
    checkAiohttp(ctx);
  },
};

function callFixes(ctx: Ctx, call: PyCall, api: PyDeprecatedApi): PyFix[] {
  if ('method' in api.match) {
    const to = NPN_TO_ALPN[api.match.method];
    const name = call.callee.type === 'attribute' ? call.callee.childForFieldName('attribute') : undefined;
    return to && name ? [{ title: `Use ${to}()`, kind: 'suggestion', edits: [replaceNode(name, to)] }] : [];
  }
  return api.match.callee === 'ssl.wrap_socket' ? compact([wrapSocketFix(ctx, call)]) : [];
}

/** `ssl.wrap_socket(sock[, ca_certs=…])` of a client whose host the file knows → a default context's wrap_socket. */
function wrapSocketFix(ctx: Ctx, call: PyCall): PyFix | undefined {
  const sock = call.positional[0];
  if (!sock || call.positional.length !== 1 || call.starArgs || call.openKeywords) return undefined;
  const keywords = call.args.namedChildren.filter((c) => c?.type === 'keyword_argument').map((k) => k!.childForFieldName('name')?.text);
  if (keywords.some((k) => k !== 'ca_certs' && k !== 'cert_reqs')) return undefined;
  const reqs = call.argument('cert_reqs')?.value;
  if (reqs && !(reqs.kind === 'ref' && reqs.name === 'ssl.CERT_REQUIRED')) return undefined;
  const peer = peerOf(ctx, sock, ctx.objectMadeBy(call.node));
  if (!peer?.text) return undefined;
  const ca = call.argument('ca_certs');
  const module = moduleText(ctx, call.callee);
  if (!module) return undefined;
  const text = `${module.text}.create_default_context(${ca ? `cafile=${ca.valueNode.text}` : ''}).wrap_socket(${sock.text}, server_hostname=${peer.text})`;
  return { title: 'Replace with ssl.create_default_context().wrap_socket()', kind: 'suggestion', edits: [replaceNode(call.node, text), ...module.import] };
}

/**
 * The text naming the ssl module where `callee` (`ssl.X`, `s.X` or a bare `X`) is, and the import
 * to add for a bare name; undefined when `ssl` names something else in the file.
 */
function moduleText(ctx: Ctx, callee: Node): { text: string; import: PyEdit[] } | undefined {
  const object = callee.type === 'attribute' ? callee.childForFieldName('object') : undefined;
  if (object && ctx.nameOf(object) === 'ssl') return { text: object.text, import: [] };
  const imp = moduleImport(ctx, 'ssl');
  return imp && { text: 'ssl', import: imp };
}

/** `ssl.SSLContext()` (D3) and `ssl.SSLContext(PROTOCOL_TLS | PROTOCOL_SSLv23 | PROTOCOL_TLSv1_2)` (D4). */
function checkContext(ctx: Ctx, call: PyCall): void {
  // A client that still verifies nothing is no-unverified-certificate's finding, whose fix
  // (PROTOCOL_TLS_CLIENT) ends the deprecation too: one finding, not two on one call.
  if (isUnverifiedBareClient(ctx, call)) return;
  const arg = call.argument('protocol', 0);
  const { deprecated } = CONTEXT_PROTOCOL_DEPRECATION;
  const base = { deprecated, replacement: 'PROTOCOL_TLS_CLIENT or PROTOCOL_TLS_SERVER' };
  const role = sideOfMade(ctx, call.node);
  const roles = role ? [role] : (['client', 'server'] as const);
  const title = (r: 'client' | 'server', prefix: string) => `Use ${prefix}.${r === 'client' ? SSL_CLIENT_PROTOCOL : SSL_SERVER_PROTOCOL} (a ${r} context)`;
  if (!arg) {
    if (call.starArgs || call.openKeywords || call.args.type !== 'argument_list') return;
    const module = moduleText(ctx, call.callee);
    const fixes = compact(roles.map((r): PyFix | undefined => {
      const edit = module && fillEmptyArguments(call, `${module.text}.${r === 'client' ? SSL_CLIENT_PROTOCOL : SSL_SERVER_PROTOCOL}`);
      return edit && { title: title(r, 'ssl'), kind: 'suggestion', edits: [edit, ...module!.import] };
    }));
    reportApi(ctx, call.node, { ...base, shown: 'ssl.SSLContext() without a protocol' }, fixes);
    return;
  }
  const v = arg.value;
  const short = v.kind === 'ref' && v.name.startsWith('ssl.') ? v.name.slice(4) : undefined;
  const verdict = short ? SSL_PROTOCOL_CONSTANTS[short]?.verdict : undefined;
  if (verdict !== 'negotiating' && verdict !== 'pinned') return;
  const node = arg.valueNode.type === 'attribute' ? arg.valueNode : undefined;
  const attr = node?.childForFieldName('attribute');
  const prefix = node?.childForFieldName('object')?.text;
  const fixes: PyFix[] = attr && prefix ? roles.map((r) => ({ title: title(r, prefix), kind: 'suggestion', edits: [replaceNode(attr, r === 'client' ? SSL_CLIENT_PROTOCOL : SSL_SERVER_PROTOCOL)] })) : [];
  reportApi(ctx, arg.node, { ...base, shown: `ssl.${short}` }, fixes);
}

/** `ctx.options |= ssl.OP_NO_SSLv3 | ssl.OP_NO_TLSv1 | …` (D5): minimum_version says it without the deprecated flags. */
function checkOptionFlags(ctx: Ctx, w: AttrWrite): void {
  const change = optionsChange(ctx, w);
  const set = change?.set.filter((f) => SSL_OPTION_FLAGS[f.short]?.set?.rule === 'no-deprecated-tls-api') ?? [];
  // OP_NO_TLSv1_3 makes it no-unsafe-secure-options' finding, whose fix takes the flag out.
  if (!change || set.length === 0 || change.set.some((f) => f.short === 'OP_NO_TLSv1_3')) return;
  const { deprecated } = OP_NO_VERSION_DEPRECATION;
  const shown = set.map((f) => f.shown);
  const api = `Setting ${shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}` : shown[0]}`;
  const fix = set.length === change.set.length && w.operator === '|=' ? minimumVersionFix(ctx, w, set) : undefined;
  reportApi(ctx, w.node, { shown: api, deprecated, replacement: 'minimum_version' }, compact([fix]));
}

function minimumVersionFix(ctx: Ctx, w: AttrWrite, flags: Flag[]): PyFix | undefined {
  const off = new Set(flags.map((f) => SSL_OPTION_FLAGS[f.short]!.version!));
  off.add('SSLv2');
  const minimum = TLS_VERSION_ORDER.find((v) => !off.has(v));
  // Only a run from the bottom says "at least": OP_NO_TLSv1 alone leaves SSL 3.0 to the defaults.
  if (!minimum || TLS_VERSION_ORDER.indexOf(minimum) < TLS_VERSION_ORDER.indexOf('TLSv1_2') || [...off].some((v) => TLS_VERSION_ORDER.indexOf(v) > TLS_VERSION_ORDER.indexOf(minimum))) return undefined;
  const object = w.target.childForFieldName('object');
  const first = flags[0].node;
  const moduleNode = first.type === 'attribute' ? first.childForFieldName('object') : undefined;
  const module = moduleNode && ctx.nameOf(moduleNode) === 'ssl' ? moduleNode.text : undefined;
  if (!object || !module) return undefined;
  const text = `${object.text}.minimum_version = ${module}.TLSVersion.${minimum}`;
  return { title: `Replace with ${text}`, kind: 'safe', edits: [replaceNode(w.node, text)] };
}

function isUnverifiedBareClient(ctx: Ctx, call: PyCall): boolean {
  const defaults = factoryDefaults(ctx, call);
  const object = ctx.objectMadeBy(call.node);
  return !!defaults?.bare && !contextState(object, defaults).verifies && isClientContext(object);
}

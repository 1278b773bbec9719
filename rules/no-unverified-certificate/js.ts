// no-unverified-certificate: certificate chain validation turned off (CWE-295).
import ts from 'typescript';
import type { Fix, Severity } from '../api.js';
import { CERTIFICATE_CALLBACKS, CONTEXT_OPTIONS, INSECURE_METHODS, INSECURE_SETTERS, INSECURE_URI_PARAMS, TLS_ONLY_OPTIONS } from '../data/node/sinks.js';
import type { TlsOnlyOption } from '../data/node/sink-types.js';
import type { Value } from '../js/api.js';
import { callRange } from '../js/syntax.js';
import { compact } from '../common/compact.js';
import { conditionsSuffix, joinConditions } from '../common/conditions.js';
import { removeChainedCall } from '../js/edits.js';
import { checkCertificateCallbacks } from '../js/certificate-callbacks.js';
import { GLOBAL_AGENT, globalAgentAssigns, globalAgentWhere } from '../js/global-agent.js';
import { caInsteadFix, removeOptionFix } from '../js/option-fixes.js';
import { optionSites, rejectUnauthorizedMatters, type OptionSite } from '../js/option-sites.js';
import { entryOf, foreignScheme, isPlainUrl, plainUrlUnder, startTlsOffAround } from '../js/plain-connections.js';
import { optInSetting } from '../js/opt-in.js';
import { safeSettingsFixFor } from '../js/safe-settings.js';
import { reportInsecureSetters } from '../js/setters.js';
import { moduleNeedles } from '../js/needles.js';
import { localTarget } from '../js/targets.js';
import { reportUriParams } from '../js/uri-params.js';
import { branchesOf, findBranch, isOneOf, optionCheck, writtenEntries, writtenEntry, type ValueBranch } from '../js/values.js';
import type { JsPart, JsRuleContext } from '../js/api.js';
import { checkBrowserSwitches } from './browser.js';
import { checkPrismaUrls } from './prisma.js';
import { files } from './files.js';
import { checkExecStrings } from '../js/exec-strings.js';
import type { Messages } from './meta.js';

const ID = 'no-unverified-certificate';
const OPTIONS = TLS_ONLY_OPTIONS.filter((o) => o.rule === ID);
const NAMES = new Set(OPTIONS.map((o) => o.name));
const CONTEXT = CONTEXT_OPTIONS.filter((o) => o.rule === ID);
const insecure = (option: { insecure: readonly unknown[] }) => (v: Value) => isOneOf(v, option.insecure);
/** One level lower for a connection that stays on this machine. */
const LOWER: Record<Severity, Severity> = { error: 'warning', warning: 'info', info: 'info' };

type Ctx = JsRuleContext<Messages>;

export const js: JsPart<Messages> = {
  // Every name the check looks for, from the tables it reads (and the TLSSocket constructor).
  needles: [
    ...NAMES,
    // `secure` alone is in half the files that touch the network: only the insecure value is a needle.
    ...CONTEXT.flatMap((o) => o.insecure.flatMap((v) => [`${o.name}: ${String(v)}`, `${o.name}:${String(v)}`, `"${o.name}": ${String(v)}`])),
    // And their modules, whose `secure: verify` may take its value from a table (`for (const [n, { target, verify }] of Object.entries(UPSTREAMS))`).
    ...moduleNeedles(CONTEXT.flatMap((o) => o.modules)),
    ...INSECURE_METHODS.filter((m) => m.rule === ID).map((m) => m.name),
    ...INSECURE_SETTERS.flatMap((s) => Object.keys(s.keys).filter((k) => s.keys[k] === ID)),
    ...INSECURE_URI_PARAMS.filter((p) => p.rule === ID).map((p) => p.param),
    CERTIFICATE_CALLBACKS.event.name,
    CERTIFICATE_CALLBACKS.verifyProc.method,
    'TLSSocket',
    'ignore-certificate-errors',
    'allow-insecure-localhost',
    // Electron's switches may come from a table another file exports (`for (const [n, v] of SWITCHES)`).
    'appendSwitch',
    // Tool switches in exec strings, read by the files part: only forms that say what they are ('curl' alone is everywhere).
    'curl -k', '--insecure', '--no-check-certificate', 'trusted-host',
  ],
  optionChecks: OPTIONS.map((o) => optionCheck(o.name, insecure(o))),
  check(ctx) {
    const seen = new Set<ts.Node>();
    for (const site of optionSites(ctx, NAMES)) {
      seen.add(site.prop.node);
      checkOptionSite(ctx, site);
    }
    for (const prop of globalAgentAssigns(ctx, 'rejectUnauthorized')) {
      if (!seen.has(prop.node)) checkOptionSite(ctx, { prop, atTlsPath: false }, GLOBAL_AGENT);
    }
    checkContextOptions(ctx);
    // exec('curl -k https://…'): the command line, judged as in project files.
    checkExecStrings(ctx, files);
    checkInsecureMethods(ctx);
    // `curl.setOpt('SSL_VERIFYPEER', 0)`, `capabilities.set('acceptInsecureCerts', true)`.
    reportInsecureSetters(ctx, ID, 'verify certificates');
    checkTlsSocketClients(ctx);
    reportUriParams(ctx, INSECURE_URI_PARAMS.filter((p) => p.rule === ID), 'uri');
    checkCertificateCallbacks(ctx);
    checkBrowserSwitches(ctx);
    if (ctx.holds('sslmode')) checkPrismaUrls(ctx);
  },
};

function checkOptionSite(ctx: Ctx, site: OptionSite, knownWhere?: string): void {
  const option = OPTIONS.find((o) => o.name === site.prop.key)!;
  if (!site.sink && foreignScheme(site.owner, option.schemes)) return;
  // Each entry of a table the value is looked up in (`settings.tlsVerify` over ENVIRONMENTS[env])
  // is written in a place of its own: each unsafe one is reported there, unless its own URL (the
  // entry's `esNode: 'http://localhost:9200'`, under the same key) speaks no TLS.
  const unsafe = (v: Value) => insecure(option)(v) && !computedInPlainEntry(ctx, site, v);
  const entries = writtenEntries(site.prop.value, unsafe);
  // A STARTTLS upgrade (ldapjs `client.starttls(entry.tlsOptions)`) is what an ldap:// entry's
  // options are for, unless the entry switches STARTTLS off (`startTls: false`).
  const upgrades = site.sink?.sink.upgrades === true;
  if (upgrades && startTlsOffAround(site.prop.value.node)) return;
  const kept = upgrades ? entries.filter((b) => !startTlsOffAround(b.value.node)) : entries.filter((b) => !plainUrlUnder(ctx, site.prop.node, b.condition, b.value.node));
  if (entries.length > 1 || (entries.length === 1 && kept.length === 0)) {
    for (const b of kept) reportOption(ctx, site, option, b, undefined, knownWhere);
    return;
  }
  const found = findBranch(site.prop.value, unsafe);
  const optIn = found ? undefined : optInSetting(ctx, site.prop, option.insecure);
  const bad = found ?? optIn;
  if (!bad) return;
  reportOption(ctx, site, option, bad, optIn, knownWhere);
}

/**
 * A value computed from a table entry's literal (`rejectUnauthorized: !insecure` in a helper the
 * entry's `tlsInsecure: true` reaches) whose entry names its own plain URL (`url: 'redis://…'`): the
 * helper builds no TLS for that entry, as for the literal itself (plainUrlUnder).
 */
function computedInPlainEntry(ctx: Ctx, site: OptionSite, v: Value): boolean {
  return v.kind === 'literal' && v.from !== undefined && plainUrlUnder(ctx, site.prop.node, undefined, v.from);
}

function reportOption(ctx: Ctx, site: OptionSite, option: TlsOnlyOption, bad: ValueBranch, optIn: ReturnType<typeof optInSetting>, knownWhere: string | undefined): void {
  const isReject = option.name === 'rejectUnauthorized';
  if (isReject && !rejectUnauthorizedMatters(ctx, site)) return;
  const server = isReject && site.sink?.sink.role === 'server';
  const shown = `${option.name}: ${String((bad.value as { value?: unknown }).value)}`;
  const fixes = [removeOptionFix(ctx, site.prop, `Remove ${shown} (verify certificates)`)];
  if (isReject && !server) fixes.push(caInsteadFix(ctx, site.prop));
  fixes.push(safeSettingsFixFor(ctx, site.prop.node));
  const where = knownWhere ?? globalAgentWhere(ctx, site.prop, site.sink?.node) ?? (readBySink(site, isReject) ? ` in ${site.sink!.sink.id}` : option.owner === 'Node TLS' ? '' : ` (${ownerOf(option, site)})`);
  const condition = conditionsSuffix(site.condition, bad.condition);
  const local = server ? undefined : localTarget(ctx, site);
  ctx.report({
    node: optIn?.at ?? site.prop.node,
    messageId: server ? 'serverClientCert' : local ? 'optionLocal' : 'option',
    severity: local ? LOWER.error : undefined,
    data: { option: shown, condition, where, host: local ?? '' },
    fixes: compact(fixes),
    ...writtenEntry(site.prop.value, bad.value, site.prop.key),
    ...(optIn?.passedAt ? { related: [{ node: optIn.passedAt, message: 'opt-in passed here' }] } : {}),
  });
}

/** The tool an option belongs to, when the object around it says which (a Puppeteer launch, not a WebDriver capability). */
function ownerOf(option: TlsOnlyOption, site: OptionSite): string {
  const keys = site.owner ? [...site.owner.props.keys()] : [];
  return option.ownerHints?.find((h) => h.keys.some((k) => keys.includes(k)))?.owner ?? option.owner;
}

/** `secure: false` next to `target`: http-proxy's switch for the target's certificate (CONTEXT_OPTIONS). */
function checkContextOptions(ctx: Ctx): void {
  // The option written with any value (`secure: u.verify` over a table, `secure: verify` from another file): its value is judged below.
  if (!CONTEXT.some((o) => ctx.holds(new RegExp(`\\b${o.name}["']?\\s*:`)))) return;
  for (const site of optionSites(ctx, new Set(CONTEXT.map((o) => o.name)))) {
    const option = CONTEXT.find((o) => o.name === site.prop.key)!;
    const owner = site.owner;
    if (!owner || !option.siblings.some((k) => owner.props.has(k))) continue;
    // With an http: target there is no certificate to check.
    const url = owner.props.get(option.urlKey);
    if (url && isPlainUrl(url.value, ['http:', 'ws:'])) continue;
    // Entries of a table the proxies are made from (`for (const u of UPSTREAMS)`): each unsafe one
    // where it is written, not one whose own target is http://.
    const entries = writtenEntries(site.prop.value, insecure(option));
    const kept = entries.filter((b) => !entryTargetPlain(b.value.node, option.urlKey));
    const first = findBranch(site.prop.value, insecure(option));
    const bads = entries.length > 0 ? kept : first ? [first] : [];
    for (const bad of bads) {
      const local = localTarget(ctx, { owner });
      const shown = `${option.name}: ${String((bad.value as { value?: unknown }).value)}`;
      ctx.report({
        node: site.prop.node,
        messageId: local ? 'optionLocal' : 'option',
        severity: local ? LOWER.error : undefined,
        data: { option: shown, condition: conditionsSuffix(site.condition, bad.condition), where: ` (${option.owner})`, host: local ?? '' },
        // At an entry, a fix at the use would change every entry's proxy: none.
        fixes: entries.length > 0 ? [] : compact([removeOptionFix(ctx, site.prop, `Remove ${shown} (verify certificates)`)]),
        ...(entries.length > 0 ? writtenEntry(site.prop.value, bad.value, site.prop.key) : {}),
      });
    }
  }
}

/** Whether the table entry a literal is written in names a plain target (`{ target: 'http://legacy:8080', secure: false }`). */
function entryTargetPlain(written: ts.Node | undefined, urlKey: string): boolean {
  const target = entryOf(written)?.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === urlKey);
  return !!target && ts.isStringLiteralLike(target.initializer) && /^(http|ws):\/\//i.test(target.initializer.text.trim());
}


/**
 * Whether the sink reads the option where it was written: Node's rejectUnauthorized at one of the
 * sink's TLS paths (pg reads `ssl.rejectUnauthorized`, not a top-level one), a library's own
 * option anywhere in its options (Playwright reads `use.ignoreHTTPSErrors`).
 */
function readBySink(site: OptionSite, isReject: boolean): boolean {
  const { sink, owner } = site;
  if (!sink?.options) return false;
  return site.atTlsPath || (!isReject && owner !== undefined);
}

function checkInsecureMethods(ctx: Ctx): void {
  for (const call of ctx.nodes.calls) {
    if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression)) continue;
    const name = call.expression.name.text;
    const m = INSECURE_METHODS.find((x) => x.name === name && call.arguments.length <= x.maxArgs && x.rule === ID);
    if (!m) continue;
    const first = call.arguments[0];
    if (m.args && (!first || ts.isSpreadElement(first) || !findBranch(ctx.valueOf(first), (v) => isOneOf(v, m.args!)))) continue;
    const edit = removeChainedCall(ctx.sourceFile, call);
    ctx.report({
      range: { start: call.expression.name.getStart(ctx.sourceFile), end: call.end },
      messageId: 'method',
      data: { owner: m.owner, method: m.name },
      fixes: edit ? [{ title: `Remove .${m.name}(${m.args ? '…' : ''}) (verify certificates)`, kind: 'suggestion', edits: [edit] }] : [],
    });
  }
}

/**
 * `new tls.TLSSocket(sock, opts)` is a client unless `isServer` is truthy. Reported only when the
 * options say so: no options, or an object whose isServer is absent or falsy (in some branch).
 */
function checkTlsSocketClients(ctx: Ctx): void {
  for (const call of ctx.sinkCalls) {
    if (call.sink.role !== 'tlssocket') continue;
    // With spread arguments the file does not say which options the socket gets.
    if (call.node.arguments?.some(ts.isSpreadElement)) continue;
    const client = call.options ? clientOptions(call.options) : { condition: undefined };
    if (!client) continue;
    const { condition } = client;
    ctx.report({
      range: callRange(call),
      node: call.node,
      messageId: 'tlsSocket',
      data: { condition: conditionsSuffix(condition) },
      fixes: condition ? [] : tlsConnectFix(ctx, call.node, call.callee),
    });
  }
}

/**
 * Whether the options make a client socket, and when: an object whose isServer is absent or falsy
 * (in some branch), each of several objects (`{ ...PROFILES[profile] }` over closed entries) alike.
 * Undefined when they may make a server or are not known.
 */
function clientOptions(opts: Value): { condition: string | undefined } | undefined {
  const objects = branchesOf(opts);
  if (!objects.every((b) => b.value.kind === 'object')) return undefined;
  const clients: (string | undefined)[] = [];
  for (const b of objects) {
    const o = b.value as Value & { kind: 'object' };
    const isServer = o.props.get('isServer');
    if (isServer) {
      const client = findBranch(isServer.value, (v) => v.kind === 'literal' && !v.value);
      if (client) clients.push(joinConditions(b.condition, client.condition));
    } else if (!o.open) {
      clients.push(b.condition);
    } else {
      return undefined;
    }
  }
  if (clients.length === 0) return undefined;
  return { condition: clients.length === objects.length && objects.length > 1 ? undefined : clients[0] };
}

/** `new tls.TLSSocket(sock, opts)` becomes `tls.connect({ ...opts, socket: sock })`. */
function tlsConnectFix(ctx: Ctx, node: ts.CallExpression | ts.NewExpression, callee: ts.Expression): Fix[] {
  const sf = ctx.sourceFile;
  const args = node.arguments ?? [];
  if (!ts.isPropertyAccessExpression(callee) || args.length === 0 || args.length > 2 || args.some(ts.isSpreadElement)) return [];
  const socket = args[0].getText(sf);
  const opts = args[1];
  const inner = !opts ? `socket: ${socket}` : ts.isObjectLiteralExpression(opts) ? [...opts.properties.map((p) => p.getText(sf)), `socket: ${socket}`].join(', ') : `...${opts.getText(sf)}, socket: ${socket}`;
  return [
    {
      title: 'Use tls.connect({ socket }) (verifies the certificate and host name)',
      kind: 'suggestion',
      edits: [{ start: node.getStart(sf), end: node.end, text: `${callee.expression.getText(sf)}.connect({ ${inner} })` }],
    },
  ];
}

// no-plaintext-downgrade: mail, IMAP and gRPC clients whose TLS is off or can be stripped
// (CWE-319, CWE-757; TLS-FACTS.md section 3).
import ts from 'typescript';
import type { Fix, Severity } from '../api.js';
import type { Prop, SinkCall, Value } from '../js/api.js';
import { callRange } from '../js/syntax.js';
import { INSECURE_CHANNEL_CREDENTIALS, INSECURE_CONTENT, MAIL_SINKS, PLAIN_SINKS } from '../data/node/plaintext.js';
import { INSECURE_URI_PARAMS, SINKS } from '../data/node/sinks.js';
import { optionSites } from '../js/option-sites.js';
import { localHostOf } from '../js/targets.js';
import { reportUriParams } from '../js/uri-params.js';
import { compact } from '../common/compact.js';
import { moduleNeedles } from '../js/needles.js';
import { addOptionEdit, removeOptionFix, replaceValueFix } from '../js/option-fixes.js';
import { isRemoteGrpcTarget } from '../common/loopback.js';
import { safeSettingsFixFor } from '../js/safe-settings.js';
import { truthy } from '../js/truthy.js';
import { branchesOf, findBranch, literalString, optionCheck, writtenEntry } from '../js/values.js';
import { conditionsSuffix } from '../common/conditions.js';
import type { JsPart, JsRuleContext } from '../js/api.js';
import type { Messages } from './meta.js';

type Options = Value & { kind: 'object' };

type Ctx = JsRuleContext<Messages>;

const ID = 'no-plaintext-downgrade';
type Check = (ctx: Ctx, o: Options, condition: string | undefined, call: SinkCall) => void;
const CHECKS: Record<string, Check> = {
  [MAIL_SINKS.nodemailer]: checkNodemailer,
  [MAIL_SINKS.imapflow]: checkImapFlow,
  [MAIL_SINKS.imap]: checkImap,
  ...Object.fromEntries(PLAIN_SINKS.sql.map((id) => [id, checkSqlServer])),
  ...Object.fromEntries(PLAIN_SINKS.ftp.map((id) => [id, checkFtp])),
};


export const js: JsPart<Messages> = {
  // A config exported for mssql is read only when it turns encryption off (`encrypt` alone is in every crypto file).
  needles: ['createInsecure', INSECURE_CONTENT, 'encrypt: false', 'encrypt:false', '"encrypt": false', ...INSECURE_URI_PARAMS.filter((p) => p.rule === ID).map((p) => p.param), ...moduleNeedles(SINKS.filter((s) => s.id in CHECKS).flatMap((s) => s.modules))],
  optionChecks: [optionCheck('ignoreTLS', (v) => isTrue(v)), optionCheck('opportunisticTLS', (v) => isTrue(v)), optionCheck(INSECURE_CONTENT, (v) => isTrue(v))],
  check(ctx) {
    for (const call of ctx.sinkCalls) {
      if (!call.options) continue;
      const check = CHECKS[call.sink.id];
      if (!check) continue;
      for (const b of branchesOf(call.options)) if (b.value.kind === 'object') check(ctx, b.value, b.condition, call);
    }
    if (ctx.holds('createInsecure')) checkGrpc(ctx);
    checkInsecureContent(ctx);
    checkSqlServerConfigs(ctx);
    reportUriParams(ctx, INSECURE_URI_PARAMS.filter((p) => p.rule === ID), 'uriPlain');
  },
};

/** One severity lower, and said, when the server is on this machine. */
/**
 * `node` is the option the finding is about; `onCall` puts it on the call instead (an option that
 * is missing is reported where the connection is made, as require-servername does, or at the call
 * of the helper or the `super(…)` that passes the options).
 */
function reportMaybeLocal(ctx: Ctx, o: Options, call: SinkCall | undefined, node: ts.Node, messageId: Messages, data: Record<string, string>, severity: Severity | undefined, fixes: (Fix | undefined)[], what: string, onCall = false, written?: ts.Node): void {
  const host = localHostOf(ctx, o, call);
  // A sink evaluated for one call of its helper or base constructor (`super({ host, auth })`): that call, which passes the options.
  const site = call?.via ? { node: call.via, callee: call.via.expression } : call;
  const at = onCall && site ? { node: site.node, range: callRange(site) } : { node, written };
  // Through a helper or a base class, only a fix inside what this call passes changes this use alone.
  if (call?.via) fixes = call.via.getSourceFile() === ctx.sourceFile ? fixes.map((f) => (f && f.edits.every((e) => e.start >= call.via!.getStart() && e.end <= call.via!.end) ? f : undefined)) : [];
  if (host) {
    ctx.report({ ...at, messageId: 'local', severity: lower(severity ?? 'warning'), data: { option: optionText(node), condition: data.condition ?? '', what, host }, fixes: compact(fixes) });
  } else {
    ctx.report({ ...at, messageId, severity, data, fixes: compact(fixes) });
  }
}

function lower(s: Severity): Severity {
  return s === 'error' ? 'warning' : 'info';
}

function optionText(node: ts.Node): string {
  return node.getText(node.getSourceFile()).replace(/\s+/g, ' ');
}

const isTrue = (v: Value) => truthy(v) === true && v.kind === 'literal';
const isFalse = (v: Value) => truthy(v) === false;

/** When an option is off: always when absent (off is its default), else in a branch where its value is falsy. */
function offBranch(prop: Prop | undefined): { condition?: string } | undefined {
  return prop ? findBranch(prop.value, isFalse) : {};
}

function hasCredentials(o: Options): boolean {
  const auth = o.props.get('auth');
  return !!auth && truthy(auth.value) !== false;
}

function checkNodemailer(ctx: Ctx, o: Options, optionsCondition: string | undefined, call: SinkCall): void {
  const secure = o.props.get('secure');
  const plain = offBranch(secure);
  // secure: true (port 465) is TLS from the first byte; a secure the file does not know may be too.
  if (!plain) return;
  const credentials = hasCredentials(o);
  // A local mail catcher (MailHog, Mailpit) without credentials: nothing to protect on this machine.
  if (!credentials && localHostOf(ctx, o, call)) return;
  const what = credentials ? 'the password and messages' : 'messages';
  const ignore = o.props.get('ignoreTLS');
  const ignoring = ignore && findBranch(ignore.value, isTrue);
  if (ignore && ignoring) {
    reportMaybeLocal(ctx, o, call, ignore.node, 'ignoreTLS', { condition: conditionsSuffix(optionsCondition, plain.condition, ignoring.condition), what }, credentials ? 'error' : 'warning',
      [requireInstead(ctx, o, ignore), leavesOpportunistic(o, credentials) ? undefined : safeSettingsFixFor(ctx, ignore.node)], what);
  }
  const opportunistic = o.props.get('opportunisticTLS');
  const continuing = opportunistic && findBranch(opportunistic.value, isTrue);
  if (opportunistic && continuing) {
    reportMaybeLocal(ctx, o, call, opportunistic.node, 'opportunisticTLS', { condition: conditionsSuffix(optionsCondition, plain.condition, continuing.condition), what }, undefined,
      [removeOptionFix(ctx, opportunistic, 'Remove opportunisticTLS'), safeSettingsFixFor(ctx, opportunistic.node)], what);
  }
  // Opportunistic STARTTLS: reported with credentials, when secure: false says so or the port is a submission port.
  if (ignoring || !credentials) return;
  const requireTLS = o.props.get('requireTLS');
  if (requireTLS && truthy(requireTLS.value) !== false) return;
  if (secure) {
    reportMaybeLocal(ctx, o, call, secure.node, 'smtpOptional', { condition: conditionsSuffix(optionsCondition, plain.condition) }, undefined, [setOption(ctx, o, secure, requireTLS, 'requireTLS', 'true')], what);
    return;
  }
  // No secure at all: nodemailer then uses STARTTLS when offered, on port 587 by default.
  if (o.open || o.props.has('service') || !o.props.has('host')) return;
  const port = o.props.get('port');
  const onSubmission = port ? findBranch(port.value, (v) => SUBMISSION_PORTS.includes(Number((v as { value?: unknown }).value))) : {};
  if (!onSubmission) return;
  const anchor = port ?? o.props.get('auth')!;
  reportMaybeLocal(ctx, o, call, anchor.node, 'smtpImplicit', { condition: conditionsSuffix(optionsCondition, (onSubmission as { condition?: string }).condition) }, undefined, [setOption(ctx, o, anchor, requireTLS, 'requireTLS', 'true')], what, true);
}

/** Whether removing ignoreTLS leaves a transport that sends credentials after an optional STARTTLS (a finding of its own). */
function leavesOpportunistic(o: Options, credentials: boolean): boolean {
  return credentials && !o.props.has('requireTLS');
}

/** ignoreTLS becomes requireTLS: true (without it the transport would still upgrade only when offered). */
function requireInstead(ctx: Ctx, o: Options, ignore: Prop): Fix | undefined {
  const n = ignore.node;
  if (o.props.has('requireTLS') || !ts.isPropertyAssignment(n) || !ts.isObjectLiteralExpression(n.parent)) return removeOptionFix(ctx, ignore, 'Remove ignoreTLS');
  return { title: 'Replace ignoreTLS with requireTLS: true', kind: 'suggestion', edits: [{ start: n.getStart(ctx.sourceFile), end: n.end, text: 'requireTLS: true' }] };
}

/** SMTP submission ports where nodemailer without `secure` upgrades with STARTTLS only if offered. */
const SUBMISSION_PORTS = [587, 25, 2525];

function checkImapFlow(ctx: Ctx, o: Options, optionsCondition: string | undefined, call?: SinkCall): void {
  const secure = o.props.get('secure');
  const plain = offBranch(secure);
  if (!plain) return;
  const doSTARTTLS = o.props.get('doSTARTTLS');
  const off = doSTARTTLS && findBranch(doSTARTTLS.value, (v) => v.kind === 'literal' && v.value === false);
  if (doSTARTTLS && off) {
    // A server on this machine (`host: '127.0.0.1'`): one level lower, saying so (reportMaybeLocal). blind21 14.
    reportMaybeLocal(ctx, o, call, doSTARTTLS.node, 'imapflowPlain', { condition: conditionsSuffix(optionsCondition, plain.condition, off.condition) }, undefined, [replaceValueFix(ctx, doSTARTTLS, 'true', 'Set doSTARTTLS: true')], 'the password and mail');
    return;
  }
  if (!secure || doSTARTTLS || !hasCredentials(o)) return;
  ctx.report({ node: secure.node, messageId: 'imapflowOptional', data: { condition: conditionsSuffix(optionsCondition, plain.condition) }, fixes: compact([setOption(ctx, o, secure, undefined, 'doSTARTTLS', 'true')]) });
}

function checkImap(ctx: Ctx, o: Options, optionsCondition: string | undefined): void {
  const tls = o.props.get('tls');
  const off = tls && findBranch(tls.value, (v) => v.kind === 'literal' && v.value === false);
  if (!tls || !off) return;
  const autotlsProp = o.props.get('autotls');
  const autotls = autotlsProp ? literalString(autotlsProp.value) : 'never';
  if (autotls === undefined || autotls === 'required') return;
  ctx.report({
    node: tls.node,
    messageId: 'imapPlain',
    data: { condition: conditionsSuffix(optionsCondition, off.condition), autotls, effect: autotls === 'always' ? 'use STARTTLS only if offered' : 'connect without TLS' },
    fixes: compact([setOption(ctx, o, tls, autotlsProp, 'autotls', "'required'")]),
  });
}

/** Sets `key: value`: replaces the existing option's value, or adds it after `anchor` in its literal. */
function setOption(ctx: Ctx, o: Options, anchor: Prop, existing: Prop | undefined, key: string, value: string): Fix | undefined {
  const title = `Set ${key}: ${value}`;
  if (existing) return replaceValueFix(ctx, existing, value, title);
  const edit = addOptionEdit(ctx, o, key, `${key}: ${value}`, anchor);
  return edit && { title, kind: 'suggestion', edits: [edit] };
}

// ---------------------------------------------------------------------------------------------
// gRPC: `new Client(target, credentials.createInsecure())`

function isInsecureCredentials(v: Value): boolean {
  if (v.kind !== 'instance' || !v.ref) return false;
  const { module, path } = v.ref;
  return INSECURE_CHANNEL_CREDENTIALS.modules.includes(module) && INSECURE_CHANNEL_CREDENTIALS.paths.some((p) => p.length === path.length && p.every((k, i) => k === path[i]));
}

/** Keys an options object names its gRPC target with (OpenTelemetry's OTLP exporters: `{ url, credentials }`). */
const GRPC_TARGET_KEYS = ['url', 'target', 'address', 'endpoint'];

function checkGrpc(ctx: Ctx): void {
  for (const call of ctx.nodes.calls) {
    const args = call.arguments ?? [];
    // `new OTLPTraceExporter({ url: 'collector:4317', credentials: grpc.credentials.createInsecure() })`.
    for (const arg of args) checkGrpcOptions(ctx, arg);
    // Client constructors take (target, credentials, options): the target comes just before.
    for (let i = 1; i < args.length; i++) {
      const creds = findBranch(ctx.valueOf(args[i]), isInsecureCredentials);
      if (!creds) continue;
      const target = findBranch(ctx.valueOf(args[i - 1]), isRemoteTarget);
      if (!target) continue;
      const { shown, secure, fix, declared } = madeWith(ctx, creds.value);
      ctx.report({ node: args[i], written: declared, messageId: 'grpcInsecure', data: { callee: shown, target: literalString(target.value)!, condition: conditionsSuffix(creds.condition, target.condition), secure }, fixes: compact([fix]) });
    }
  }
}

/** A target string that names another machine (a URL-style `grpc://` or `http://` prefix read past). */
function isRemoteTarget(v: Value): boolean {
  const s = literalString(v);
  return s !== undefined && isRemoteGrpcTarget(s.replace(/^(grpcs?|https?):\/\//i, ''));
}

/**
 * The call that made insecure credentials (in the argument, or where a variable was set), as shown,
 * with its secure twin and the fix to it; `declared`: that call when a variable's declaration holds
 * it (`const creds = credentials.createInsecure()`), where the finding sits, as an unsafe value
 * written in a declaration does (the client call is its use).
 */
function madeWith(ctx: Ctx, creds: Value): { shown: string; secure: string; fix?: Fix; declared?: ts.Node } {
  const made = creds.kind === 'instance' ? creds.node : undefined;
  const callee = made && ts.isPropertyAccessExpression(made.expression) ? made.expression : undefined;
  // The credentials may be made in another file (a module exporting them): its text, not this one's.
  const shown = callee ? callee.getText(callee.getSourceFile()).replace(/\s+/g, '') : 'credentials.createInsecure';
  const secure = shown.replace(/createInsecure$/, INSECURE_CHANNEL_CREDENTIALS.secureMethod);
  const fix: Fix | undefined = callee && callee.name.text === 'createInsecure' && callee.getSourceFile() === ctx.sourceFile
    ? { title: `Use ${secure}() (TLS with the system CAs)`, kind: 'suggestion', edits: [{ start: callee.name.getStart(ctx.sourceFile), end: callee.name.end, text: INSECURE_CHANNEL_CREDENTIALS.secureMethod }] }
    : undefined;
  const declared = made && ts.isVariableDeclaration(made.parent) && made.parent.initializer === made ? made : undefined;
  return { shown, secure, fix, declared };
}

/** An options object holding insecure channel credentials beside a remote target: reported at `credentials`. */
function checkGrpcOptions(ctx: Ctx, arg: ts.Expression): void {
  if (!ts.isObjectLiteralExpression(arg) && !ts.isIdentifier(arg)) return;
  for (const b of branchesOf(ctx.valueOf(arg))) {
    const options = b.value;
    if (options.kind !== 'object') continue;
    const creds = options.props.get('credentials');
    const insecure = creds && findBranch(creds.value, isInsecureCredentials);
    if (!creds || !insecure) continue;
    const targetProp = GRPC_TARGET_KEYS.map((k) => options.props.get(k)).find((p) => p !== undefined);
    const target = targetProp && findBranch(targetProp.value, isRemoteTarget);
    if (!target) continue;
    const { shown, secure, fix, declared } = madeWith(ctx, insecure.value);
    ctx.report({ node: creds.node, written: declared, messageId: 'grpcInsecure', data: { callee: shown, target: literalString(target.value)!, condition: conditionsSuffix(b.condition, insecure.condition, target.condition), secure }, fixes: compact([fix]) });
  }
}

// ---------------------------------------------------------------------------------------------
// SQL Server, FTP and Electron

/** tedious with `options.encrypt: false` starts no TLS: the login and every query go in cleartext. */
function checkSqlServer(ctx: Ctx, o: Options, optionsCondition: string | undefined, call: SinkCall | undefined, sink = call?.sink.id ?? 'mssql'): void {
  const options = o.props.get('options');
  // Each object `options` may be (`{ ...source.options }` over a table's entries), not only the first.
  for (const b of options ? branchesOf(options.value) : []) {
    const encrypt = b.value.kind === 'object' ? b.value.props.get('encrypt') : undefined;
    const off = encrypt && findBranch(encrypt.value, (v) => v.kind === 'literal' && v.value === false);
    if (!encrypt || !off) continue;
    const what = 'the SQL Server password and every query';
    reportMaybeLocal(ctx, o, call, encrypt.node, 'encryptOff', { sink, condition: conditionsSuffix(optionsCondition, b.condition, off.condition) }, undefined, [replaceValueFix(ctx, encrypt, 'true', 'Set encrypt: true')], what);
  }
}

/**
 * A config exported for mssql or tedious (`module.exports = { server, user, password, options }`):
 * `server` with credentials next to `options` is their shape, whoever calls connect with it.
 */
function checkSqlServerConfigs(ctx: Ctx): void {
  if (!ctx.holds('encrypt')) return;
  for (const site of optionSites(ctx, new Set(['options']))) {
    const o = site.owner;
    if (site.sink || !o || !o.props.has('server') || !['user', 'password', 'authentication'].some((k) => o.props.has(k))) continue;
    checkSqlServer(ctx, o, site.condition, undefined);
  }
}

/** basic-ftp and ftp speak TLS only with secure: true (or 'implicit'); false with a password sends it in cleartext. */
function checkFtp(ctx: Ctx, o: Options, optionsCondition: string | undefined, call: SinkCall): void {
  const secure = o.props.get('secure');
  const off = secure && findBranch(secure.value, (v) => v.kind === 'literal' && v.value === false);
  if (!secure || !off || !hasFtpCredentials(o)) return;
  const what = 'the FTP password and every file';
  // `secure: cfg.secure` over a table of servers: at the entry that writes `secure: false`.
  const { written } = writtenEntry(secure.value, off.value, 'secure');
  reportMaybeLocal(ctx, o, call, secure.node, 'ftpPlain', { sink: call.sink.id, condition: conditionsSuffix(optionsCondition, off.condition) }, undefined, [replaceValueFix(ctx, secure, 'true', 'Set secure: true (explicit FTPS)')], what, false, written);
}

function hasFtpCredentials(o: Options): boolean {
  const password = o.props.get('password');
  if (password && truthy(password.value) !== false) return true;
  const user = o.props.get('user');
  return !!user && truthy(user.value) !== false && literalString(user.value) !== 'anonymous';
}

/** Electron's `webPreferences.allowRunningInsecureContent: true` runs http scripts in https pages. */
function checkInsecureContent(ctx: Ctx): void {
  if (!ctx.holds(INSECURE_CONTENT)) return;
  for (const site of optionSites(ctx, new Set([INSECURE_CONTENT]))) {
    const bad = findBranch(site.prop.value, isTrue);
    if (!bad) continue;
    ctx.report({
      node: site.prop.node,
      messageId: 'insecureContent',
      data: { condition: conditionsSuffix(site.condition, bad.condition) },
      fixes: compact([removeOptionFix(ctx, site.prop, `Remove ${INSECURE_CONTENT}`)]),
    });
  }
}

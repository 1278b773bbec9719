// no-plaintext-downgrade, Python part (PYTHON-TLS-FACTS.md 1.9 T1-T12): stdlib mail clients that
// log in before (or without a reliable) STARTTLS, FTP logins, FTP_TLS data in the clear; the
// database, queue, RPC and cloud clients are in python-services.ts, settings in python-settings.ts.
import { conditionsSuffix, joinConditions } from '../common/conditions.js';

import { compact } from '../common/compact.js';
import { isLoopbackHost } from '../common/loopback.js';
import { ANONYMOUS_FTP_USERS, CLEARTEXT_CLIENTS, FTP_TLS, STARTTLS_OFFER_CHECK, type CleartextClient } from '../data/python/plaintext.js';
import { branchesOf, stringOf } from '../python/branches.js';
import { addKeyword, editIn, lineIndent, moduleImport, removeArgument, removeStatement, replaceNode, statementOf } from '../python/edits.js';
import { isPassedOn, runsAfter } from '../python/escapes.js';
import { madeCall } from '../python/made.js';
import type { Node, PyCall, PyEdit, PyFix, PyObject, PyPart, PyRuleContext, PyValue } from '../python/api.js';
import { checkServices } from './python-services.js';
import { checkSettings } from './python-settings.js';
import { upgradeSwitchedOff } from './python-switches.js';
import type { Messages } from './meta.js';

type Ctx = PyRuleContext<Messages>;
const SAFE_CONTEXT = 'ssl.create_default_context()';

export const python: PyPart<Messages> = {
  // 'MAIL_USE_': a settings module turning TLS off whose password comes from the module it star-imports.
  needles: ['smtplib', 'imaplib', 'poplib', 'ftplib', 'sslmode', 'SASL_PLAINTEXT', 'insecure_channel', 'use_ssl', 'endpoint_url', 'EMAIL_HOST_PASSWORD', 'MAIL_PASSWORD', 'MAIL_USE_'],
  check(ctx) {
    // An FTP constructor given a user logs in at once, whatever is done with the connection after.
    const loggedIn = checkFtpConstructorLogins(ctx);
    for (const obj of ctx.objects) {
      for (const client of CLEARTEXT_CLIENTS) {
        const made = madeAs(obj.value, client.classes);
        // Handed to other code, which may log in or upgrade for it: before the login this code does.
        if (!made || isPassedOn(ctx, obj, loginOf(obj, client)?.node)) continue;
        const call = clientCall(ctx, obj, made, client.classes);
        if (client.upgrade) checkLogin(ctx, obj, call, client, made.condition);
        else if (!call || !loggedIn.has(call.node.id)) checkFtp(ctx, obj, call, made.condition);
      }
      const tls = madeAs(obj.value, FTP_TLS.classes);
      if (tls && !isPassedOn(ctx, obj)) checkFtpTls(ctx, obj, clientCall(ctx, obj, tls, FTP_TLS.classes));
    }
    checkServices(ctx);
    checkSettings(ctx);
  },
};

type Made = { value: PyValue; condition?: string };

/**
 * The branch of an object's value that is an instance of one of `classes`, with its condition; a
 * client only declared (a typed parameter) may have been upgraded by whoever made it.
 */
function madeAs(v: PyValue, classes: readonly string[]): Made | undefined {
  return branchesOf(v).find((b) => b.value.kind === 'instance' && !b.value.declared && classes.includes(b.value.type));
}

/** The call that made the client (rules/python/made.ts), when it makes one of `classes`. */
function clientCall(ctx: Ctx, obj: PyObject, made: Made, classes: readonly string[]): PyCall | undefined {
  const call = madeCall(ctx, obj, made.value);
  return call && madeAs(ctx.valueOf(call.node), classes) ? call : undefined;
}

const conditionOf = (c: string | undefined) => conditionsSuffix(c);

/** Whether the client talks to this machine: a loopback host in the constructor or connect(), or no host at all. */
function isLocal(obj: PyObject | undefined, made: PyCall | undefined, client: Pick<CleartextClient, 'host' | 'connect'>): boolean {
  const connect = client.connect ? obj?.calls.find((c) => c.method === client.connect!.method) : undefined;
  const host = made?.argument(client.host.keyword, client.host.position) ?? connect?.argument('host', client.connect?.position);
  if (!host) return !!made;
  const values = branchesOf(host.value).map((b) => stringOf(b.value));
  return values.every((h) => h !== undefined && (h === '' || isLoopbackHost(h) || h.startsWith('/')));
}

/** T1, T3, T4: a login with no upgrade on the object, or one that runs only when the server offers it (T2). */
function checkLogin(ctx: Ctx, obj: PyObject, made: PyCall | undefined, client: CleartextClient, condition: string | undefined): void {
  const login = loginOf(obj, client);
  if (!login || isLocal(obj, made, client)) return;
  const upgrades = obj.calls.filter((c) => c.method === client.upgrade && !runsLater(c, login));
  const data = { login: login.method!, protocol: client.protocol, secret: client.secrets?.[login.method!] ?? 'password', upgrade: client.upgrade!, condition: conditionOf(condition) };
  if (upgrades.length === 0) {
    // From POP3's user() to its pass_(): the cleartext login is the two calls (PYTHON-TLS-FACTS T4).
    const first = firstStep(obj, login, client);
    const range = first === login ? undefined : { start: first.node.startIndex, end: login.node.endIndex };
    // A key may name either call: the one that sends the password is related.
    const related = first === login ? [] : [{ node: login.node, message: `${login.method}() sends the ${data.secret}` }];
    ctx.report({ node: login.node, range, messageId: 'pyLoginCleartext', data, fixes: compact([upgradeFix(ctx, first, client)]), related });
    return;
  }
  // `if self.use_starttls: server.starttls()` that a subclass switches off in its class body.
  for (const off of upgrades.length === 1 ? upgradeSwitchedOff(ctx, upgrades[0]) : []) {
    const related = [{ node: upgrades[0].node, message: `${client.upgrade}() skipped` }, { node: login.node, message: `${login.method}() sends the ${data.secret}` }];
    ctx.report({ node: off.at, messageId: 'pyUpgradeSwitchedOff', data: { ...data, switch: off.switch, condition: conditionOf(joinConditions(off.condition, condition)) }, related });
  }
  const guards = upgrades.map((u) => offerGuard(u, login));
  // Reported at the login, where the password leaves; the optional upgrades are the same problem's other place.
  const related = upgrades.map((u) => ({ node: u.node, message: `${client.upgrade}() only if offered` }));
  if (guards.every((g) => g)) ctx.report({ node: login.node, messageId: 'pyStarttlsOptional', data, fixes: compact([unwrapFix(ctx, guards[0]!)]), related });
}

/** The `user()` that starts a POP3 login in the same block before `pass_()`, else the login itself. */
function firstStep(obj: PyObject, login: PyCall, client: CleartextClient): PyCall {
  const block = statementOf(login.node).parent?.id;
  const start = obj.calls.find((c) => c.method && client.identify?.includes(c.method) && c.node.startIndex < login.node.startIndex && statementOf(c.node).parent?.id === block);
  return start ?? login;
}

/**
 * An upgrade written after the login in the same function (or both at module level): it runs too
 * late. Across functions source order says nothing about the order of the calls.
 */
function runsLater(upgrade: PyCall, login: PyCall): boolean {
  return runsAfter(upgrade.node, login.node);
}

/** The call on the client that sends the secret: a mail client's login(), POP3's pass_(), FTP's login(). */
function loginOf(obj: PyObject, client: CleartextClient): PyCall | undefined {
  return obj.calls.find((c) => c.method && client.logins.includes(c.method));
}

/**
 * The `if server.has_extn("starttls"):` or `try: … except: pass` an upgrade sits in when the login
 * is outside it, so that the login runs whether or not the upgrade did.
 */
function offerGuard(upgrade: PyCall, login: PyCall): Node | undefined {
  const holdsLogin = (n: Node) => login.node.startIndex >= n.startIndex && login.node.endIndex <= n.endIndex;
  for (let p = upgrade.node.parent; p && p.type !== 'function_definition' && !holdsLogin(p); p = p.parent) {
    if (p.type === 'if_statement') {
      const cond = p.childForFieldName('condition')?.text ?? '';
      // `has_extn("starttls")`, `"starttls" in s.esmtp_features`, `"STARTTLS" in imap.capabilities`, `"STLS" in pop.capa()`.
      if (/starttls|\bstls\b/i.test(cond) && STARTTLS_OFFER_CHECK.test(cond)) return p;
    }
    // `try: s.starttls() except …: pass`: a failed upgrade is ignored.
    if (p.type === 'try_statement' && p.namedChildren.some((c) => c?.type === 'except_clause' && !/\braise\b/.test(c.text))) return p;
  }
  return undefined;
}

/** `server.starttls(context=ssl.create_default_context())` on a line of its own before the statement of `at` (the login, or POP3's user()). */
function upgradeFix(ctx: Ctx, at: PyCall, client: CleartextClient): PyFix | undefined {
  if (!at.receiver) return undefined;
  const stmt = statementOf(at.node);
  const line = lineIndent(ctx.text, stmt);
  if (!line) return undefined;
  const { lineStart, indent } = line;
  const upgrade = `${indent}${at.receiver.text}.${client.upgrade}(${client.upgradeContext}=${SAFE_CONTEXT})\n`;
  const imp = moduleImport(ctx, 'ssl');
  return imp && { title: `Call ${client.upgrade}() before ${at.method}()`, kind: 'suggestion', edits: [editIn(stmt, lineStart, lineStart, upgrade), ...imp] };
}

/** Takes the upgrade out of its `if`: the branch's statements, one level less indented. */
function unwrapFix(ctx: Ctx, ifStmt: Node): PyFix | undefined {
  const body = ifStmt.childForFieldName('consequence');
  if (!body || ifStmt.childForFieldName('alternative') || ifStmt.namedChildren.some((c) => c?.type === 'else_clause' || c?.type === 'elif_clause')) return undefined;
  const outer = ctx.text.slice(ctx.text.lastIndexOf('\n', ifStmt.startIndex - 1) + 1, ifStmt.startIndex);
  const bodyStart = ctx.text.lastIndexOf('\n', body.startIndex - 1) + 1;
  const inner = ctx.text.slice(bodyStart, body.startIndex);
  if (outer.trim() !== '' || inner.trim() !== '' || !inner.startsWith(outer)) return undefined;
  const lines = ctx.text.slice(bodyStart, body.endIndex).split('\n').map((l) => (l.startsWith(inner) ? outer + l.slice(inner.length) : l));
  return { title: 'Call starttls() unconditionally', kind: 'suggestion', edits: [editIn(ifStmt, ifStmt.startIndex - outer.length, body.endIndex, lines.join('\n'))] };
}

const FTP = CLEARTEXT_CLIENTS.find((c) => c.constructorLogin)!;

/** A user that carries a secret: not one of the anonymous names in every branch. */
function hasSecretUser(user: { value: PyValue } | undefined): boolean {
  return !!user && !branchesOf(user.value).every((b) => ANONYMOUS_FTP_USERS.has(stringOf(b.value)?.toLowerCase() ?? '\0'));
}

/**
 * T5: `ftplib.FTP(host, user, passwd)` logs in as it is made (connect, then login, when a host is
 * given), so it is reported at the call whether the connection is kept, returned or chained on;
 * the ids of the calls reported.
 */
function checkFtpConstructorLogins(ctx: Ctx): Set<number> {
  const reported = new Set<number>();
  const login = FTP.constructorLogin!;
  for (const call of ctx.callsTo(FTP.classes)) {
    if (!madeAs(ctx.valueOf(call.node), FTP.classes) || !hasSecretUser(call.argument(login.keyword, login.position))) continue;
    // Without a host it neither connects nor logs in: local as isLocal says.
    if (isLocal(undefined, call, FTP)) continue;
    reported.add(call.node.id);
    ctx.report({ node: call.node, messageId: 'pyFtpLogin', data: { condition: conditionOf(undefined) }, fixes: compact([ftpTlsFix(ctx, call, call)]) });
  }
  return reported;
}

/** T5: `ftplib.FTP` with a login() that carries a secret (a constructor that logs in is checkFtpConstructorLogins'). */
function checkFtp(ctx: Ctx, obj: PyObject, made: PyCall | undefined, condition: string | undefined): void {
  if (!made || isLocal(obj, made, FTP)) return;
  const login = obj.calls.find((c) => c.method === 'login');
  if (!login || !hasSecretUser(login.argument('user', 0))) return;
  // At the login() that sends the secret (T5: `ftplib.FTP(...).login()`).
  ctx.report({ node: login.node, messageId: 'pyFtpLogin', data: { condition: conditionOf(condition) }, fixes: compact([ftpTlsFix(ctx, made, login)]) });
}

/** FTP → FTP_TLS with a verifying context, and prot_p() after the login. */
function ftpTlsFix(ctx: Ctx, made: PyCall, loginCall: PyCall): PyFix | undefined {
  const name = made.callee.type === 'attribute' ? made.callee.childForFieldName('attribute') : undefined;
  const context = addKeyword(ctx, made, `context=${SAFE_CONTEXT}`);
  const protect = protectAfter(ctx, loginCall, loginCall === made);
  const imp = moduleImport(ctx, 'ssl');
  if (!name || !context || !protect || !imp) return undefined;
  return { title: 'Use ftplib.FTP_TLS and prot_p()', kind: 'suggestion', edits: [replaceNode(name, 'FTP_TLS'), context, protect, ...imp] };
}

/** `<conn>.prot_p()` on a line of its own after the statement that logs in (a call on the connection, or `conn = FTP_TLS(host, user, pw)`). */
function protectAfter(ctx: Ctx, call: PyCall, constructs = false): PyEdit | undefined {
  const stmt = statementOf(call.node);
  const indent = lineIndent(ctx.text, stmt)?.indent;
  if (indent === undefined) return undefined;
  // `ftplib.FTP_TLS(host, user, pw)`'s receiver is the module: the connection is what it is assigned to.
  let receiver = constructs ? undefined : call.receiver?.text;
  if (!receiver) {
    const expr = stmt.type === 'expression_statement' ? stmt.namedChildren[0] : undefined;
    const left = expr?.type === 'assignment' && expr.childForFieldName('right')?.id === call.node.id ? expr.childForFieldName('left') : undefined;
    receiver = left?.type === 'identifier' || left?.type === 'attribute' ? left.text : undefined;
  }
  return receiver ? editIn(stmt, stmt.endIndex, stmt.endIndex, `\n${indent}${receiver}.${FTP_TLS.protect}()`) : undefined;
}

/** T6 `login(secure=False)`, T7 transfers without prot_p(), and ccc(). */
function checkFtpTls(ctx: Ctx, obj: PyObject, made: PyCall | undefined): void {
  for (const login of obj.calls.filter((c) => c.method === FTP_TLS.login)) {
    const secure = login.argument(FTP_TLS.secureKeyword, FTP_TLS.secureLoginPosition);
    if (secure?.value.kind === 'literal' && secure.value.value === false) {
      const fixes: PyFix[] = secure.via === 'keyword' ? [{ title: 'Remove secure=False', kind: 'suggestion', edits: [removeArgument(ctx, secure.node)] }] : [];
      ctx.report({ node: secure.node, messageId: 'pyFtpInsecureLogin', fixes });
    }
  }
  const transfer = obj.calls.find((c) => c.method && (FTP_TLS.transfers as readonly string[]).includes(c.method));
  if (transfer && !obj.calls.some((c) => c.method === FTP_TLS.protect)) {
    const login = obj.calls.find((c) => c.method === FTP_TLS.login) ?? (made?.argument('user', 1) ? made : undefined);
    const protect = login && login.node.startIndex < transfer.node.startIndex ? protectAfter(ctx, login, login === made) : undefined;
    ctx.report({ node: transfer.node, messageId: 'pyFtpDataClear', data: { method: transfer.method! }, fixes: protect ? [{ title: 'Call prot_p() after login()', kind: 'suggestion', edits: [protect] }] : [] });
  }
  for (const ccc of obj.calls.filter((c) => c.method === FTP_TLS.clearControl)) {
    const edit = removeStatement(ctx, ccc.node);
    ctx.report({ node: ccc.node, messageId: 'pyFtpCcc', fixes: edit ? [{ title: 'Remove this statement', kind: 'suggestion', edits: [edit] }] : [] });
  }
}

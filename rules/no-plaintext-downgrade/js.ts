// no-plaintext-downgrade: mail, IMAP and gRPC clients whose TLS is off or can be stripped
// (CWE-319, CWE-757; TLS-FACTS.md section 3).
import ts from 'typescript';
import type { Fix } from '../api.js';
import type { Prop, Value } from '../js/api.js';
import { INSECURE_CHANNEL_CREDENTIALS, MAIL_SINKS } from '../data/node/plaintext.js';
import { SINKS } from '../data/node/sinks.js';
import { compact } from '../common/compact.js';
import { moduleNeedles } from '../js/needles.js';
import { addOptionEdit, removeOptionFix, replaceValueFix } from '../js/option-fixes.js';
import { isLocalGrpcTarget } from '../common/loopback.js';
import { safeSettingsFixFor } from '../js/safe-settings.js';
import { truthy } from '../js/truthy.js';
import { branchesOf, findBranch, literalString, optionCheck } from '../js/values.js';
import { conditionsSuffix } from '../common/conditions.js';
import type { JsPart, JsRuleContext } from '../js/api.js';
import type { Messages } from './meta.js';

type Options = Value & { kind: 'object' };

type Ctx = JsRuleContext<Messages>;

export const js: JsPart<Messages> = {
  needles: ['createInsecure', ...moduleNeedles(SINKS.filter((s) => (Object.values(MAIL_SINKS) as string[]).includes(s.id)).flatMap((s) => s.modules))],
  optionChecks: [optionCheck('ignoreTLS', (v) => isTrue(v)), optionCheck('opportunisticTLS', (v) => isTrue(v))],
  check(ctx) {
    for (const call of ctx.sinkCalls) {
      if (!call.options) continue;
      const check = call.sink.id === MAIL_SINKS.nodemailer ? checkNodemailer : call.sink.id === MAIL_SINKS.imapflow ? checkImapFlow : call.sink.id === MAIL_SINKS.imap ? checkImap : undefined;
      if (!check) continue;
      for (const b of branchesOf(call.options)) if (b.value.kind === 'object') check(ctx, b.value, b.condition);
    }
    if (ctx.holds('createInsecure')) checkGrpc(ctx);
  },
};

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

function checkNodemailer(ctx: Ctx, o: Options, optionsCondition: string | undefined): void {
  const secure = o.props.get('secure');
  const plain = offBranch(secure);
  // secure: true (port 465) is TLS from the first byte; a secure the file does not know may be too.
  if (!plain) return;
  const credentials = hasCredentials(o);
  const what = credentials ? 'the password and messages' : 'messages';
  const ignore = o.props.get('ignoreTLS');
  const ignoring = ignore && findBranch(ignore.value, isTrue);
  if (ignore && ignoring) {
    ctx.report({
      node: ignore.node,
      messageId: 'ignoreTLS',
      severity: credentials ? 'error' : 'warning',
      data: { condition: conditionsSuffix(optionsCondition, plain.condition, ignoring.condition), what },
      fixes: compact([removeOptionFix(ctx, ignore, 'Remove ignoreTLS'), safeSettingsFixFor(ctx, ignore.node)]),
    });
  }
  const opportunistic = o.props.get('opportunisticTLS');
  const continuing = opportunistic && findBranch(opportunistic.value, isTrue);
  if (opportunistic && continuing) {
    ctx.report({
      node: opportunistic.node,
      messageId: 'opportunisticTLS',
      data: { condition: conditionsSuffix(optionsCondition, plain.condition, continuing.condition), what },
      fixes: compact([removeOptionFix(ctx, opportunistic, 'Remove opportunisticTLS'), safeSettingsFixFor(ctx, opportunistic.node)]),
    });
  }
  // Opportunistic STARTTLS: only an explicit secure: false with credentials is reported (see the docs).
  if (ignoring || !secure || !credentials) return;
  const requireTLS = o.props.get('requireTLS');
  if (requireTLS && truthy(requireTLS.value) !== false) return;
  ctx.report({ node: secure.node, messageId: 'smtpOptional', data: { condition: conditionsSuffix(optionsCondition, plain.condition) }, fixes: compact([setOption(ctx, o, secure, requireTLS, 'requireTLS', 'true')]) });
}

function checkImapFlow(ctx: Ctx, o: Options, optionsCondition: string | undefined): void {
  const secure = o.props.get('secure');
  const plain = offBranch(secure);
  if (!plain) return;
  const doSTARTTLS = o.props.get('doSTARTTLS');
  const off = doSTARTTLS && findBranch(doSTARTTLS.value, (v) => v.kind === 'literal' && v.value === false);
  if (doSTARTTLS && off) {
    ctx.report({ node: doSTARTTLS.node, messageId: 'imapflowPlain', data: { condition: conditionsSuffix(optionsCondition, plain.condition, off.condition) }, fixes: compact([replaceValueFix(ctx, doSTARTTLS, 'true', 'Set doSTARTTLS: true')]) });
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

function checkGrpc(ctx: Ctx): void {
  for (const call of ctx.nodes.calls) {
    const args = call.arguments ?? [];
    // Client constructors take (target, credentials, options): the target comes just before.
    for (let i = 1; i < args.length; i++) {
      const creds = findBranch(ctx.valueOf(args[i]), isInsecureCredentials);
      if (!creds) continue;
      const target = findBranch(ctx.valueOf(args[i - 1]), (v) => {
        const s = literalString(v);
        return s !== undefined && !isLocalGrpcTarget(s);
      });
      if (!target) continue;
      // The call that made the credentials: in the argument, or where the variable was set.
      const made = creds.value.kind === 'instance' ? creds.value.node : undefined;
      const callee = made && ts.isPropertyAccessExpression(made.expression) ? made.expression : undefined;
      const shown = callee ? callee.getText(ctx.sourceFile).replace(/\s+/g, '') : 'credentials.createInsecure';
      const secure = shown.replace(/createInsecure$/, INSECURE_CHANNEL_CREDENTIALS.secureMethod);
      const fix: Fix | undefined = callee && callee.name.text === 'createInsecure'
        ? { title: `Use ${secure}() (TLS with the system CAs)`, kind: 'suggestion', edits: [{ start: callee.name.getStart(ctx.sourceFile), end: callee.name.end, text: INSECURE_CHANNEL_CREDENTIALS.secureMethod }] }
        : undefined;
      ctx.report({ node: args[i], messageId: 'grpcInsecure', data: { callee: shown, target: literalString(target.value)!, condition: conditionsSuffix(creds.condition, target.condition), secure }, fixes: compact([fix]) });
    }
  }
}

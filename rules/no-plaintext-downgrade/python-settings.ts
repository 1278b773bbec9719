// no-plaintext-downgrade, Python part: mail settings (T12). Django's SMTP backend and Flask-Mail
// log in whenever a password is set, and use TLS only when told to (both default to off, with
// localhost as the host): a password for a remote host with TLS and SSL off crosses in cleartext.

import { isLoopbackHost } from '../common/loopback.js';
import { MAIL_SETTINGS } from '../data/python/plaintext.js';
import { stringOf } from '../python/branches.js';
import { editIn, lineIndent, replaceNode, statementOf } from '../python/edits.js';
import type { Node, PyFix, PyRuleContext, PyValue } from '../python/api.js';
import type { Messages } from './meta.js';

type Ctx = PyRuleContext<Messages>;

interface Assigned {
  value: PyValue;
  /** The statement or keyword argument that sets it. */
  node: Node;
  valueNode: Node;
  /** How another setting of the same group is written on a line of its own: `NAME = value`, `app.config["NAME"] = value`. */
  line: (name: string, value: string) => string;
}

/** Settings by group: a module or class body, a `x.config[...]` mapping, a `x.config.update(...)` call. */
function settingGroups(ctx: Ctx): Map<string, Map<string, Assigned>> {
  const groups = new Map<string, Map<string, Assigned>>();
  const put = (group: string, name: string, a: Assigned) => {
    if (!groups.has(group)) groups.set(group, new Map());
    groups.get(group)!.set(name, a);
  };
  for (const a of ctx.nameAssignments) put(`names:${a.owner}`, a.name, { value: a.value, node: a.node, valueNode: a.valueNode, line: (n, v) => `${n} = ${v}` });
  inheritSettings(ctx, groups);
  for (const w of ctx.itemWrites) {
    const key = stringOf(w.key);
    if (key === undefined || !/config$/i.test(w.containerNode.text)) continue;
    const container = w.containerNode.text;
    const quote = w.node.text.includes("['") ? "'" : '"';
    put(`items:${container}`, key, { value: w.value, node: w.node, valueNode: w.valueNode, line: (n, v) => `${container}[${quote}${n}${quote}] = ${v}` });
  }
  for (const call of ctx.calls) {
    if (call.method !== 'update' || !call.receiver || !/config$/i.test(call.receiver.text) || call.args.type !== 'argument_list') continue;
    for (const k of call.args.namedChildren) {
      const name = k?.type === 'keyword_argument' ? k.childForFieldName('name')?.text : undefined;
      const value = k?.childForFieldName('value');
      if (k && name && value) put(`items:${call.receiver.text}`, name, { value: ctx.valueOf(value), node: k, valueNode: value, line: () => '' });
    }
  }
  return groups;
}

/** How many base classes up a settings class's inherited settings are read. */
const MAX_BASES = 4;

/**
 * A settings class gets what its base classes in the file set and it does not (Flask's
 * `class StagingConfig(Config)`): the password in the base, TLS turned off in the subclass.
 */
function inheritSettings(ctx: Ctx, groups: Map<string, Map<string, Assigned>>): void {
  const bases = new Map<string, string[]>();
  for (const a of ctx.nameAssignments) {
    if (a.owner === 'module' || bases.has(a.owner)) continue;
    let cls: Node | null = a.node.parent;
    while (cls && cls.type !== 'class_definition') cls = cls.parent;
    const names = cls?.childForFieldName('superclasses')?.namedChildren.filter((c): c is Node => c?.type === 'identifier').map((c) => c.text);
    bases.set(a.owner, names ?? []);
  }
  const inherited = (owner: string, depth: number): Map<string, Assigned> => {
    const own = new Map(groups.get(`names:${owner}`) ?? []);
    if (depth >= MAX_BASES) return own;
    for (const base of bases.get(owner) ?? []) {
      if (base === owner) continue;
      for (const [name, a] of inherited(base, depth + 1)) if (!own.has(name)) own.set(name, a);
    }
    return own;
  };
  for (const owner of bases.keys()) groups.set(`names:${owner}`, inherited(owner, 0));
}

const isFalse = (v: PyValue | undefined) => v?.kind === 'literal' && (v.value === false || v.value === 0);
const isEmpty = (v: PyValue) => v.kind === 'literal' && (v.value === null || v.value === '');

export function checkSettings(ctx: Ctx): void {
  // `from .base import *` may bring the TLS setting (Django's split settings): only an explicit off counts then.
  const starImport = ctx.imports.some((i) => i.type === 'import_from_statement' && i.namedChildren.some((c) => c?.type === 'wildcard_import'));
  for (const [key, group] of settingGroups(ctx)) {
    // What the module does not set, the module it star-imports may (`EMAIL_HOST_PASSWORD` in base.py).
    const get = (name: string) => group.get(name) ?? (starImport && key === 'names:module' ? starredSetting(ctx, name) : undefined);
    for (const f of MAIL_SETTINGS) {
      const password = get(f.password);
      const host = get(f.host);
      if (!password || isEmpty(password.value) || !host) continue;
      const remote = (group.has(f.host) ? hostsOf(ctx, key, f.host, host) : [host]).map((h) => stringOf(h.value)).filter((h) => h === undefined || (h !== '' && !isLoopbackHost(h)));
      if (remote.length === 0) continue;
      const hostName = remote.find((h) => h !== undefined);
      const backend = stringOf(get('EMAIL_BACKEND')?.value ?? { kind: 'unknown' });
      if (backend !== undefined && !/smtp/i.test(backend)) continue;
      // Unset means off; any value the file does not fix may be on.
      if (f.tls.map(get).some((a) => a && !isFalse(a.value))) continue;
      const [tls] = f.tls;
      const explicit = f.tls.map((n) => group.get(n)).find((a): a is Assigned => !!a);
      if (!explicit && starImport && key === 'names:module') continue;
      const port = get(f.host.replace(/HOST$|SERVER$/, 'PORT'))?.value;
      const wanted = port?.kind === 'literal' && port.value === 465 ? f.tls[1] : tls;
      const fix = settingFix(ctx, group.get(wanted), password, wanted);
      ctx.report({
        node: explicit?.node ?? password.node,
        messageId: 'pyMailSettings',
        data: { framework: f.framework, host: hostName ?? f.host, tls: f.tls[0], ssl: f.tls[1] },
        fixes: fix ? [fix] : [],
        // At the TLS setting that is off: where the password is set is the other half of the problem.
        ...(explicit ? { related: [{ node: password.node, message: `${f.password} is set here` }] } : {}),
      });
    }
  }
}

/** A setting of the module the file star-imports; no fix writes beside it (it is that module's line). */
function starredSetting(ctx: Ctx, name: string): Assigned | undefined {
  const value = ctx.starredValue?.(name);
  return value?.node ? { value, node: value.node, valueNode: value.node, line: () => '' } : undefined;
}

/**
 * The host settings that may hold: the group's last, and when it is set only under a condition
 * (`if DEBUG: EMAIL_HOST = "localhost"`), the ones it overrides only then, up to one set always.
 */
function hostsOf(ctx: Ctx, key: string, name: string, last: Assigned): { value: PyValue }[] {
  if (!key.startsWith('names:') || !isConditional(last.node)) return [last];
  const same = ctx.nameAssignments.filter((a) => a.name === name && `names:${a.owner}` === key && a.node.startIndex < last.node.startIndex);
  const out: { value: PyValue }[] = [last];
  for (let i = same.length - 1; i >= 0; i--) {
    out.push(same[i]);
    if (!isConditional(same[i].node)) break;
  }
  return out;
}

/** An assignment under an `if`, `try` or loop of its module or class body. */
function isConditional(node: Node): boolean {
  const stmt = statementOf(node);
  const body = stmt.parent;
  return !(body?.type === 'module' || (body?.type === 'block' && body.parent?.type === 'class_definition'));
}

/** `NAME = True` in place of `NAME = False`, or on a new line after the password. */
function settingFix(ctx: Ctx, existing: Assigned | undefined, password: Assigned, name: string): PyFix | undefined {
  const title = `Set ${name} = True`;
  if (existing) return { title, kind: 'suggestion', edits: [replaceNode(existing.valueNode, 'True')] };
  const text = password.line(name, 'True');
  if (!text) return undefined;
  const stmt = statementOf(password.node);
  const indent = lineIndent(ctx.text, stmt)?.indent;
  if (indent === undefined) return undefined;
  return { title, kind: 'suggestion', edits: [editIn(stmt, stmt.endIndex, stmt.endIndex, `\n${indent}${text}`)] };
}

// no-deprecated-tls-api, Python part: keyword arguments that were deprecated and removed (the
// certificate and key of the stdlib clients, urlopen's CA arguments: D6, D7) and aiohttp's old
// TLS keywords (D9).

import { compact } from '../common/compact.js';
import { AIOHTTP_CALLEES, AIOHTTP_DEPRECATED_KEYWORDS, type PyDeprecatedKeyword } from '../data/python/deprecated-apis.js';
import { moduleImport, removeArgument, replaceNode } from '../python/edits.js';
import { callsOfParam } from '../python/params.js';
import type { Argument, PyCall, PyFix, PyRuleContext } from '../python/api.js';
import { reportApi } from './python-report.js';
import type { Messages } from './meta.js';

type Ctx = PyRuleContext<Messages>;

/** The removed keywords of each call; a call's key and certificate, and urlopen's CA arguments, are one finding each. */
export function checkKeywords(ctx: Ctx, table: readonly PyDeprecatedKeyword[]): void {
  for (const entry of table) {
    for (const call of callsOfParam(ctx, entry.callee)) {
      const found = entry.keywords
        .map((k) => ({ name: k.name, arg: call.argument(k.name, k.position) }))
        .filter((k): k is { name: string; arg: Argument } => !!k.arg);
      if (found.length === 0) continue;
      const api = { deprecated: entry.deprecated, removed: entry.removed };
      if (entry.row === 'D7') {
        reportApi(ctx, found[0].arg.node, { ...api, shown: `${found.map((k) => k.name).join(', ')} of ${entry.shown}`, replacement: `${entry.contextKeyword}=ssl.create_default_context(cafile=…)` }, compact([urlopenFix(ctx, call, found)]));
        continue;
      }
      // The key and certificate are one deprecated way to pass a client certificate: one finding.
      const files = found.filter((k) => k.name !== 'check_hostname');
      if (files.length > 0) reportApi(ctx, files[0].arg.node, { ...api, shown: `${files.map((k) => k.name).join('/')} of ${entry.shown}`, replacement: `${entry.contextKeyword}= with load_cert_chain()` }, []);
      for (const k of found) {
        if (k.name !== 'check_hostname') continue;
        // Removed in 3.12 whatever its value (the call raises TypeError there). `check_hostname=False`
        // is also no-unverified-hostname's finding, whose fix (removing it) takes this away too.
        const fixes: PyFix[] = isTrue(k.arg) ? [{ title: 'Remove check_hostname=True', kind: 'safe', edits: [removeArgument(ctx, k.arg.node)] }] : [];
        reportApi(ctx, k.arg.node, { ...api, shown: `${k.name} of ${entry.shown}`, replacement: `${entry.contextKeyword}= (it checks host names)` }, fixes);
      }
    }
  }
}

const isTrue = (a: Argument) => a.value.kind === 'literal' && a.value.value === true;

/** `urlopen(url, cafile=X, capath=Y, cadefault=…)` → `urlopen(url, context=ssl.create_default_context(cafile=X, capath=Y))`: what urlopen did with them. */
function urlopenFix(ctx: Ctx, call: PyCall, found: { name: string; arg: Argument }[]): PyFix | undefined {
  if (call.argument('context') || found.some((k) => k.arg.via !== 'keyword')) return undefined;
  const passed = found.filter((k) => k.name !== 'cadefault').map((k) => `${k.name}=${k.arg.valueNode.text}`);
  const [first, ...rest] = found;
  const imp = moduleImport(ctx, 'ssl');
  if (!imp) return undefined;
  const edits = [replaceNode(first.arg.node, `context=ssl.create_default_context(${passed.join(', ')})`), ...rest.map((k) => removeArgument(ctx, k.arg.node)), ...imp];
  return { title: 'Replace with context=ssl.create_default_context(…)', kind: 'safe', edits };
}

/** aiohttp `ssl_context=`, `fingerprint=`, `verify_ssl=True` (D9); `verify_ssl=False` is no-unverified-certificate's. */
export function checkAiohttp(ctx: Ctx): void {
  const keywords = Object.keys(AIOHTTP_DEPRECATED_KEYWORDS);
  for (const callee of AIOHTTP_CALLEES) {
    // Only a keyword written in the call is reported: the other calls' names are not resolved.
    for (const call of ctx.callsTo([callee], (c) => keywords.some((k) => c.mayPass(k)))) {
      for (const [keyword, how] of Object.entries(AIOHTTP_DEPRECATED_KEYWORDS)) {
        const arg = call.argument(keyword);
        if (!arg || arg.via !== 'keyword' || (how === 'drop-if-true' && !isTrue(arg))) continue;
        const fix = !call.argument('ssl') || how === 'drop-if-true' ? aiohttpFix(ctx, arg, how) : undefined;
        reportApi(ctx, arg.node, { shown: `${keyword}= of aiohttp`, deprecated: [3, 0], replacement: 'ssl=' }, compact([fix]), 'aiohttp ');
      }
    }
  }
}

function aiohttpFix(ctx: Ctx, arg: Argument, how: string): PyFix | undefined {
  if (how === 'drop-if-true') return { title: 'Remove verify_ssl=True', kind: 'safe', edits: [removeArgument(ctx, arg.node)] };
  const value = arg.valueNode.text;
  if (how === 'rename') return { title: `Replace with ssl=${value}`, kind: 'safe', edits: [replaceNode(arg.node, `ssl=${value}`)] };
  const module = ctx.imports.length > 0 ? aiohttpName(ctx) : undefined;
  if (!module) return undefined;
  return { title: `Replace with ssl=${module}.Fingerprint(${value})`, kind: 'safe', edits: [replaceNode(arg.node, `ssl=${module}.Fingerprint(${value})`)] };
}

/** The name the file imports aiohttp as (`import aiohttp`, `import aiohttp as ah`). */
function aiohttpName(ctx: Ctx): string | undefined {
  for (const stmt of ctx.imports) {
    if (stmt.type !== 'import_statement') continue;
    for (const n of stmt.namedChildren) {
      if (n?.type === 'dotted_name' && n.text === 'aiohttp') return 'aiohttp';
      if (n?.type === 'aliased_import' && n.childForFieldName('name')?.text === 'aiohttp') return n.childForFieldName('alias')?.text;
    }
  }
  return undefined;
}

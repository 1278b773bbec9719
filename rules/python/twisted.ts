// Twisted clients (PYTHON-TLS-FACTS.md C20): a CertificateOptions that verifies nothing (verify=False,
// its default, and no trustRoot=) handed to connectSSL, SSL4ClientEndpoint or wrapClientTLS.
// CertificateOptions given only to listenSSL or a server endpoint is a server's: not reported.

import { TWISTED_CLIENT_OPTIONS as T } from '../data/python/services.js';
import type { Argument, Node, PyCall, PyFix, PyRuleContext } from './api.js';
import { replaceNode } from './edits.js';
import { callsOf } from './sinks.js';
import { findBranches, isConst } from './values.js';

export interface TwistedOptionsHit {
  /** The CertificateOptions(...) call. */
  options: PyCall;
  /** `verify=False` when written, else undefined (the default). */
  verify?: Argument;
  /** The client call it reaches. */
  client: PyCall;
}

export function twistedClientOptions(ctx: PyRuleContext): TwistedOptionsHit[] {
  const out: TwistedOptionsHit[] = [];
  const seen = new Set<number>();
  for (const use of T.clients) {
    for (const client of callsOf(ctx, [use.callee], 'method' in use ? [use.method] : [])) {
      const arg = client.argument(use.keyword, use.position);
      if (!arg) continue;
      for (const b of findBranches(arg.value, (v) => v.kind === 'instance' && (T.classes as readonly string[]).includes(v.type))) {
        const made = b.value.kind === 'instance' ? ctx.calls.find((c) => c.node.id === (b.value as { call: Node }).call.id) : undefined;
        if (!made || seen.has(made.node.id) || verifies(made)) continue;
        seen.add(made.node.id);
        const verify = made.argument(T.verify.keyword, T.verify.position);
        out.push({ options: made, verify, client });
      }
    }
  }
  return out.sort((a, b) => a.options.node.startIndex - b.options.node.startIndex);
}

/** trustRoot= (not None), verify= anything but False, or arguments the file cannot see. */
function verifies(made: PyCall): boolean {
  const trust = made.argument(T.trustRoot);
  if (trust && !isConst(trust.value, ['None'])) return true;
  const verify = made.argument(T.verify.keyword, T.verify.position);
  if (verify) return !isConst(verify.value, ['False']);
  return made.starArgs || made.openKeywords;
}

/** `verify=False` → `trustRoot=ssl.platformTrust()` when the call is `ssl.CertificateOptions(...)` on twisted.internet.ssl and passes no caCerts/requireCertificate (exclusive with trustRoot). */
export function trustRootFix(ctx: PyRuleContext, hit: TwistedOptionsHit): PyFix | undefined {
  const { options, verify } = hit;
  if (!verify || verify.via !== 'keyword' || options.callee.type !== 'attribute') return undefined;
  const module = options.callee.childForFieldName('object');
  if (!module || ctx.nameOf(module) !== 'twisted.internet.ssl') return undefined;
  if (options.argument('caCerts', 4) || options.argument('requireCertificate', 6)) return undefined;
  return { title: `Use trustRoot=${module.text}.${T.safeTrust} (verify certificates)`, kind: 'suggestion', edits: [replaceNode(verify.node, `trustRoot=${module.text}.${T.safeTrust}`)] };
}

/**
 * A call of the file's own subclass that overrides getContext() (`class V(ClientContextFactory):
 * def getContext(self): …`): its context is whatever that method makes, not VERIFY_NONE.
 */
export function makesOwnContext(ctx: PyRuleContext, call: PyCall): boolean {
  if (call.callee.type !== 'identifier') return false;
  const name = call.callee.text;
  return ctx.root.descendantsOfType('class_definition').some((c) => c?.childForFieldName('name')?.text === name && (c.childForFieldName('body')?.namedChildren ?? []).some((m) => methodName(m) === T.contextMethod));
}

function methodName(node: Node | null): string | undefined {
  const fn = node?.type === 'decorated_definition' ? node.childForFieldName('definition') : node;
  return fn?.type === 'function_definition' ? fn.childForFieldName('name')?.text : undefined;
}

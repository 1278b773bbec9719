// ssl contexts in a Python file, as rules about verification read them: what made each context,
// whether it serves or connects, and what its verify_mode and check_hostname are after every
// write the file makes (a later safe write wins; `check_hostname = True` raises verify_mode to
// CERT_REQUIRED from Python 3.7 on).
import { CERT_NONE, CERT_VERIFIED, CLIENT_METHODS, CLIENT_PROTOCOL, CONTEXT_FACTORIES, SERVER_CALLS, SERVER_MARKERS, SERVER_METHODS } from '../data/python/contexts.js';
import type { AttrWrite, Node, PyCall, PyObject, PyRuleContext } from './api.js';
import { findBranch, isConst } from './values.js';

export interface ContextState {
  /** Whether the chain is verified at the end: false after an unsafe write, or by the factory's default. */
  verifies: boolean;
  checksHostname: boolean;
  /** The last write that left verify_mode at CERT_NONE, with the branch condition. */
  certNone?: { write: AttrWrite; condition?: string };
  /** The last write that left check_hostname False. */
  noHostname?: { write: AttrWrite; condition?: string };
  /** A write that set verify_mode to a verifying value, if any. */
  verifiedBy?: AttrWrite;
}

/** What a context's writes leave, from its factory's defaults (`start`). */
export function contextState(object: PyObject | undefined, start: { verifies: boolean; checksHostname: boolean }): ContextState {
  const state: ContextState = { ...start };
  for (const w of object?.writes ?? []) {
    if (w.operator !== '=') continue;
    if (w.attribute === 'verify_mode') {
      const bad = findBranch(w.value, (v) => isConst(v, CERT_NONE));
      if (bad) {
        state.verifies = false;
        state.certNone = { write: w, condition: bad.condition };
      } else if (isConst(w.value, CERT_VERIFIED)) {
        state.verifies = true;
        state.certNone = undefined;
        state.verifiedBy = w;
      } else {
        // A value the file does not fix: whatever was known no longer is.
        state.certNone = undefined;
        state.verifies = true;
      }
    } else if (w.attribute === 'check_hostname') {
      const bad = findBranch(w.value, (v) => isConst(v, ['False', '0']));
      if (bad) {
        state.checksHostname = false;
        state.noHostname = { write: w, condition: bad.condition };
      } else {
        state.checksHostname = true;
        state.noHostname = undefined;
        if (isConst(w.value, ['True'])) {
          state.verifies = true;
          state.certNone = undefined;
        }
      }
    }
  }
  return state;
}

/** The defaults of a context made by `call` (a known factory or ssl.SSLContext), if it makes one. */
export function factoryDefaults(ctx: PyRuleContext, call: PyCall): { verifies: boolean; checksHostname: boolean; bare?: true } | undefined {
  const name = call.name;
  if (!name) return undefined;
  if (name === 'ssl.SSLContext' || name === 'OpenSSL.SSL.Context') {
    if (name !== 'ssl.SSLContext') return undefined;
    const protocol = call.argument('protocol', 0);
    const client = protocol && ctx.nameOf(protocol.valueNode) === CLIENT_PROTOCOL;
    return client ? { verifies: true, checksHostname: true } : { verifies: false, checksHostname: false, bare: true };
  }
  return CONTEXT_FACTORIES[name];
}

/** Whether the context serves TLS: made for servers, wrapping server sockets, or handed to a server. */
export function isServerContext(ctx: PyRuleContext, call: PyCall | undefined, object: PyObject | undefined): boolean {
  const args = call?.args.namedChildren ?? [];
  for (const a of args) {
    const expr = a?.type === 'keyword_argument' ? a.childForFieldName('value') : a;
    const name = expr && ctx.nameOf(expr);
    if (name && SERVER_MARKERS.includes(name)) return true;
  }
  if (!object) return false;
  if (object.calls.some((c) => (c.method === 'wrap_socket' || c.method === 'wrap_bio') && isServerSide(c))) return true;
  if (object.uses.some((u) => isServerCall(u.call))) return true;
  // A certificate chain loaded and no sign of a client: a server context.
  return object.calls.some((c) => c.method === 'load_cert_chain') && !isClientContext(object);
}

function isServerSide(call: PyCall): boolean {
  const a = call.argument('server_side', call.method === 'wrap_bio' ? 2 : 1);
  return !!a && findBranch(a.value, (v) => isConst(v, ['True'])) !== undefined;
}

function isServerCall(call: PyCall): boolean {
  if (call.name && SERVER_CALLS.includes(call.name)) return true;
  return (call.name === undefined || !!call.declared) && !!call.method && SERVER_METHODS.includes(call.method);
}

/** Whether the file shows the context connecting: client sockets, trust anchors, a client API. */
export function isClientContext(object: PyObject | undefined): boolean {
  if (!object) return false;
  if (object.calls.some((c) => ((c.method === 'wrap_socket' || c.method === 'wrap_bio') && !isServerSide(c)) || (c.method !== undefined && CLIENT_METHODS.includes(c.method)))) return true;
  return object.uses.some((u) => !isServerCall(u.call) && u.argument.via !== 'position' && CLIENT_CONTEXT_KEYWORDS.includes(keywordOf(u.argument.node)));
}

/** Keywords through which a client API takes the context it connects with. */
const CLIENT_CONTEXT_KEYWORDS = ['context', 'ssl_context', 'ssl', 'verify', 'tls_context', 'sslcontext'];

/** A context made right in such a keyword of a client call (`HTTPSConnection(host, context=ssl.SSLContext(…))`). */
export function madeInClientCall(ctx: PyRuleContext, made: Node): boolean {
  const keyword = made.parent;
  if (keyword?.type !== 'keyword_argument' || !CLIENT_CONTEXT_KEYWORDS.includes(keywordOf(keyword))) return false;
  const outer = keyword.parent?.parent;
  const call = outer && ctx.calls.find((c) => c.node.startIndex === outer.startIndex && c.node.endIndex === outer.endIndex);
  return !!call && !isServerCall(call);
}

function keywordOf(node: Node): string {
  return node.type === 'keyword_argument' ? node.childForFieldName('name')?.text ?? '' : '';
}

/** Every call that makes an ssl context, with the object it is bound to and its defaults. */
export function contextsMade(ctx: PyRuleContext): { call: PyCall; object: PyObject | undefined; defaults: { verifies: boolean; checksHostname: boolean; bare?: true } }[] {
  const names = ['ssl.SSLContext', ...Object.keys(CONTEXT_FACTORIES)];
  return ctx.callsTo(names).flatMap((call) => {
    const defaults = factoryDefaults(ctx, call);
    return defaults ? [{ call, object: ctx.objectMadeBy(call.node), defaults }] : [];
  });
}

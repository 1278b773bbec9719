// Which side a context serves, in one word, from the verification rules' reading of contexts
// (contexts.ts): a server when it is made for, wraps or is handed to a server; a client when the
// file shows it connecting or its factory makes client contexts; else the file does not say.
import type { Node, PyObject, PyRuleContext } from './api.js';
import { isClientContext, isServerContext } from './contexts.js';

export type Side = 'client' | 'server';

const CLIENT_FACTORIES = new Set(['ssl.create_default_context', 'urllib3.util.create_urllib3_context', 'urllib3.util.ssl_.create_urllib3_context']);

export function sideOf(ctx: PyRuleContext, made: Node | undefined, object: PyObject | undefined): Side | undefined {
  const call = made ? ctx.calls.find((c) => c.node.id === made.id) : undefined;
  if (isServerContext(ctx, call, object)) return 'server';
  if (isClientContext(object)) return 'client';
  if (call?.name && CLIENT_FACTORIES.has(call.name)) return 'client';
  const protocol = call?.name === 'ssl.SSLContext' ? call.argument('protocol', 0) : undefined;
  return protocol && ctx.nameOf(protocol.valueNode) === 'ssl.PROTOCOL_TLS_CLIENT' ? 'client' : undefined;
}

/** The side of the context a call makes (`ctx = ssl.SSLContext(...)`). */
export function sideOfMade(ctx: PyRuleContext, call: Node): Side | undefined {
  return sideOf(ctx, call, ctx.objectMadeBy(call));
}

/** The side of a context the file acts on. */
export function sideOfObject(ctx: PyRuleContext, object: PyObject): Side | undefined {
  return sideOf(ctx, object.madeBy, object);
}

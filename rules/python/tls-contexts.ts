// Which side of a connection an ssl.SSLContext (or a pyOpenSSL Context) serves, as far as the
// file shows: how it was made, how it wraps sockets, and which calls it is handed to. Rules use
// it for findings that only exist on one side and for fixes that name the side's protocol.
import type { Node, PyCall, PyObject, PyRuleContext, PyValue } from './api.js';

export type Role = 'client' | 'server';

/** Calls whose `ssl`/`ssl_context` argument serves connections (keyword → role). */
const SERVER_USES: Readonly<Record<string, string>> = {
  'asyncio.start_server': 'ssl',
  'asyncio.start_unix_server': 'ssl',
  'aiohttp.web.run_app': 'ssl_context',
  'aiohttp.web.TCPSite': 'ssl_context',
  'uvicorn.run': 'ssl',
  'http.server.HTTPServer': 'ssl',
};
const SERVER_METHODS = new Set(['create_server', 'create_unix_server', 'start_server', 'start_unix_server', 'serve']);
const CLIENT_METHODS = new Set(['create_connection', 'open_connection', 'start_tls', 'create_unix_connection']);
const CLIENT_CONTEXT_KEYWORDS = new Set(['context', 'ssl_context', 'verify']);

/** What the making call says: `SSLContext(PROTOCOL_TLS_SERVER)`, `create_default_context(Purpose.CLIENT_AUTH)`. */
export function roleFromMaker(ctx: PyRuleContext, made: PyValue): Role | undefined {
  if (made.kind !== 'instance' || made.call.type !== 'call') return undefined;
  const call = ctx.calls.find((c) => c.node.id === made.call.id);
  if (!call) return undefined;
  if (call.name === 'ssl.SSLContext') {
    const p = nameIn(ctx, call, 'protocol', 0);
    if (p === 'ssl.PROTOCOL_TLS_SERVER') return 'server';
    if (p === 'ssl.PROTOCOL_TLS_CLIENT') return 'client';
    return undefined;
  }
  if (call.name === 'ssl.create_default_context') {
    const p = nameIn(ctx, call, 'purpose', 0);
    return p === 'ssl.Purpose.CLIENT_AUTH' ? 'server' : 'client';
  }
  if (call.name === 'OpenSSL.SSL.Context') {
    const m = nameIn(ctx, call, 'method', 0);
    if (m?.endsWith('_SERVER_METHOD')) return 'server';
    if (m?.endsWith('_CLIENT_METHOD')) return 'client';
  }
  return undefined;
}

function nameIn(ctx: PyRuleContext, call: PyCall, keyword: string, position: number): string | undefined {
  const a = call.argument(keyword, position);
  return a?.value.kind === 'ref' ? a.value.name : undefined;
}

/** What the object's use says: wrapping with `server_side=True`, or serving an asyncio server. */
export function roleFromUse(ctx: PyRuleContext, obj: PyObject): Role | undefined {
  let role: Role | undefined;
  for (const call of obj.calls) {
    if (call.method !== 'wrap_socket' && call.method !== 'wrap_bio') continue;
    const side = call.argument('server_side', call.method === 'wrap_socket' ? 1 : 2);
    if (side) {
      if (side.value.kind !== 'literal') return undefined;
      role = side.value.value === true ? 'server' : 'client';
    } else role = 'client';
  }
  if (role) return role;
  for (const { call, argument } of obj.uses) {
    const keyword = argument.via === 'keyword' ? argument.node.childForFieldName('name')?.text : undefined;
    if (call.name && SERVER_USES[call.name] === keyword) return 'server';
    if (call.method && SERVER_METHODS.has(call.method) && keyword === 'ssl') return 'server';
    if (call.method && CLIENT_METHODS.has(call.method) && keyword === 'ssl') return 'client';
    if (keyword && CLIENT_CONTEXT_KEYWORDS.has(keyword)) return 'client';
  }
  return undefined;
}

/** The role of the context a call makes, from the call and from what the file does with it. */
export function roleOfMade(ctx: PyRuleContext, call: Node): Role | undefined {
  const obj = ctx.objectMadeBy(call);
  const made = ctx.valueOf(call);
  return roleFromMaker(ctx, made) ?? (obj ? roleFromUse(ctx, obj) : undefined);
}

/** The role of an object: how it was made, else how it is used. */
export function roleOf(ctx: PyRuleContext, obj: PyObject): Role | undefined {
  return roleFromMaker(ctx, obj.value) ?? roleFromUse(ctx, obj);
}

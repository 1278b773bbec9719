// Contexts the file makes, followed from where they are used: `ctx` itself, or what a function of
// the file makes and hands back (`def vault_context(): ctx = …; return ctx`) read as `ctx =
// vault_context()` or `vault_context().wrap_socket(raw)`, whose calls have no known type.
import type { Node, PyObject, PyRuleContext } from './api.js';
import { contextsMade } from './contexts.js';
import { returnedBy } from './returns.js';

/** The context object the file makes that `receiver` denotes. */
export function madeObject(ctx: PyRuleContext, receiver: Node): PyObject | undefined {
  const object = ctx.objectOf(receiver);
  return object && contextsMade(ctx).some((m) => m.object === object) ? object : undefined;
}

/**
 * `ctx = scanner_context()` with `def scanner_context(): ctx = …; ctx.verify_mode = CERT_NONE;
 * return ctx` in the file: the context the function makes, when its only return hands it back.
 */
export function factoryObject(ctx: PyRuleContext, receiver: Node): PyObject | undefined {
  const value = returnedName(ctx, receiver);
  return value ? madeObject(ctx, value) : undefined;
}

/**
 * `def reader_context(): ctx = ssl._create_unverified_context(); return ctx`: a context the
 * function makes and never changes (the object model holds no object for it), as made.
 */
export function factoryMade(ctx: PyRuleContext, receiver: Node): ReturnType<typeof contextsMade>[number] | undefined {
  const value = returnedName(ctx, receiver);
  const v = value && ctx.valueOf(value);
  const call = v && (v.kind === 'instance' ? v.call : v.kind === 'unknown' && v.node?.type === 'call' ? v.node : undefined);
  const made = call && contextsMade(ctx).find((m) => m.call.node.id === call.id);
  return made && !made.object ? made : undefined;
}

/** The name a function of the file returns, for `x = fn()` read at `receiver`, when its only return is a name. */
export function returnedName(ctx: PyRuleContext, receiver: Node): Node | undefined {
  // The caller may harden what it got (`ctx.verify_mode = ssl.CERT_REQUIRED`): then it is not plain.
  if ((ctx.objectOf(receiver)?.writes.length ?? 0) > 0) return undefined;
  const v = ctx.valueOf(receiver);
  return v.kind === 'unknown' && v.node?.type === 'call' ? returnedBy(ctx, v.node) : undefined;
}

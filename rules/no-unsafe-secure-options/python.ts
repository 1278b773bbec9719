// no-unsafe-secure-options, Python part (PYTHON-TLS-FACTS.md 1.10 O1-O3): OP_LEGACY_SERVER_CONNECT
// on a client, OP_NO_TLSv1_3, and clearing OP_NO_COMPRESSION, in `ctx.options` writes and
// pyOpenSSL `set_options()`.
import type { FixKind } from '../api.js';
import { PYOPENSSL_SET_OPTIONS, SSL_OPTION_FLAGS } from '../data/python/secure-options.js';
import { removeStatement } from '../python/edits.js';
import { isInert } from '../python/guards.js';
import { optionsChange, removeFlagEdit, setOptionsChange, type Flag, type FlagChange } from '../python/options-flags.js';
import { callsOfParam } from '../python/params.js';
import { sideOfObject } from '../python/sides.js';
import type { Node, PyFix, PyObject, PyPart, PyRuleContext } from '../python/api.js';
import type { Messages } from './meta.js';

type Ctx = PyRuleContext<Messages>;
const RULE = 'no-unsafe-secure-options';
/** Dropping these keeps every peer that connects today. */
const SAFE_REMOVAL = new Set(['OP_NO_COMPRESSION']);

export const python: PyPart<Messages> = {
  needles: ['OP_LEGACY_SERVER_CONNECT', 'OP_NO_TLSv1_3', 'OP_NO_COMPRESSION'],
  check(ctx) {
    for (const w of ctx.attributeWrites) {
      const change = optionsChange(ctx, w);
      if (change) checkChange(ctx, change, w.object, w.valueNode);
    }
    for (const call of callsOfParam(ctx, PYOPENSSL_SET_OPTIONS.callee)) {
      const arg = call.argument('options', 0);
      const change = arg && setOptionsChange(ctx, call.node, arg.valueNode);
      if (change) checkChange(ctx, change, call.receiver ? ctx.objectOf(call.receiver) : undefined, arg!.valueNode);
    }
  },
};

function checkChange(ctx: Ctx, change: FlagChange, object: PyObject | undefined, expr: Node): void {
  if (isInert(ctx, change.node)) return;
  const server = object ? sideOfObject(ctx, object) === 'server' : false;
  const set = change.set.filter((f) => {
    const s = SSL_OPTION_FLAGS[f.short]?.set;
    return s?.rule === RULE && !(s.clientOnly && server);
  });
  const cleared = change.cleared.filter((f) => SSL_OPTION_FLAGS[f.short]?.clear?.rule === RULE);
  for (const f of set) report(ctx, change, f, 'pyFlag', SSL_OPTION_FLAGS[f.short]!.set!.effect, expr, change.set.length + change.cleared.length);
  for (const f of cleared) report(ctx, change, f, 'pyClearFlag', SSL_OPTION_FLAGS[f.short]!.clear!.effect, expr, change.set.length + change.cleared.length);
}

function report(ctx: Ctx, change: FlagChange, flag: Flag, messageId: Messages, effect: string, expr: Node, flags: number): void {
  const kind: FixKind = SAFE_REMOVAL.has(flag.short) ? 'safe' : 'suggestion';
  const fixes: PyFix[] = [];
  const inner = flags > 1 ? removeFlagEdit(ctx.text, expr.type === 'unary_operator' ? expr.childForFieldName('argument')! : expr, flag) : undefined;
  const whole = flags === 1 ? removeStatement(ctx, change.node) : undefined;
  if (inner) fixes.push({ title: `Remove ${flag.shown}`, kind, edits: [inner] });
  else if (whole) fixes.push({ title: messageId === 'pyFlag' ? `Remove ${flag.shown}` : 'Remove this statement', kind, edits: [whole] });
  ctx.report({ node: change.node, messageId, data: { flag: flag.shown, effect }, fixes });
}

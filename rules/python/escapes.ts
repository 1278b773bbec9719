// Whether an object leaves the code the file shows before a rule judges it: passed to a call as
// an argument (`configure(conn)`, `register(server)`), where the callee may do what the rule looks
// for (call set_tlsext_host_name, starttls). PyObject.uses records only TLS-context arguments.
import type { PyObject, PyRuleContext } from './api.js';

export function isPassedOn(ctx: PyRuleContext, obj: PyObject): boolean {
  for (const call of ctx.calls) {
    if (call.args.type !== 'argument_list') continue;
    for (const a of call.args.namedChildren) {
      const expr = a?.type === 'keyword_argument' ? a.childForFieldName('value') : a?.type === 'list_splat' || a?.type === 'dictionary_splat' ? a.namedChildren[0] : a;
      if (!expr || (expr.type !== 'identifier' && expr.type !== 'attribute') || expr.text !== obj.name) continue;
      if (ctx.objectOf(expr) === obj) return true;
    }
  }
  return false;
}

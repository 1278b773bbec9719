// no-weak-key-exchange, Python part (PYTHON-TLS-FACTS.md 1.6 K1, K3): ECDH curves under 224 bits
// named to set_ecdh_curve() or to pyOpenSSL's get_elliptic_curve() for set_tmp_ecdh().
import { conditionsSuffix } from '../common/conditions.js';

import { curveBits, MIN_CURVE_BITS } from '../data/key-exchange.js';
import { ECDH_CURVE_METHOD, PYOPENSSL_CURVE, SAFE_ECDH_CURVE } from '../data/python/key-exchange.js';
import { branchesOf, stringOf } from '../python/branches.js';
import { isInert } from '../python/guards.js';
import { callsOfParam } from '../python/params.js';
import { contentEdit } from '../python/string-offsets.js';
import type { Argument, PyFix, PyPart, PyRuleContext } from '../python/api.js';
import type { Messages } from './meta.js';

type Ctx = PyRuleContext<Messages>;

/** The keyword a TLS profile or settings class names its ECDH curve with. */
const SETTING_KEYWORD = 'ecdh_curve';

export const python: PyPart<Messages> = {
  needles: [ECDH_CURVE_METHOD.method, 'get_elliptic_curve', SETTING_KEYWORD],
  check(ctx) {
    for (const call of callsOfParam(ctx, ECDH_CURVE_METHOD.callee)) {
      const arg = call.argument(ECDH_CURVE_METHOD.keyword, ECDH_CURVE_METHOD.position);
      if (arg) checkCurve(ctx, arg);
    }
    // A profile or settings object made with the setting's own name (`TLSProfile(ecdh_curve="prime192v1")`):
    // the keyword says what the string is for, wherever the object goes.
    for (const call of ctx.calls) {
      const arg = call.mayPass(SETTING_KEYWORD) ? call.argument(SETTING_KEYWORD) : undefined;
      if (arg) checkCurve(ctx, arg);
    }
    // get_elliptic_curve(name) is only ever a curve for set_tmp_ecdh: its name is the setting.
    for (const call of ctx.callsTo(PYOPENSSL_CURVE.factories)) {
      const arg = call.argument('name', 0);
      if (arg) checkCurve(ctx, arg);
    }
  },
};

function checkCurve(ctx: Ctx, arg: Argument): void {
  if (isInert(ctx, arg.node)) return;
  for (const b of branchesOf(arg.value)) {
    const name = stringOf(b.value);
    const bits = name === undefined ? undefined : curveBits(name);
    if (bits === undefined || bits >= MIN_CURVE_BITS) continue;
    const lit = b.value.node;
    const edit = lit && contentEdit(lit, SAFE_ECDH_CURVE);
    const fixes: PyFix[] = edit ? [{ title: `Use '${SAFE_ECDH_CURVE}'`, kind: 'suggestion', edits: [edit] }] : [];
    ctx.report({ node: arg.node, messageId: 'pyEcdhCurve', data: { value: name!, bits, condition: conditionsSuffix(b.condition) }, fixes });
  }
}

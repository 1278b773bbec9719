// no-global-tls-bypass, Python: process-wide switches that turn verification off for every later
// connection: replacing ssl._create_default_https_context (urllib, http.client, xmlrpc),
// PYTHONHTTPSVERIFY=0 (read by Python 2.7.12+ and patched distribution builds only), and an empty
// CURL_CA_BUNDLE (requests before 2.28).
import { compact } from '../common/compact.js';
import type { PyPart, PyRuleContext } from '../python/api.js';
import { envWrites } from '../python/env.js';
import { removeFix } from '../python/fixes.js';
import { conditionText, findBranch } from '../python/values.js';
import type { Messages } from './meta.js';

const DEFAULT_CONTEXT = 'ssl._create_default_https_context';
const SAFE_FACTORY = 'ssl.create_default_context';

export const python: PyPart<Messages> = {
  needles: ['_create_default_https_context', 'PYTHONHTTPSVERIFY', 'CURL_CA_BUNDLE'],
  check(ctx) {
    for (const w of ctx.attributeWrites) {
      if (w.attribute !== '_create_default_https_context' || w.operator !== '=' || ctx.nameOf(w.target) !== DEFAULT_CONTEXT) continue;
      if (w.value.kind === 'ref' && w.value.name === SAFE_FACTORY) continue;
      ctx.report({ node: w.node, messageId: 'pyDefaultContext', fixes: compact([removeFix(ctx, w.node, 'Remove this replacement (verify certificates)')]) });
    }
    checkEnvironment(ctx);
  },
};

function checkEnvironment(ctx: PyRuleContext<Messages>): void {
  const py3 = !!ctx.python.min && ctx.python.min[0] >= 3;
  for (const w of envWrites(ctx, ['PYTHONHTTPSVERIFY', 'CURL_CA_BUNDLE'])) {
    const isOff = (v: import('../python/api.js').PyValue) => v.kind === 'literal' && (w.name === 'CURL_CA_BUNDLE' ? v.value === '' : v.value === '0' || v.value === 0);
    const bad = findBranch(w.value, isOff);
    if (!bad) continue;
    // Python 3 never reads PYTHONHTTPSVERIFY: a project that needs 3.x is not affected.
    if (w.name === 'PYTHONHTTPSVERIFY' && py3) continue;
    ctx.report({
      node: w.node,
      messageId: w.name === 'PYTHONHTTPSVERIFY' ? 'pyHttpsVerify' : 'pyCurlCaBundle',
      severity: w.name === 'CURL_CA_BUNDLE' ? 'warning' : undefined,
      data: { condition: conditionText(bad.condition) },
      fixes: compact([removeFix(ctx, w.node, `Remove this ${w.name} setting (verify certificates)`)]),
    });
  }
}

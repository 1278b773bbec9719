// no-deprecated-tls-api, Python part: one finding with the version facts its message needs, unless
// the code around it only runs where the API is current.

import type { PyDeprecatedApi } from '../data/python/deprecated-apis.js';
import { isInert, isVersionGuarded } from '../python/guards.js';
import { removalOf, versionText } from '../python/versions.js';
import type { Node, PyFix, PyRuleContext } from '../python/api.js';
import type { Messages } from './meta.js';

type Ctx = PyRuleContext<Messages>;

/** Reports one deprecated API use with the version facts the message needs. */
export function reportApi(ctx: Ctx, node: Node, api: Pick<PyDeprecatedApi, 'shown' | 'deprecated' | 'removed' | 'risk' | 'replacement'>, fixes: PyFix[], since = 'Python '): void {
  // Code for other versions (a feature test, a version check, a fallback) keeps the old API on purpose.
  if (isVersionGuarded(node) || isInert(ctx, node)) return;
  const removal = removalOf(ctx.python, api.removed);
  // The targeted versions say more than the risk when they are the reason it fails.
  if (removal.target) {
    ctx.report({ node, messageId: 'pyRemoved', severity: removal.severity, data: { api: api.shown, removed: versionText(api.removed!), target: removal.target }, fixes });
    return;
  }
  ctx.report({
    node,
    messageId: 'pyDeprecated',
    data: { api: api.shown, deprecated: `${since}${versionText(api.deprecated)}`, removal: removal.text, risk: api.risk ? `; ${api.risk}` : '' },
    fixes,
  });
}

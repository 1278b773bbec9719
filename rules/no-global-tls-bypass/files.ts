// no-global-tls-bypass in project files: NODE_TLS_REJECT_UNAUTHORIZED=0, npm_config_strict_ssl,
// GIT_SSL_NO_VERIFY and PYTHONHTTPSVERIFY=0 in any environment a file sets; strict-ssl=false,
// enableStrictSsl: false, git's http.sslVerify=false and pip's trusted-host as tool settings.
import type { Fix } from '../api.js';
import { bypassVariable, gitBooleanIsFalse, STRICT_SSL_KEYS } from '../data/node/environment.js';
import { compact } from '../common/compact.js';
import { removalFix, type FilesPart, type ToolSetting } from '../files/api.js';
import { shown } from '../files/helpers.js';
import type { Messages } from './meta.js';

const TOOLS: Record<ToolSetting['tool'], string> = { npm: 'npm/pnpm', yarn: 'Yarn', git: 'git', pip: 'pip on that host' };

export const files: FilesPart<Messages> = {
  needles: ['NODE_TLS_REJECT_UNAUTHORIZED', 'strict_ssl', 'STRICT_SSL', 'strict-ssl', 'enableStrictSsl', 'GIT_SSL_NO_VERIFY', 'PYTHONHTTPSVERIFY', 'CURL_CA_BUNDLE', 'sslVerify', 'sslverify', 'SSLVERIFY', 'trusted-host'],
  check(ctx) {
    for (const e of ctx.model.env) {
      const v = bypassVariable(e.name);
      if (!v || e.value?.value === undefined || !v.disables(e.value.value)) continue;
      ctx.report({
        messageId: 'envVar',
        ...(v.severity ? { severity: v.severity } : {}),
        data: { name: e.name, value: shown(e.value), where: e.where, who: v.who },
        range: e,
        fixes: compact([removalFix(e, `Remove the ${e.name} setting`)]),
      });
    }
    for (const s of ctx.model.settings) {
      if (!disables(s)) continue;
      const strict = STRICT_SSL_KEYS.get(s.key);
      const fixes: Fix[] = compact([removalFix(s, `Remove ${s.key}`)]);
      if (strict && s.replaceWith) fixes.push({ title: `Replace ${s.key} with ${strict.instead}`, kind: 'suggestion', edits: s.replaceWith(strict.instead) });
      ctx.report({ messageId: 'toolSetting', data: { setting: `${s.key}=${shown(s.value)}`, where: s.where, tool: TOOLS[s.tool] }, range: s, fixes });
    }
  },
};

function disables(s: ToolSetting): boolean {
  const v = s.value.value;
  if (v === undefined) return false;
  if (s.tool === 'git') return gitBooleanIsFalse(v);
  // pip trusts a listed host whatever else it says.
  if (s.tool === 'pip') return v.trim() !== '';
  return STRICT_SSL_KEYS.get(s.key)?.disables(v) ?? false;
}
